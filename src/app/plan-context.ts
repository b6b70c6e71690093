import type { Config } from '../config/config.ts';
import type { ClusterRegistry } from '../kube/clusters.ts';
import { InventoryCache } from '../planner/inventory-cache.ts';
import type { PlanContext } from '../planner/plan.ts';

/** The planner's view of the default cluster: its cached inventory (`ttlMs`), the namespace aliases, the default cluster. */
export function planContextSource(registry: ClusterRegistry, config: Config, ttlMs = 10_000): () => Promise<PlanContext> {
  const cache = new InventoryCache(() => registry.get().inventory(), { ttlMs });
  return async () => ({
    inventory: await cache.get(),
    namespaceAliases: config.COXSWAIN_NAMESPACE_ALIASES ?? {},
    defaultCluster: registry.defaultName,
  });
}
