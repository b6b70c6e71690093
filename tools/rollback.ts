import { z } from 'zod';
import { defineTool, workloadRefSchema } from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { ref, selectorString } from '../src/kube/objects.ts';
import { currentRevision, pickRevision, revisionsOf, rollbackPatch, stripHash } from '../src/kube/rollback.ts';
import { fingerprint, imageView, planned, type WritePlan, what } from '../src/kube/write.ts';

const schema = workloadRefSchema.extend({
  toRevision: z.number().int().min(1).optional(),
});

/**
 * `kubectl rollout undo` (Deployment) / `kubectl argo rollouts undo` (Rollout). The preview pins the revision it
 * resolved, so a re-run after a crash restores that same template (a no-op once it is there) instead of going
 * back one more.
 */
async function plan(args: z.infer<typeof schema>, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  if (w.kind === 'Deployment' && w.obj.spec.paused) {
    throw new CoxswainError(
      'invalid_state',
      'request',
      `Deployment ${ref(w)} is paused, and kubectl refuses to roll back a paused Deployment. Resume it first (kubectl rollout resume deployment/${w.name} -n ${w.namespace}), then ask again.`,
    );
  }
  const revisions = revisionsOf(w, await kube.listReplicaSets(w.namespace, selectorString(w.obj.spec.selector)));
  const target = pickRevision(w, revisions, args.toRevision);
  const from = currentRevision(w, revisions);
  return {
    target: w,
    steps: [{ type: 'json', body: rollbackPatch(w, target) }],
    view: imageView,
    action: `roll ${what(w)} back${from ? ` from revision ${from}` : ''} to revision ${target.revision}`,
    fingerprint: fingerprint({
      tool: 'rollback',
      kind: w.kind,
      template: stripHash(w.kind, w.obj.spec.template),
      revision: from ?? null,
    }),
    pinnedArgs: { ...args, toRevision: target.revision },
    already: target.current ? `${what(w)} already runs revision ${target.revision}'s template; nothing to change.` : undefined,
  };
}

export default defineTool({
  name: 'rollback',
  description:
    'Roll a Deployment or Argo Rollout back to the previous revision, or to toRevision (kubectl rollout undo semantics).',
  risk: 'write',
  idempotent: true,
  schema,
  ...planned(plan),
});
