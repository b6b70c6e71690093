import { readFileSync } from 'node:fs';
import { closestAll } from '../fuzzy.ts';
import type { InventoryWorkload, PlanContext } from '../plan.ts';
import { isSingleCluster } from './tools.ts';

const TEMPLATE_URL = new URL('../../../prompts/system.md', import.meta.url);
/**
 * A small inventory is listed whole; past this, only the names the message mentions (exactly or within the
 * offline planner's typo budget) are, so the prompt does not grow with the cluster. The resolver still knows
 * every name.
 */
const MAX_LINES = 20;
/**
 * Of the names mentioned, at most this many lines: a name found in hundreds of namespaces needs a question back
 * ("which namespace?"), for which a few candidates and the count of the rest say enough.
 */
const MAX_MENTIONED = 10;

let template: string | undefined;
function loadTemplate(): string {
  template ??= readFileSync(TEMPLATE_URL, 'utf8');
  return template;
}

/**
 * The inventory's names and the near names found for each word so far, per inventory (a watch hands out the same
 * object until the cluster changes; each message gets a new context around it) and aliases: at scale 300 the
 * fuzzy match over ~600 names is most of a prompt's cost, and chat repeats its words.
 */
type Names = { aliases: PlanContext['namespaceAliases']; names: Set<string>; near: Map<string, string[]> };
const namesOf = new WeakMap<PlanContext['inventory'], Names>();
export function inventoryNames(ctx: PlanContext): Names {
  const hit = namesOf.get(ctx.inventory);
  if (hit && hit.aliases === ctx.namespaceAliases) return hit;
  const { namespaces, workloads } = ctx.inventory;
  const entry: Names = {
    aliases: ctx.namespaceAliases,
    names: new Set([...namespaces, ...Object.keys(ctx.namespaceAliases), ...workloads.map((w) => w.name)]),
    near: new Map(),
  };
  namesOf.set(ctx.inventory, entry);
  return entry;
}

/** The message's words, and those within the typo budget of a known name. */
function mentioned(text: string, ctx: PlanContext): Set<string> {
  const { names, near } = inventoryNames(ctx);
  const out = new Set<string>();
  const add = (w: string) => {
    let found = names.has(w) ? [w] : near.get(w);
    if (!found) {
      found = closestAll(w, names);
      if (near.size > 10_000) near.clear();
      near.set(w, found);
    }
    for (const n of found) out.add(n);
  };
  for (const word of text.toLowerCase().match(/[a-z0-9][a-z0-9.-]*[a-z0-9]|[a-z0-9]/g) ?? []) {
    // "web.staging" or "staging/web" carry two names; a whole known name is not split.
    if (names.has(word)) out.add(word);
    else for (const part of word.split(/[./]/)) add(part);
  }
  return out;
}

/** What the prompt lists: everything when small, else what the message names (and its namespaces' aliases). */
function relevant(ctx: PlanContext, text: string | undefined): { namespaces: string[]; workloads: InventoryWorkload[] } {
  const { namespaces, workloads } = ctx.inventory;
  if (text === undefined || (namespaces.length <= MAX_LINES && workloads.length <= MAX_LINES)) return { namespaces, workloads };
  const words = mentioned(text, ctx);
  const aliased = new Set([...words].map((w) => ctx.namespaceAliases[w]).filter(Boolean));
  const nsHit = (ns: string) => words.has(ns) || aliased.has(ns);
  const nsNamed = namespaces.filter(nsHit);
  const inNamed = nsNamed.length > 0;
  const picked = workloads.filter((w) => words.has(w.name) && (!inNamed || nsHit(w.namespace)));
  return {
    namespaces: [...new Set([...namespaces.filter((ns) => aliased.has(ns)), ...nsNamed])].slice(0, MAX_MENTIONED),
    workloads: (picked.length ? picked : workloads.filter((w) => inNamed && nsHit(w.namespace))).slice(0, MAX_MENTIONED),
  };
}

function namespacesLine(ctx: PlanContext, shown: string[]): string {
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, ns] of Object.entries(ctx.namespaceAliases)) aliasesOf.set(ns, [...(aliasesOf.get(ns) ?? []), alias]);
  const line = shown.map((ns) => (aliasesOf.has(ns) ? `${ns} (alias ${aliasesOf.get(ns)?.join(', ')})` : ns)).join(', ');
  const more = ctx.inventory.namespaces.length - shown.length;
  return more > 0 ? `${line || '(none named)'} … and ${more} more` : line;
}

function workloadLines(ctx: PlanContext, shown: InventoryWorkload[]): string {
  const single = isSingleCluster(ctx);
  const lines = shown.map((w) => {
    const kind = w.strategy ? `${w.kind}(${w.strategy})` : w.kind;
    return `${single ? '' : `${w.cluster}:`}${w.namespace}/${w.name} ${kind} ${w.replicas}`;
  });
  const more = ctx.inventory.workloads.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more not named in the message (names not listed here are still valid)`);
  return lines.length ? lines.join('\n') : '(none)';
}

/**
 * The system prompt for one request: the template of prompts/system.md with a compact inventory summary. With
 * the message's `text`, a large inventory is cut to the names the message mentions, so the prompt's size does
 * not grow with the cluster. `omitted`: the catalog tools not offered for this message, named so that a request
 * for one is asked back rather than refused.
 */
export function systemPrompt(ctx: PlanContext, text?: string, omitted: readonly string[] = []): string {
  return promptFor(ctx, text)(omitted);
}

/**
 * The same, as a function of the tools left out: the inventory part (the costly fuzzy matching) is read once,
 * and the prompt can be sized before the tools are chosen.
 */
export function promptFor(ctx: PlanContext, text?: string): (omitted: readonly string[]) => string {
  const shown = relevant(ctx, text);
  const clusters = [...new Set(ctx.inventory.workloads.map((w) => w.cluster))];
  const values: Record<string, string> = {
    cluster: isSingleCluster(ctx)
      ? `cluster ${ctx.defaultCluster ?? clusters[0] ?? 'default'}`
      : `clusters ${clusters.join(', ')}; default ${ctx.defaultCluster ?? clusters[0]}`,
    namespaces: namespacesLine(ctx, shown.namespaces),
    workloads: workloadLines(ctx, shown.workloads),
  };
  return (omitted) => {
    const all: Record<string, string> = {
      ...values,
      omitted: omitted.length
        ? ` Catalog tools not offered for this message: ${omitted.join(', ')}; if it needs one, ask_clarifying_question instead of refusing.`
        : '',
    };
    // A function replacer: inventory text is inserted literally ($ sequences are not patterns).
    return loadTemplate().replace(/\{\{(\w+)\}\}/g, (whole, key: string) => all[key] ?? whole);
  };
}
