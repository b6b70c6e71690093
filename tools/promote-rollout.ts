import { z } from 'zod';
import { defineTool, workloadRefSchema } from '../src/catalog/tool.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { promoteFullSteps, promoteSteps, rolloutFingerprint, rolloutView } from '../src/kube/rollout.ts';
import { planned, requireRollout, type WritePlan, what } from '../src/kube/write.ts';

const schema = workloadRefSchema.extend({
  full: z.boolean().default(false),
});

async function plan(args: z.infer<typeof schema>, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  requireRollout(w, 'promote');
  const steps = args.full ? promoteFullSteps(w) : promoteSteps(w);
  const index = w.obj.status?.currentStepIndex;
  return {
    target: w,
    steps,
    view: rolloutView,
    action: args.full
      ? `promote ${what(w)} all the way to its new version, skipping the remaining steps`
      : `promote ${what(w)} past its current pause${index !== undefined ? ` (step ${index})` : ''}`,
    fingerprint: rolloutFingerprint('promote_rollout', w),
    already:
      steps.length === 0
        ? args.full
          ? `${what(w)} already runs its stable version; there is nothing to promote.`
          : `${what(w)} is not paused and has no step left; there is nothing to promote.`
        : undefined,
  };
}

export default defineTool({
  name: 'promote_rollout',
  description:
    'Promote an Argo Rollout to its next step, or all the way with full=true (kubectl argo rollouts promote semantics).',
  risk: 'write',
  idempotent: false,
  schema,
  ...planned(plan),
});
