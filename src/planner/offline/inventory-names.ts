/**
 * The inventory's names for the reader and the checks after it: workloads, namespaces with their aliases, pods and
 * clusters as sets built once per inventory; the workload at a namespace and name; the names a text holds.
 */

import type { PlanContext } from '../plan.ts';
import type { CorrectionNames } from './correction.ts';

/**
 * The inventory's names as sets, built once per inventory (a watch hands out the same object until the cluster
 * changes; each message gets a new context around it): at 10,000 pods, building them per message would cost more
 * than the reading.
 */
interface NameSets {
  nsSet: Set<string>;
  workloads: Set<string>;
  pods: Set<string>;
  /** Clusters the inventory's workloads are in. */
  clusters: Set<string>;
  /** Names the tokenizer must not "correct": workloads, namespaces and the aliases they were built with. */
  known: { aliases: PlanContext['namespaceAliases']; names: Set<string>; correction: CorrectionNames };
}
const setCache = new WeakMap<PlanContext['inventory'], NameSets>();
export function nameSets(ctx: PlanContext): NameSets {
  let s = setCache.get(ctx.inventory);
  if (!s) {
    const workloads = new Set(ctx.inventory.workloads.map((w) => w.name));
    s = {
      nsSet: new Set(ctx.inventory.namespaces),
      workloads,
      pods: new Set(ctx.inventory.pods.map((p) => p.name)),
      clusters: new Set(ctx.inventory.workloads.map((w) => w.cluster)),
      known: known(workloads, ctx),
    };
    setCache.set(ctx.inventory, s);
  } else if (s.known.aliases !== ctx.namespaceAliases) {
    s.known = known(s.workloads, ctx);
  }
  return s;
}
function known(workloads: Set<string>, ctx: PlanContext): NameSets['known'] {
  const namespaces = new Map([...ctx.inventory.namespaces.map((n) => [n, n] as const), ...Object.entries(ctx.namespaceAliases)]);
  return { aliases: ctx.namespaceAliases, names: withAliases(workloads, ctx), correction: { workloads, namespaces } };
}
function withAliases(workloads: Set<string>, ctx: PlanContext): Set<string> {
  return new Set([...workloads, ...ctx.inventory.namespaces, ...Object.keys(ctx.namespaceAliases)]);
}
export function workloadNames(ctx: PlanContext): Set<string> {
  return nameSets(ctx).workloads;
}
export function knownNames(ctx: PlanContext): Set<string> {
  return nameSets(ctx).known.names;
}

/** The inventory's workload at a call's namespace and name, if any. */
export function workloadAt(ctx: PlanContext, namespace: unknown, name: unknown) {
  return ctx.inventory.workloads.find((x) => x.namespace === namespace && x.name === name);
}

/** The workloads and namespaces (aliases resolved) a message names. */
export function namedIn(words: string[], ctx: PlanContext): { names: Set<string>; spaces: Set<string> } {
  const { workloads, nsSet } = nameSets(ctx);
  return {
    names: new Set(words.filter((w) => workloads.has(w))),
    spaces: new Set(words.map((w) => ctx.namespaceAliases[w] ?? w).filter((w) => nsSet.has(w))),
  };
}

/** The workloads and namespaces a text names, word by word. */
export function namedInText(text: string, ctx: PlanContext): { names: Set<string>; spaces: Set<string> } {
  return namedIn(text.toLowerCase().split(/[^a-z0-9-]+/), ctx);
}

/**
 * Whether a Slack mention (`<@ID>` or `<@ID|label>`) names the bot: its own id when Slack gave it, elsewhere an id
 * that says so ("<@U0COXSWAIN>") without a person's label.
 */
export function mentionsBot(id: string, label: string | undefined, ctx: PlanContext): boolean {
  return ctx.botUserId !== undefined ? id === ctx.botUserId : /cox|bot/i.test(id) && !label;
}

/** Whether a name is a cluster the bot knows: its default one or one the inventory holds. */
export function isKnownCluster(name: string, ctx: PlanContext): boolean {
  return name === ctx.defaultCluster || nameSets(ctx).clusters.has(name);
}
