import { defineTool, type WorkloadRef, workloadRefSchema } from '../src/catalog/tool.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { rolloutFlagPlan } from '../src/kube/rollout.ts';
import { planned, requireRollout, type WritePlan, what } from '../src/kube/write.ts';

async function plan(args: WorkloadRef, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  requireRollout(w, 'pause');
  return rolloutFlagPlan(w, 'pause_rollout', { type: 'merge', body: { spec: { paused: true } } }, w.obj.spec.paused === true, {
    action: `pause ${what(w)}`,
    already: `${what(w)} is already paused; nothing to change.`,
  });
}

export default defineTool({
  name: 'pause_rollout',
  description: 'Pause an Argo Rollout (spec.paused: true).',
  risk: 'write',
  idempotent: true,
  schema: workloadRefSchema,
  ...planned(plan),
});
