import { defineTool, type WorkloadRef, workloadRefSchema } from '../src/catalog/tool.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { rolloutFlagPlan } from '../src/kube/rollout.ts';
import { planned, requireRollout, type WritePlan, what } from '../src/kube/write.ts';

async function plan(args: WorkloadRef, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  requireRollout(w, 'retry');
  return rolloutFlagPlan(
    w,
    'retry_rollout',
    { type: 'merge', subresource: 'status', body: { status: { abort: false } } },
    w.obj.status?.abort !== true,
    {
      action: `retry the aborted update of ${what(w)}`,
      already: `${what(w)} is not aborted; there is nothing to retry.`,
    },
  );
}

export default defineTool({
  name: 'retry_rollout',
  description: 'Retry an aborted Argo Rollout (kubectl argo rollouts retry).',
  risk: 'write',
  idempotent: true,
  schema: workloadRefSchema,
  ...planned(plan),
});
