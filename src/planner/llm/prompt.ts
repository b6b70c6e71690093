import { readFileSync } from 'node:fs';
import type { PlanContext } from '../plan.ts';
import { isSingleCluster } from './tools.ts';

const TEMPLATE_URL = new URL('../../../prompts/system.md', import.meta.url);
/** Past this many workloads the summary stops listing them: the resolver still knows every name. */
const MAX_WORKLOAD_LINES = 150;

let template: string | undefined;
function loadTemplate(): string {
  template ??= readFileSync(TEMPLATE_URL, 'utf8');
  return template;
}

function namespacesLine(ctx: PlanContext): string {
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, ns] of Object.entries(ctx.namespaceAliases)) aliasesOf.set(ns, [...(aliasesOf.get(ns) ?? []), alias]);
  return ctx.inventory.namespaces
    .map((ns) => (aliasesOf.has(ns) ? `${ns} (alias ${aliasesOf.get(ns)?.join(', ')})` : ns))
    .join(', ');
}

function workloadLines(ctx: PlanContext): string {
  const single = isSingleCluster(ctx);
  const lines = ctx.inventory.workloads.slice(0, MAX_WORKLOAD_LINES).map((w) => {
    const kind = w.strategy ? `${w.kind}(${w.strategy})` : w.kind;
    return `${single ? '' : `${w.cluster}:`}${w.namespace}/${w.name} ${kind} ${w.replicas}`;
  });
  const more = ctx.inventory.workloads.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more (names not listed here are still valid)`);
  return lines.length ? lines.join('\n') : '(none)';
}

/** The system prompt for one request: the template of prompts/system.md with a compact inventory summary. */
export function systemPrompt(ctx: PlanContext): string {
  const clusters = [...new Set(ctx.inventory.workloads.map((w) => w.cluster))];
  const values: Record<string, string> = {
    cluster: isSingleCluster(ctx)
      ? `cluster ${ctx.defaultCluster ?? clusters[0] ?? 'default'}`
      : `clusters ${clusters.join(', ')}; default ${ctx.defaultCluster ?? clusters[0]}`,
    namespaces: namespacesLine(ctx),
    workloads: workloadLines(ctx),
  };
  // A function replacer: inventory text is inserted literally ($ sequences are not patterns).
  return loadTemplate().replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
