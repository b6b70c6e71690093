/**
 * What each workload requested over time (replicas x per-pod requests), recorded from the store's changes.
 * Cost for a day is priced from the state at the start of that day, so a scale shows in the next day's cost;
 * the state seeded at start extends into the past, so history windows have data.
 */
import type { Change, Store } from '../store.ts';
import type { Unstructured } from '../types.ts';

export interface WorkloadState {
  at: number;
  replicas: number;
  /** Requested cores and bytes per pod. */
  cpu: number;
  ram: number;
  kind: 'deployment' | 'rollout';
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12, m: 1e-3 };

/** A Kubernetes resource quantity (`250m`, `1.5`, `256Mi`, `1G`) as a number. */
export function quantity(q: unknown, fallback: number): number {
  if (typeof q === 'number') return q;
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(String(q ?? ''));
  if (!m) return fallback;
  const unit = m[2];
  return Number(m[1]) * (BINARY[unit] ?? DECIMAL[unit] ?? 1);
}

function stateOf(obj: Unstructured, at: number, deleted: boolean): WorkloadState {
  const containers: Unstructured[] = obj.spec?.template?.spec?.containers ?? [];
  return {
    at,
    replicas: deleted ? 0 : (obj.spec?.replicas ?? 1),
    cpu: containers.reduce((n, c) => n + quantity(c.resources?.requests?.cpu, 0.1), 0),
    ram: containers.reduce((n, c) => n + quantity(c.resources?.requests?.memory, 128 * 2 ** 20), 0),
    kind: obj.kind === 'Rollout' ? 'rollout' : 'deployment',
  };
}

export class UsageHistory {
  private readonly byWorkload = new Map<string, { seeded: boolean; states: WorkloadState[] }>();
  private readonly now: () => Date;

  constructor(store: Store, now: () => Date) {
    this.now = now;
    store.changes.on('change', (c: Change) => {
      const workload =
        (c.group === 'apps' && c.plural === 'deployments') || (c.group === 'argoproj.io' && c.plural === 'rollouts');
      if (workload) this.record(c.object, c.type === 'DELETED');
    });
  }

  private record(obj: Unstructured, deleted: boolean): void {
    const key = `${obj.metadata.namespace}/${obj.metadata.name}`;
    const entry = this.byWorkload.get(key) ?? { seeded: false, states: [] };
    const state = stateOf(obj, this.now().getTime(), deleted);
    const last = entry.states[entry.states.length - 1];
    if (last && last.replicas === state.replicas && last.cpu === state.cpu && last.ram === state.ram) return;
    entry.states.push(state);
    this.byWorkload.set(key, entry);
  }

  /** Marks what exists now as having always existed (the seed inventory's history). */
  markSeeded(): void {
    for (const e of this.byWorkload.values()) {
      e.seeded = true;
      e.states = e.states.slice(-1);
    }
  }

  clear(): void {
    this.byWorkload.clear();
  }

  /** Each workload's state in effect at `t` (undefined when it did not exist yet). */
  at(t: number): { namespace: string; name: string; state: WorkloadState }[] {
    const out: { namespace: string; name: string; state: WorkloadState }[] = [];
    for (const [key, e] of this.byWorkload) {
      let i = e.states.length - 1;
      while (i >= 0 && e.states[i].at > t) i--;
      const state = i >= 0 ? e.states[i] : e.seeded ? e.states[0] : undefined;
      if (!state || state.replicas <= 0) continue;
      const slash = key.indexOf('/');
      out.push({ namespace: key.slice(0, slash), name: key.slice(slash + 1), state });
    }
    return out;
  }
}
