import { defineTool, type ToolContext, type WorkloadRef, workloadRefSchema } from '../src/catalog/tool.ts';
import { appWords, listArgoApps, managingApp, resourceSync } from '../src/gitops/argocd.ts';
import { imagesOf, type Workload } from '../src/kube/objects.ts';
import { age, phaseOf } from '../src/kube/rows.ts';
import { readPreview } from '../src/kube/write.ts';

/** The canary weight: Argo's status when it reports one, else the last setWeight reached. */
function canaryWeight(w: Workload): number | undefined {
  const reported = w.obj.status?.canary?.weights?.canary?.weight;
  if (reported !== undefined) return reported;
  const steps = w.obj.spec.strategy?.canary?.steps ?? [];
  const index = w.obj.status?.currentStepIndex ?? steps.length;
  const reached = steps.slice(0, index + 1).filter((s) => typeof s.setWeight === 'number');
  return reached.length ? (reached[reached.length - 1].setWeight as number) : undefined;
}

function rolloutDetails(w: Workload) {
  const { spec, status = {} } = w.obj;
  const steps = spec.strategy?.canary?.steps;
  return {
    strategy: spec.strategy?.blueGreen ? 'blueGreen' : 'canary',
    phase: status.phase,
    message: status.message,
    step: steps ? `${status.currentStepIndex ?? 0}/${steps.length}` : undefined,
    weight: steps ? canaryWeight(w) : undefined,
    pauseReasons: (status.pauseConditions ?? []).map((p) => p.reason),
    aborted: status.abort ?? false,
    stableRS: status.stableRS,
    currentPodHash: status.currentPodHash,
  };
}

export default defineTool({
  name: 'describe_workload',
  description:
    'Describe one Deployment or Argo Rollout: replicas, images, conditions, revision, rollout step, weights, pause reason and recent events.',
  risk: 'read',
  idempotent: true,
  schema: workloadRefSchema,
  async preview(args: WorkloadRef) {
    return readPreview(`Describe ${args.namespace}/${args.name}`, args);
  },
  async execute(args: WorkloadRef, ctx: ToolContext) {
    const w = await ctx.kube.getWorkload(args.namespace, args.name);
    const [events, apps] = await Promise.all([ctx.kube.eventsFor(w.namespace, w.name), listArgoApps(ctx.kube)]);
    const app = managingApp(apps, w);
    const { spec, status = {}, metadata } = w.obj;
    const revisionKey = w.kind === 'Deployment' ? 'deployment.kubernetes.io/revision' : 'rollout.argoproj.io/revision';
    const rollout = w.kind === 'Rollout' ? rolloutDetails(w) : undefined;
    const data = {
      kind: w.kind,
      namespace: w.namespace,
      name: w.name,
      phase: phaseOf(w),
      paused: spec.paused ?? false,
      replicas: {
        desired: spec.replicas ?? 1,
        ready: status.readyReplicas ?? 0,
        updated: status.updatedReplicas ?? 0,
        available: status.availableReplicas ?? 0,
      },
      images: imagesOf(w.obj),
      revision: metadata.annotations?.[revisionKey],
      conditions: (status.conditions ?? []).map((c) => ({
        type: c.type,
        status: c.status,
        reason: c.reason,
        message: c.message,
      })),
      rollout,
      ...(app
        ? {
            gitops: {
              app: app.name,
              appNamespace: app.namespace,
              sync: resourceSync(app, w),
              autoSync: app.autoSync,
              selfHeal: app.selfHeal,
            },
          }
        : {}),
      events: events.map((e) => ({
        type: e.type,
        reason: e.reason,
        message: e.message,
        count: e.count,
        age: age(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp),
      })),
    };
    const step = rollout?.step
      ? `, step ${rollout.step}${rollout.weight !== undefined ? ` at weight ${rollout.weight}%` : ''}`
      : '';
    const paused = rollout?.pauseReasons.length ? `, paused (${rollout.pauseReasons.join(', ')})` : '';
    return {
      summary: `${w.kind} ${w.namespace}/${w.name}: ${data.replicas.ready}/${data.replicas.desired} ready, ${data.images.join(', ')}, ${data.phase}${data.revision ? `, revision ${data.revision}` : ''}${step}${paused}${app ? `, managed by Argo CD app ${appWords(app, w)}` : ''}.`,
      data,
    };
  },
});
