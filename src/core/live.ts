import type { PlanContext, ToolPlan } from '../planner/plan.ts';
import type { Person } from '../policy/schema.ts';
import type { CoreDeps } from './engine-deps.ts';
import { identityOf } from './engine-people.ts';

/**
 * The plan context with the target's replica count read live, for a `scale`: the policy's replica-change limits
 * and relative sizes ("add 2", "halve") must start from the object as it is, never from the inventory cache,
 * which an outside `kubectl scale` may have made stale. `drifted` says the cache was wrong about it.
 */
export async function withLiveReplicas(
  deps: Pick<CoreDeps, 'clusters'>,
  plan: ToolPlan,
  ctx: PlanContext,
  person: Person,
): Promise<{ ctx: PlanContext; drifted: boolean }> {
  const { namespace, name } = plan.args;
  if (plan.tool !== 'scale' || typeof namespace !== 'string' || typeof name !== 'string') return { ctx, drifted: false };
  const named = typeof plan.args.cluster === 'string' ? plan.args.cluster : undefined;
  const cluster = named ?? ctx.defaultCluster ?? 'default';
  const live = await deps.clusters(named, identityOf(person)).getWorkload(namespace, name);
  const replicas = live.obj.spec.replicas ?? 1;
  const isTarget = (w: PlanContext['inventory']['workloads'][number]) =>
    w.namespace === namespace && w.name === name && (w.cluster === cluster || !w.cluster);
  const cached = ctx.inventory.workloads.find(isTarget);
  if (cached?.replicas === replicas) return { ctx, drifted: false };
  const fresh = cached
    ? { ...cached, replicas }
    : { cluster, namespace, name, kind: live.kind, replicas, images: [] as string[] };
  const workloads = [...ctx.inventory.workloads.filter((w) => !isTarget(w)), fresh];
  return { ctx: { ...ctx, inventory: { ...ctx.inventory, workloads } }, drifted: cached !== undefined };
}
