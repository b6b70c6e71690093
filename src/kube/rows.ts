import type { PodObject, Workload } from './objects.ts';
import { imagesOf } from './objects.ts';

// The caps live here, not in cluster.ts, so the tools can read them without loading @kubernetes/client-node.
/** Rows a list keeps: enough to answer in chat, small enough to read. */
const LIST_CAP = 50;
/** Bytes of log a read brings back. */
export const LOG_MAX_BYTES = 64 * 1024;

/** At most `cap` rows, and how many more there were ("and N more"), so an answer stays readable in chat. */
export function capRows<T>(rows: T[], cap = LIST_CAP): { rows: T[]; more: number } {
  return { rows: rows.slice(0, cap), more: Math.max(0, rows.length - cap) };
}

export function andMore(more: number, truncated = false): string {
  if (truncated) return ' (and more: the list was cut short; narrow it to one namespace)';
  return more > 0 ? ` (and ${more} more)` : '';
}

/** The phase a person expects: Argo's own for a Rollout; for a Deployment, read from its replicas and conditions. */
export function phaseOf(w: Workload): string {
  const { spec, status = {} } = w.obj;
  if (w.kind === 'Rollout') return status.phase ?? (spec.paused ? 'Paused' : 'Progressing');
  if (spec.paused) return 'Paused';
  const desired = spec.replicas ?? 1;
  const available = status.conditions?.find((c) => c.type === 'Available');
  if (available?.status === 'False') return 'Degraded';
  if ((status.updatedReplicas ?? 0) < desired || (status.readyReplicas ?? 0) < desired) return 'Progressing';
  return 'Healthy';
}

export interface WorkloadRow {
  namespace: string;
  name: string;
  kind: string;
  ready: string;
  image: string;
  phase: string;
}

export function workloadRow(w: Workload): WorkloadRow {
  return {
    namespace: w.namespace,
    name: w.name,
    kind: w.kind,
    ready: `${w.obj.status?.readyReplicas ?? 0}/${w.obj.spec.replicas ?? 1}`,
    image: imagesOf(w.obj).join(', '),
    phase: phaseOf(w),
  };
}

export interface PodRow {
  name: string;
  phase: string;
  ready: string;
  restarts: number;
  age: string;
  node: string;
}

export function age(since: string | undefined, now = Date.now()): string {
  if (!since) return '';
  const s = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.floor(s / 60)}m`;
  if (s < 172_800) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86_400)}d`;
}

export function podRow(p: PodObject): PodRow {
  const statuses = p.status?.containerStatuses ?? [];
  const total = statuses.length || p.spec?.containers?.length || 0;
  return {
    name: p.metadata.name,
    phase: p.status?.phase ?? 'Unknown',
    ready: `${statuses.filter((c) => c.ready).length}/${total}`,
    restarts: statuses.reduce((n, c) => n + (c.restartCount ?? 0), 0),
    age: age(p.status?.startTime ?? p.metadata.creationTimestamp),
    node: p.spec?.nodeName ?? '',
  };
}
