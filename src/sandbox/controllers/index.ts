/**
 * Runs the controllers synchronously after each write: deterministic, so a test sees the result of its request
 * at once. They work on what changed, as informer-driven controllers do: the store's changes mark the
 * Deployment, Rollout or ReplicaSet they concern (a pod marks its ReplicaSet, a ReplicaSet its owner), and
 * each pass reconciles only those, until nothing is left. Rollouts waiting on time (a timed pause, a future
 * restartAt) are looked at on every pass. The garbage collector goes first, so that a deleted owner's
 * dependents are gone before the controllers look.
 */

import { reconcileApplications } from '../argocd/controller.ts';
import type { Cluster } from '../cluster.ts';
import type { Change } from '../store.ts';
import type { Unstructured } from '../types.ts';
import { reconcileDeployment } from './deployments.ts';
import { collectGarbage } from './garbage.ts';
import { syncReplicaSet } from './replicasets.ts';
import { reconcileRollout, waitsOnTime } from './rollouts.ts';

interface WorkQueue {
  deployments: Set<string>;
  rollouts: Set<string>;
  replicasets: Set<string>;
  /** Rollouts whose progress depends on the clock. */
  timed: Set<string>;
}

const queues = new WeakMap<Cluster['store'], WorkQueue>();

const key = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

function controllerOf(o: Unstructured): Unstructured | undefined {
  return (o.metadata.ownerReferences ?? []).find((r: Unstructured) => r.controller);
}

function queueOf(c: Cluster): WorkQueue {
  const q = queues.get(c.store);
  if (q) return q;
  const queue: WorkQueue = { deployments: new Set(), rollouts: new Set(), replicasets: new Set(), timed: new Set() };
  c.store.changes.on('change', (ch: Change) => {
    const o = ch.object;
    const ns = o.metadata.namespace;
    if (ch.group === 'apps' && ch.plural === 'deployments') queue.deployments.add(key(ns, o.metadata.name));
    else if (ch.group === 'argoproj.io' && ch.plural === 'rollouts') queue.rollouts.add(key(ns, o.metadata.name));
    else if (ch.group === 'apps' && ch.plural === 'replicasets') {
      const owner = controllerOf(o);
      if (owner?.kind === 'Deployment') queue.deployments.add(key(ns, owner.name));
      else if (owner?.kind === 'Rollout') queue.rollouts.add(key(ns, owner.name));
      else if (!owner && ch.type !== 'DELETED') queue.replicasets.add(key(ns, o.metadata.name));
    } else if (ch.group === '' && ch.plural === 'pods') {
      const owner = controllerOf(o);
      if (owner?.kind === 'ReplicaSet') queue.replicasets.add(key(ns, owner.name));
    }
  });
  queues.set(c.store, queue);
  // As an informer starts with a list: whatever exists before the first pass is looked at once.
  for (const [group, plural, set] of [
    ['apps', 'deployments', queue.deployments],
    ['argoproj.io', 'rollouts', queue.rollouts],
    ['apps', 'replicasets', queue.replicasets],
  ] as const) {
    const t = c.types.byResource(group, plural);
    if (t) for (const o of c.store.list(t)) set.add(key(o.metadata.namespace, o.metadata.name));
  }
  return queue;
}

function take(set: Set<string>): string[] {
  const out = [...set];
  set.clear();
  return out;
}

const split = (k: string) => [k.slice(0, k.indexOf('/')) || undefined, k.slice(k.indexOf('/') + 1)] as const;

export function runControllers(c: Cluster): void {
  const q = queueOf(c);
  for (const k of q.timed) q.rollouts.add(k);
  const deployments = c.types.byResource('apps', 'deployments');
  const rollouts = c.types.byResource('argoproj.io', 'rollouts');
  const replicasets = c.types.byResource('apps', 'replicasets');
  // Each pass settles what the previous one changed; a reconcile that changes nothing marks nothing.
  for (let pass = 0; pass < 50; pass++) {
    collectGarbage(c);
    // Before the workload controllers, so that a self-heal revert is rolled out in the same pass.
    if (pass === 0) reconcileApplications(c);
    if (!q.deployments.size && !q.rollouts.size && !q.replicasets.size) return;
    for (const k of take(q.replicasets)) {
      const rs = replicasets && c.store.peek(replicasets, ...split(k));
      if (!rs) continue;
      const owner = controllerOf(rs);
      if (!owner) syncReplicaSet(c, rs);
      else if (owner.kind === 'Deployment') q.deployments.add(key(rs.metadata.namespace, owner.name));
      else if (owner.kind === 'Rollout') q.rollouts.add(key(rs.metadata.namespace, owner.name));
    }
    for (const k of take(q.deployments)) {
      const d = deployments && c.store.peek(deployments, ...split(k));
      if (d) reconcileDeployment(c, d);
    }
    for (const k of take(q.rollouts)) {
      const r = rollouts && c.store.peek(rollouts, ...split(k));
      if (r) reconcileRollout(c, r);
      const fresh = rollouts && c.store.peek(rollouts, ...split(k));
      if (fresh && waitsOnTime(c, fresh)) q.timed.add(k);
      else q.timed.delete(k);
    }
  }
}
