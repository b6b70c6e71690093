import { createInterface } from 'node:readline';
import { CoxswainError } from '../../core/errors.ts';
import { planOffline, type Reading } from '../../planner/offline/index.ts';
import type { Plan, PlanContext, Planner } from '../../planner/plan.ts';
import { sandboxPlanContext } from '../../planner/sandbox-inventory.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = `usage: coxswain plan [--sandbox] [--offline|--llm] [--json|--jsonl] [TEXT]

Plans TEXT into one tool call (or a question back) without running anything.
  --sandbox   plan against the sandbox's seed inventory, in-process (no cluster, no network)
  --offline   the offline planner only (default: PLANNER from the environment)
  --llm       the LLM planner (needs OPENAI_API_KEY or OPENAI_BASE_URL)
  --json      print one JSON object for TEXT
  --jsonl     read {"id","text"} lines on stdin, write one plan line each (the eval's interface)`;

/**
 * The eval's line shape: tool plans carry tool and args; the others their outcome and words. Every line says
 * whether the planner was sure (`confident`); a model's answer has no flag of its own and counts as sure.
 */
function toLine(id: unknown, r: Reading): Record<string, unknown> {
  const { plan, confident, unsure } = r;
  if (plan.outcome === 'tool')
    return { id, outcome: 'tool', tool: plan.tool, args: plan.args, message: plan.message, confident, unsure };
  return { id, ...plan, confident, unsure };
}

function human(plan: Plan): string {
  if (plan.outcome === 'tool')
    return `${plan.message}\n  ${plan.tool} ${JSON.stringify(plan.args)}${plan.note ? `\n  (${plan.note})` : ''}`;
  const list = plan.outcome === 'clarify' && plan.candidates?.length ? `\n  candidates: ${plan.candidates.join(', ')}` : '';
  return `[${plan.outcome}] ${plan.message}${list}${plan.note ? `\n  (${plan.note})` : ''}`;
}

/** A planner that also says whether it is sure (the offline reader knows; other answers count as sure). */
type SurePlanner = (text: string, ctx: PlanContext) => Promise<Reading>;

async function choosePlanner(offline: boolean, llm: boolean): Promise<SurePlanner> {
  if (offline) return async (text, ctx) => planOffline(text, ctx);
  // Loaded lazily: the --offline path (the eval) must not pay for the LLM planner's imports.
  const [{ loadConfig }, { createPlanner }] = await Promise.all([
    import('../../config/config.ts'),
    import('../../planner/index.ts'),
  ]);
  const config = loadConfig();
  const planner: Planner = createPlanner(llm ? { ...config, PLANNER: 'llm' } : config);
  return async (text, ctx) => {
    const plan = await planner.plan(text, ctx);
    return { plan, confident: plan.outcome !== 'tool' || plan.confident !== false };
  };
}

async function context(sandbox: boolean): Promise<PlanContext> {
  if (sandbox) return sandboxPlanContext();
  const [{ loadConfig }, { ClusterRegistry }] = await Promise.all([
    import('../../config/config.ts'),
    import('../../kube/clusters.ts'),
  ]);
  const config = loadConfig();
  const registry = ClusterRegistry.fromConfig(config);
  return {
    inventory: await registry.get().inventory(),
    namespaceAliases: config.COXSWAIN_NAMESPACE_ALIASES ?? {},
    defaultCluster: registry.defaultName,
  };
}

export default async function plan(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    USAGE,
    {
      sandbox: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      llm: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
    },
    true,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (values.offline && values.llm)
    throw new CoxswainError('invalid_arguments', 'request', `Choose one of --offline and --llm.\n\n${USAGE}`);
  const text = positionals.join(' ').trim();
  if (!values.jsonl && !text)
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `Say what to plan, e.g. coxswain plan --sandbox "scale web in staging to 4".\n\n${USAGE}`,
    );

  const [planner, ctx] = await Promise.all([choosePlanner(values.offline, values.llm), context(values.sandbox)]);

  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (!line.trim()) continue;
      let req: { id?: unknown; text?: unknown };
      try {
        req = JSON.parse(line);
      } catch {
        process.stdout.write(
          `${JSON.stringify({ id: null, outcome: 'unsupported', message: 'This line is not JSON: send {"id","text"}.' })}\n`,
        );
        continue;
      }
      const r = await planner(typeof req.text === 'string' ? req.text : '', ctx);
      process.stdout.write(`${JSON.stringify(toLine(req.id, r))}\n`);
    }
    return 0;
  }
  const r = await planner(text, ctx);
  console.log(values.json ? JSON.stringify(r.plan, null, 2) : `${human(r.plan)}${r.unsure ? `\n  (unsure: ${r.unsure})` : ''}`);
  return 0;
}
