import { SANDBOX_CLUSTER, SANDBOX_NAMESPACE_ALIASES, SANDBOX_NAMESPACES, SEED_WORKLOADS } from '../sandbox/seed.ts';
import type { Inventory, PlanContext } from './plan.ts';

/** The sandbox's seed inventory, as the planner sees it (no pods: names of pods are random per run). */
export function sandboxInventory(): Inventory {
  return {
    namespaces: [...SANDBOX_NAMESPACES],
    workloads: SEED_WORKLOADS.map((w) => ({
      cluster: SANDBOX_CLUSTER,
      namespace: w.namespace,
      kind: w.kind,
      name: w.name,
      replicas: w.replicas,
      images: [w.revisions[w.revisions.length - 1]],
      ...(w.strategy ? { strategy: w.strategy } : {}),
    })),
    pods: [],
  };
}

export function sandboxPlanContext(): PlanContext {
  return { inventory: sandboxInventory(), namespaceAliases: { ...SANDBOX_NAMESPACE_ALIASES }, defaultCluster: SANDBOX_CLUSTER };
}
