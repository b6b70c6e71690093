import type { Config } from '../config/config.ts';
import type { ClusterRegistry } from '../kube/clusters.ts';
import type { Inventory, PlanContext } from '../planner/plan.ts';

/**
 * The planner's view of the default cluster: its inventory, read at most once per `ttlMs` (concurrent requests
 * share one read), with the configured namespace aliases.
 */
export function planContextSource(registry: ClusterRegistry, config: Config, ttlMs = 10_000): () => Promise<PlanContext> {
  let cached: { at: number; inventory: Promise<Inventory> } | undefined;
  return async () => {
    const now = Date.now();
    if (!cached || now - cached.at > ttlMs) {
      const inventory = registry.get().inventory();
      cached = { at: now, inventory };
      // A failed read is not cached: the next request tries again.
      inventory.catch(() => {
        if (cached?.inventory === inventory) cached = undefined;
      });
    }
    return {
      inventory: await cached.inventory,
      namespaceAliases: config.COXSWAIN_NAMESPACE_ALIASES ?? {},
      defaultCluster: registry.defaultName,
    };
  };
}
