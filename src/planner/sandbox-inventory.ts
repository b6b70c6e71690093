import { SANDBOX_CLUSTER, SANDBOX_NAMESPACE_ALIASES, scaledSeed } from '../sandbox/seed.ts';
import type { Inventory, PlanContext } from './plan.ts';

/**
 * The sandbox's seed inventory, as the planner sees it (no pods: names of pods are random per run); `scale` N as
 * `coxswain sandbox --scale N` seeds it.
 */
export function sandboxInventory(scale = 1): Inventory {
  const seed = scaledSeed(scale);
  return {
    namespaces: seed.namespaces,
    workloads: seed.workloads.map((w) => ({
      cluster: SANDBOX_CLUSTER,
      namespace: w.namespace,
      kind: w.kind,
      name: w.name,
      replicas: w.replicas,
      // As a cluster's Pod template has it: a Rollout on its way runs toward its new image.
      images: [w.updateImage ?? w.revisions[w.revisions.length - 1]],
      revisions: w.revisions.length,
      ...(w.strategy ? { strategy: w.strategy } : {}),
      ...(w.state ? { phase: /paused/.test(w.state) ? 'Paused' : 'Healthy' } : {}),
    })),
    pods: [],
  };
}

export function sandboxPlanContext(scale = 1): PlanContext {
  return {
    inventory: sandboxInventory(scale),
    namespaceAliases: { ...SANDBOX_NAMESPACE_ALIASES },
    defaultCluster: SANDBOX_CLUSTER,
  };
}
