// Pure name helpers for "did you mean" sentences, apart from errors.ts so the tools can use them without loading
// @kubernetes/client-node (the offline planner imports every tool through the catalog).
import { editDistance } from '../planner/fuzzy.ts';

/**
 * Names close to `wanted`: sharing a dash-separated part ("web-api" → "web", "api", in that order) or within a
 * small edit distance. Candidates are "namespace/name"; matches in the same namespace win over other namespaces.
 */
export function closestNames(wanted: string, namespace: string, candidates: string[], max = 3): string[] {
  const parts = wanted.split(/[-.]/).filter((p) => p.length > 1);
  const scored = candidates.flatMap((c) => {
    const [ns, name] = c.split('/');
    const part = parts.findIndex((p) => name.split(/[-.]/).includes(p));
    const contains = name.includes(wanted) || wanted.includes(name);
    const d = editDistance(wanted, name);
    if (part < 0 && !contains && d > Math.max(1, Math.floor(wanted.length / 3))) return [];
    return [{ c, same: ns === namespace, score: part >= 0 ? part : contains ? parts.length : parts.length + d }];
  });
  const pool = scored.some((s) => s.same) ? scored.filter((s) => s.same) : scored;
  return pool
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
