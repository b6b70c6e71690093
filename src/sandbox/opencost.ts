import type { Cluster } from './cluster.ts';
export function allocation(_c: Cluster, _q: URLSearchParams): { code: number; data: unknown[] } {
  return { code: 200, data: [] };
}
