import { getTool, parseArgs } from '../../catalog/registry.ts';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';
import { ClusterRegistry } from '../../kube/clusters.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = `usage: coxswain run TOOL --args '{json}' [--cluster NAME] [--dry-run] [--json]

Invokes one tool directly with the operator's own kubeconfig (KUBECONFIG). This is an operator's tool: it does
not go through the planner, the policy, approvals or the audit log — what the kubeconfig may do, it does.
--dry-run shows the preview (the server-side dry run) and changes nothing.`;

function parseJsonArgs(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `--args is not valid JSON (${(e as Error).message}). Pass an object, e.g. --args '{"namespace":"staging","name":"web"}'.`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `--args must be a JSON object, e.g. --args '{"namespace":"staging","name":"web"}'.`,
    );
  }
  return parsed as Record<string, unknown>;
}

/** Rows as an aligned table, log lines as they are, anything else as JSON. */
function render(data: unknown): string {
  const d = data as { rows?: Record<string, unknown>[]; lines?: string[] } | undefined;
  if (d?.lines) return d.lines.join('\n');
  if (d?.rows?.length) {
    const cols = Object.keys(d.rows[0]);
    const width = cols.map((c) => Math.max(c.length, ...(d.rows ?? []).map((r) => String(r[c] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(width[i]))
        .join('  ')
        .trimEnd();
    return [line(cols.map((c) => c.toUpperCase())), ...d.rows.map((r) => line(cols.map((c) => String(r[c] ?? ''))))].join('\n');
  }
  return data === undefined ? '' : JSON.stringify(data, null, 2);
}

/** `coxswain run`: one tool call, for operators and tests. Unknown tools and bad arguments are refused, never guessed. */
export default async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    USAGE,
    { args: { type: 'string' }, cluster: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    true,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CoxswainError('invalid_arguments', 'request', `Name exactly one tool.\n${USAGE}`);
  const tool = getTool(positionals[0]);
  const raw = parseJsonArgs(values.args);
  if (values.cluster !== undefined) {
    if (raw.cluster !== undefined && raw.cluster !== values.cluster) {
      throw new CoxswainError(
        'invalid_arguments',
        'request',
        `--cluster ${values.cluster} and "cluster": "${String(raw.cluster)}" in --args disagree. Give the cluster once.`,
      );
    }
    raw.cluster = values.cluster;
  }
  const args = parseArgs(tool, raw);
  const registry = ClusterRegistry.fromConfig(loadConfig());
  const kube = registry.get(typeof args.cluster === 'string' ? args.cluster : undefined);
  const ctx = { kube, requestedBy: 'operator (coxswain run)' };
  if (values['dry-run']) {
    const preview = await tool.preview(args, ctx);
    if (values.json) console.log(JSON.stringify({ tool: tool.name, args, preview }, null, 2));
    else {
      console.log(preview.summary);
      for (const c of preview.changes) console.log(`  ${c.path}: ${String(c.before)} → ${String(c.after)}`);
    }
    return 0;
  }
  const result = await tool.execute(args, ctx);
  if (values.json) console.log(JSON.stringify({ tool: tool.name, args, result }, null, 2));
  else {
    console.log(result.summary);
    const body = render(result.data);
    if (body && tool.risk === 'read') console.log(body);
  }
  return 0;
}
