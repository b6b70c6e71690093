import { num, pick, type Row } from './data.ts';
import { cell, monoTable } from './table.ts';

/** "ready/desired" when both are known, whatever names the tool used. */
function readiness(r: Row): string {
  const ready = pick(r, 'ready', 'readyReplicas');
  const desired = num(pick(r, 'desired', 'replicas', 'specReplicas'));
  if (typeof ready === 'string') return ready;
  const n = num(ready);
  if (n !== undefined && desired !== undefined) return `${n}/${desired}`;
  return cell(ready ?? desired);
}

export function workloadTable(rows: Row[]): string {
  // The Argo CD column only when some workload is managed by an app.
  const gitops = rows.some((r) => pick(r, 'gitops') !== undefined);
  return monoTable(
    ['namespace', 'kind', 'name', 'ready', 'image', 'phase', ...(gitops ? ['argo cd'] : [])],
    rows.map((r) => [
      pick(r, 'namespace'),
      pick(r, 'kind'),
      pick(r, 'name'),
      readiness(r),
      pick(r, 'image', 'images'),
      pick(r, 'phase', 'status'),
      ...(gitops ? [pick(r, 'gitops') ?? ''] : []),
    ]),
  );
}

export function podTable(rows: Row[]): string {
  return monoTable(
    ['name', 'phase', 'ready', 'restarts', 'age', 'node'],
    rows.map((r) => [
      pick(r, 'name'),
      pick(r, 'phase'),
      readiness(r),
      pick(r, 'restarts', 'restartCount'),
      pick(r, 'age'),
      pick(r, 'node', 'nodeName'),
    ]),
  );
}

export function chaosTable(rows: Row[]): string {
  return monoTable(
    ['namespace', 'name', 'experiment', 'target', 'level', 'phase'],
    rows.map((r) => [
      pick(r, 'namespace'),
      pick(r, 'name'),
      pick(r, 'experiment'),
      pick(r, 'target'),
      pick(r, 'level'),
      pick(r, 'phase'),
    ]),
  );
}
