/**
 * Runs every controller once, synchronously, after each write: deterministic, so a test sees the result of
 * its request at once. The garbage collector goes first, so that a deleted owner's dependents are gone
 * before the controllers look.
 */

import { reconcileApplications } from '../argocd/controller.ts';
import type { Cluster } from '../cluster.ts';
import type { Unstructured } from '../types.ts';
import { reconcileDeployment } from './deployments.ts';
import { collectGarbage } from './garbage.ts';
import { syncReplicaSet } from './replicasets.ts';
import { reconcileRollout } from './rollouts.ts';

export function runControllers(c: Cluster): void {
  collectGarbage(c);
  // Before the workload controllers, so that a self-heal revert is rolled out in the same pass.
  reconcileApplications(c);
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
