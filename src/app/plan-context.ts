import type { Config } from '../config/config.ts';
import type { ClusterRegistry } from '../kube/clusters.ts';
import { InventoryWatch } from '../kube/inventory.ts';
import { InventoryCache } from '../planner/inventory-cache.ts';
import type { PlanContext } from '../planner/plan.ts';

export type PlanContextSource = (() => Promise<PlanContext>) & { stop(): void };

/**
 * The planner's view of the default cluster: its inventory, the namespace aliases, the default cluster. With
 * `watch` (long-running processes) the inventory follows the cluster through watches: one list, then the
 * changes, whatever the cluster's size. Otherwise (one-shot commands, and tests that plan against what they just
 * wrote) it is read again at most once per `ttlMs` (default 10 s).
 */
export function planContextSource(
  registry: ClusterRegistry,
  config: Config,
  opts: { ttlMs?: number; watch?: boolean } = {},
): PlanContextSource {
  const inventory = opts.watch
    ? new InventoryWatch(registry.get())
    : new InventoryCache(() => registry.get().inventory(), { ttlMs: opts.ttlMs ?? 10_000 });
  // One aliases object for every message: the planner caches what it derives from (inventory, aliases).
  const namespaceAliases = config.COXSWAIN_NAMESPACE_ALIASES ?? {};
  const source = async () => ({
    inventory: await inventory.get(),
    namespaceAliases,
    defaultCluster: registry.defaultName,
  });
  return Object.assign(source, { stop: () => (inventory instanceof InventoryWatch ? inventory.stop() : undefined) });
}
