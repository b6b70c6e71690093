/**
 * What the sandbox's Argo CD keeps beside the cluster: the "Git" state of each app's tracked objects (the spec
 * they had when the app was seeded or first seen), when each self-healed app started to drift, and the timers
 * that wake the controller when a revert is due.
 */
import type { Cluster } from '../cluster.ts';
import type { Unstructured } from '../types.ts';

export interface ArgoSettings {
  /** How long a self-healed app stays out of sync before the sandbox reverts it (default 60 s). */
  selfHealDelayMs: number;
  /** Runs the controllers again (the timer's callback when a revert is due). */
  wake?: () => void;
}

export interface ArgoState extends ArgoSettings {
  /** app → tracked object key → the desired fields (`replicas`, `template`) as in Git. */
  git: Map<string, Map<string, Unstructured>>;
  /** app → when the drift was first seen (cluster clock, ms). */
  driftSince: Map<string, number>;
  timers: Set<NodeJS.Timeout>;
}

export const DEFAULT_SELF_HEAL_DELAY_MS = 60_000;

const states = new WeakMap<Cluster, ArgoState>();

export function argoState(c: Cluster): ArgoState {
  let s = states.get(c);
  if (!s) {
    s = { selfHealDelayMs: DEFAULT_SELF_HEAL_DELAY_MS, git: new Map(), driftSince: new Map(), timers: new Set() };
    states.set(c, s);
  }
  return s;
}

export function configureArgoCd(c: Cluster, settings: Partial<ArgoSettings>): void {
  Object.assign(argoState(c), settings);
}

/** Wakes the controllers after `ms` (an unref'd timer: it never keeps the process alive). */
export function wakeAfter(c: Cluster, ms: number): void {
  const s = argoState(c);
  if (!s.wake) return;
  const timer = setTimeout(() => {
    s.timers.delete(timer);
    s.wake?.();
  }, ms + 5);
  timer.unref();
  s.timers.add(timer);
}

/** Forgets Git state and pending timers (sandbox stop or reset). */
export function clearArgoCd(c: Cluster): void {
  const s = argoState(c);
  for (const t of s.timers) clearTimeout(t);
  s.timers.clear();
  s.git.clear();
  s.driftSince.clear();
}
