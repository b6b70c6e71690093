import { z } from 'zod';
import { defineTool, type ToolContext, workloadRefSchema } from '../src/catalog/tool.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { promoteFullSteps, promoteSteps, rolloutFingerprint, rolloutView } from '../src/kube/rollout.ts';
import { planned, requireRollout, type WritePlan, what } from '../src/kube/write.ts';

const schema = workloadRefSchema.extend({
  full: z.boolean().default(false),
});

/**
 * A promotion moves the Rollout one step from where it is, so a second one would skip a step. The execution
 * carries the state its dry run saw (`effect.seen`): a Rollout that has moved since (this action's own earlier
 * attempt landed, its answer lost) is not promoted again.
 */
async function plan(args: z.infer<typeof schema>, kube: KubeCluster, ctx: ToolContext): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  requireRollout(w, 'promote');
  const steps = args.full ? promoteFullSteps(w) : promoteSteps(w);
  const index = w.obj.status?.currentStepIndex;
  const fingerprint = rolloutFingerprint('promote_rollout', w);
  const moved = ctx.effect?.seen !== undefined && ctx.effect.seen !== fingerprint;
  return {
    target: w,
    steps,
    view: rolloutView,
    action: args.full
      ? `promote ${what(w)} all the way to its new version, skipping the remaining steps`
      : `promote ${what(w)} past its current pause${index !== undefined ? ` (step ${index})` : ''}`,
    fingerprint,
    already: moved
      ? `${what(w)} has moved since the dry run this promotion was planned from${index !== undefined ? ` (it is at step ${index} now)` : ''}, so it is not promoted again; ask again to promote it from where it is.`
      : steps.length === 0
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
