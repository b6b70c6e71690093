import { defineTool, type WorkloadRef, workloadRefSchema } from '../src/catalog/tool.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { rolloutFlagPlan } from '../src/kube/rollout.ts';
import { planned, requireRollout, type WritePlan, what } from '../src/kube/write.ts';

async function plan(args: WorkloadRef, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  requireRollout(w, 'abort');
  return rolloutFlagPlan(
    w,
    'abort_rollout',
    { type: 'merge', subresource: 'status', body: { status: { abort: true } } },
    w.obj.status?.abort === true,
    {
      action: `abort the update of ${what(w)} and go back to its stable version`,
      already: `${what(w)} is already aborted; nothing to change.`,
    },
  );
}

export default defineTool({
  name: 'abort_rollout',
  description: "Abort an Argo Rollout's update and go back to the stable version (kubectl argo rollouts abort).",
  risk: 'write',
  idempotent: true,
  schema: workloadRefSchema,
  ...planned(plan),
});
