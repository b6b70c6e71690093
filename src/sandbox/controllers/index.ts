/**
 * Runs every controller once, synchronously, after each write: deterministic, so a test sees the result of
 * its request at once. Then the garbage collector removes objects whose controlling owner is gone.
 */
import type { Cluster } from '../cluster.ts';
import type { Unstructured } from '../types.ts';
import { reconcileDeployment } from './deployments.ts';
import { syncReplicaSet } from './replicasets.ts';
import { reconcileRollout } from './rollouts.ts';

function collectGarbage(c: Cluster): void {
  // Owners first, so a deleted Deployment takes its ReplicaSets and then their pods in one pass.
  for (const plural of ['replicasets', 'pods']) {
    const t = c.types.all().find((x) => x.plural === plural && x.group === (plural === 'pods' ? '' : 'apps'));
    if (!t) continue;
    for (const obj of c.store.list(t)) {
      const ref = (obj.metadata.ownerReferences ?? []).find((r: Unstructured) => r.controller);
      if (!ref) continue;
      const ownerType = c.types.byKind(String(ref.apiVersion).split('/').slice(0, -1).join('/'), ref.kind);
      const owner = ownerType && c.store.get(ownerType, obj.metadata.namespace, ref.name);
      if (!owner || owner.metadata.uid !== ref.uid) c.store.delete(t, obj.metadata.namespace, obj.metadata.name);
    }
  }
}

export function runControllers(c: Cluster): void {
  collectGarbage(c);
  const deployments = c.types.all().find((t) => t.group === 'apps' && t.plural === 'deployments');
  if (deployments) for (const d of c.store.list(deployments)) reconcileDeployment(c, d);
  const rollouts = c.types.all().find((t) => t.group === 'argoproj.io' && t.plural === 'rollouts');
  if (rollouts) for (const r of c.store.list(rollouts)) reconcileRollout(c, r);
  const replicasets = c.types.all().find((t) => t.group === 'apps' && t.plural === 'replicasets');
  if (replicasets) {
    for (const rs of c.store.list(replicasets)) {
      if (!(rs.metadata.ownerReferences ?? []).some((r: Unstructured) => r.controller)) syncReplicaSet(c, rs);
    }
  }
}
