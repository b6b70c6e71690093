import { defineTool, type ToolContext, type WorkloadRef, workloadRefSchema } from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { ref, type WorkloadObject } from '../src/kube/objects.ts';
import { fingerprint, planned, rfc3339, type WritePlan, what } from '../src/kube/write.ts';

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/**
 * `kubectl rollout restart` for a Deployment (a new pod-template annotation rolls every pod) and
 * `kubectl argo rollouts restart` for a Rollout (spec.restartAt). Each action is a new restart, stamped with the
 * time the action was queued rather than the time of the call: a re-run of the same action (a retry after a
 * timeout whose first call landed late) sends the same stamp, which restarts nothing a second time.
 */
async function plan(args: WorkloadRef, kube: KubeCluster, ctx: ToolContext): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  const now = rfc3339(ctx.effect?.at);
  const current = w.obj.spec.template?.metadata?.annotations?.[RESTARTED_AT] ?? w.obj.spec.restartAt;
  const base = {
    target: w,
    action: `restart every pod of ${what(w)}`,
    fingerprint: fingerprint({
      tool: 'restart',
      kind: w.kind,
      generation: w.obj.metadata.generation,
      paused: w.obj.spec.paused ?? false,
      restartedAt: current ?? null,
    }),
    already: ctx.effect && current === now ? `${what(w)} was already restarted by this action at ${now}.` : undefined,
  };
  if (w.kind === 'Rollout') {
    return {
      ...base,
      steps: [{ type: 'merge', body: { spec: { restartAt: now } } }],
      view: (o: WorkloadObject) => ({ 'spec.restartAt': o.spec.restartAt }),
    };
  }
  if (w.obj.spec.paused) {
    throw new CoxswainError(
      'invalid_state',
      'request',
      `Deployment ${ref(w)} is paused, and a paused Deployment cannot be restarted. Resume it first (kubectl rollout resume deployment/${w.name} -n ${w.namespace}), then ask again.`,
    );
  }
  return {
    ...base,
    steps: [{ type: 'strategic', body: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: now } } } } } }],
    view: (o: WorkloadObject) => ({
      [`spec.template.metadata.annotations.${RESTARTED_AT}`]: o.spec.template?.metadata?.annotations?.[RESTARTED_AT],
    }),
  };
}

export default defineTool({
  name: 'restart',
  description: 'Rolling restart of a Deployment (restartedAt pod-template annotation) or Argo Rollout (spec.restartAt).',
  risk: 'write',
  idempotent: false,
  schema: workloadRefSchema,
  ...planned(plan),
});
