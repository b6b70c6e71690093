import { ChaosExperimentSchema } from '../../chaos/experiments.ts';
import { canonicalize, canonOf } from '../offline/lexicon.ts';
import { normalize } from '../offline/normalize.ts';
import { normalizeNumbers } from '../offline/numbers.ts';
import type { PlanContext } from '../plan.ts';
import { inventoryNames } from './prompt.ts';
import { CLARIFY_TOOL, type OpenAITool, UNSUPPORTED_TOOL } from './tools.ts';

/**
 * Which tools one message is offered. Sending all 20 schemas costs ~1,700 tokens per request; a message needs
 * one. The model gets the tools its words cue (read with the offline planner's own vocabulary: synonyms and typo
 * correction, so "bounce" and "resatrt" cue restart), the offline planner's reading when it has one, and always
 * the generic reads and the two ways not to act. A message that cues nothing gets the common tools. The choice
 * only saves tokens: the model's answer is re-validated against the whole catalog, and the Core's checks
 * (two readers, policy, confirmation) do not depend on what was offered.
 */

/** Always offered: a question about a workload or a namespace, and the two answers without an action. */
const ALWAYS = ['list_workloads', 'describe_workload', CLARIFY_TOOL, UNSUPPORTED_TOOL];

/** When no word cues a tool: the everyday reads and writes. */
const COMMON = ['list_pods', 'get_logs', 'scale', 'restart', 'rollback'];

const CHAOS = ['launch_chaos', 'list_chaos', 'stop_chaos'];
const ROLLOUT = ['promote_rollout', 'abort_rollout', 'pause_rollout', 'retry_rollout'];

/** Canonical words (offline/words.ts), or words as typed, → the tools they point at. */
const CUES: Record<string, string[]> = {
  scale: ['scale'],
  'scale-up': ['scale'],
  'scale-down': ['scale'],
  replicas: ['scale'],
  add: ['scale'],
  reduce: ['scale'],
  double: ['scale'],
  halve: ['scale'],
  triple: ['scale'],
  restart: ['restart'],
  rollback: ['rollback'],
  // "roll web in prod back", "roll api": the verb split from its particle, or a rolling restart.
  roll: ['rollback', 'restart'],
  revision: ['rollback'],
  previous: ['rollback'],
  image: ['set_image'],
  update: ['set_image'],
  // "bump worker by 2" is a size; "bump web to 1.9" an image.
  bump: ['scale', 'set_image'],
  deploy: ['set_image', 'create_deployment'],
  create: ['create_deployment', 'launch_chaos'],
  promote: ['promote_rollout'],
  full: ['promote_rollout'],
  '%': ['promote_rollout', 'launch_chaos'],
  percent: ['promote_rollout', 'launch_chaos'],
  step: ['promote_rollout'],
  abort: ['abort_rollout'],
  retry: ['retry_rollout'],
  pause: ['pause_rollout'],
  rollout: ROLLOUT,
  canary: ROLLOUT,
  stop: ['scale', 'abort_rollout', 'stop_chaos'],
  chaos: CHAOS,
  latency: ['launch_chaos'],
  packets: ['launch_chaos'],
  partition: ['launch_chaos'],
  network: ['launch_chaos'],
  cpu: ['launch_chaos'],
  memory: ['launch_chaos'],
  stress: ['launch_chaos'],
  fail: ['launch_chaos'],
  random: ['launch_chaos'],
  break: ['launch_chaos'],
  kill: ['delete_pod', 'launch_chaos'],
  delete: ['delete_pod'],
  pod: ['list_pods'],
  logs: ['get_logs'],
  lines: ['get_logs'],
  line: ['get_logs'],
  cost: ['query_costs'],
  ...Object.fromEntries(ChaosExperimentSchema.options.map((e) => [e, CHAOS])),
};

/** Spellings the synonym lists do not hold: "priciest", "spendiest", "billed". */
const COST_WORD = /^(pric|cost|spend|expens|cheap|bill)/;
/** A count: "3 pods", "to 4", "by two" (number words are digits by now). */
const isCount = (words: string[], i: number) =>
  /^\d+$/.test(words[i] ?? '') && (['pod', 'replicas'].includes(words[i + 1] ?? '') || ['to', 'by'].includes(words[i - 1] ?? ''));

/** A tag or image reference ("1.9.0", "v2", "web:1.9.0", "ghcr.io/acme/web"): a new image. */
const IMAGE_WORD = /^v?\d+(\.\d+){1,3}([-+][\w.]+)?$|^v\d+$|^[a-z0-9][\w.-]*(\/[\w.-]+)*(:[\w.-]+|@sha256:[a-f0-9]+)$/i;

/** The tools the message's words cue, in the order the words come. */
export function cuedTools(text: string, ctx: PlanContext): string[] {
  const n = normalize(text);
  const num = normalizeNumbers(n.words, n.raw);
  // The names are kept as typed, not "corrected" into command words.
  const c = canonicalize(num.words, num.raw, inventoryNames(ctx).names);
  const out: string[] = [];
  c.words.forEach((w, i) => {
    const raw = (c.raw[i] ?? w).toLowerCase();
    // A workload named like a word ("opencost") still says the word.
    out.push(...(CUES[w] ?? CUES[raw] ?? CUES[canonOf(raw)] ?? []));
    if (IMAGE_WORD.test(raw)) out.push('set_image');
    if (COST_WORD.test(raw)) out.push('query_costs');
    if (isCount(c.words, i)) out.push('scale');
  });
  return [...new Set(out)];
}

/**
 * The tools offered for `text`, in catalog order (stable requests cache better), and the catalog tools left out.
 * `reading` is the offline planner's tool for the same words, when it read one: it is offered first, then the
 * cued tools in the order their words come, while their JSON fits in `budgetChars` (the always-offered ones are
 * never left out).
 */
export function selectTools(
  all: OpenAITool[],
  text: string,
  ctx: PlanContext,
  budgetChars: number,
  reading?: string,
): { tools: OpenAITool[]; omitted: string[] } {
  const cued = cuedTools(text, ctx);
  const wanted = [...ALWAYS, ...(reading ? [reading] : []), ...(cued.length ? cued : COMMON)];
  const size = new Map(all.map((t) => [t.function.name, JSON.stringify(t).length + 1]));
  const chosen = new Set<string>();
  let used = 0;
  for (const name of wanted) {
    const s = size.get(name);
    if (s === undefined || chosen.has(name) || (used + s > budgetChars && !ALWAYS.includes(name))) continue;
    chosen.add(name);
    used += s;
  }
  const tools = all.filter((t) => chosen.has(t.function.name));
  const omitted = all.map((t) => t.function.name).filter((n) => !chosen.has(n));
  return { tools, omitted };
}
