import { z } from 'zod';
import { clusterArg, defineTool, EFFECT_KEY_ANNOTATION, nameArg, namespaceArg, type ToolContext } from '../src/catalog/tool.ts';
import { CHAOS_MESH_GROUP, DEFAULT_LATENCY_MS, DEFAULT_LOSS_PERCENT } from '../src/chaos/chaos-mesh-objects.ts';
import { ChaosExperimentSchema } from '../src/chaos/experiments.ts';
import { buildSimulation, CHAOS_GROUP } from '../src/chaos/simulation.ts';
import { describeExperiment, fingerprintOf } from '../src/chaos/words.ts';
import { CoxswainError } from '../src/core/errors.ts';

const schema = z
  .object({
    cluster: clusterArg,
    namespace: namespaceArg,
    target: nameArg.describe('the workload the experiment targets'),
    experiment: ChaosExperimentSchema,
    level: z.number().int().min(1).max(10).default(1).describe('blast radius 1..10'),
    durationSeconds: z
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .default(60),
    latencyMs: z.number().int().min(1).max(60_000).optional(),
    lossPercent: z.number().int().min(1).max(100).optional(),
  })
  .strict();
type Args = z.infer<typeof schema>;

/** Everything launch_chaos checks before creating (or dry-running) the ChaosSimulation. */
async function check(args: Args, ctx: ToolContext) {
  // Loaded on use: the catalog, and so the offline planner, imports every tool, and the chaos cluster code pulls in
  // @kubernetes/client-node (about half a second of start-up).
  const [kube, { assertChaosAllowedIn, resolveTarget }] = await Promise.all([
    import('../src/chaos/kube.ts'),
    import('../src/chaos/target.ts'),
  ]);
  const { chaosApis, notInstalled, servedGroups } = kube;
  assertChaosAllowedIn(args.namespace);
  const api = chaosApis(ctx.kube);
  const target = await resolveTarget(api, args.namespace, { workload: args.target });
  const groups = await servedGroups(api);
  if (!groups.has(CHAOS_GROUP)) throw notInstalled(api.clusterName);
  const chaosMesh = groups.has(CHAOS_MESH_GROUP);
  if (!chaosMesh && !args.experiment.startsWith('pod-')) {
    throw new CoxswainError(
      'invalid_state',
      'cluster',
      `${args.experiment} needs Chaos Mesh, which is not installed in cluster ${api.clusterName}; without it coxswain can only kill pods (pod-kill, pod-failure). Install Chaos Mesh (https://chaos-mesh.org) or pick pod-kill.`,
    );
  }
  const sim = buildSimulation(args, ctx);
  return { api, kube, target, chaosMesh, sim };
}

export default defineTool({
  name: 'launch_chaos',
  description:
    'Start a bounded chaos experiment (a ChaosSimulation) against one workload: pod-kill, pod-failure, network-delay, network-loss, network-partition, cpu-stress or memory-stress.',
  risk: 'destructive',
  idempotent: false,
  schema,
  async preview(args, ctx) {
    const { api, kube, target, chaosMesh, sim } = await check(args, ctx);
    const dry = await kube.createSimulation(api, sim, true);
    return {
      summary: describeExperiment(args.namespace, dry.spec),
      target: { kind: target.kind, namespace: args.namespace, name: target.name },
      changes: [
        // The real name gets its random suffix at execution; the preview names the new object by its place.
        { path: `new chaossimulation in ${args.namespace}`, before: null, after: dry.spec },
        { path: 'engine', before: null, after: chaosMesh ? 'chaos-mesh' : 'native' },
      ],
      // The simulations already aimed at the target are part of it: once this launch lands the fingerprint moves, so
      // a worker re-running the job after a crash mid-call records the launch instead of starting a second one.
      fingerprint: fingerprintOf({
        uid: target.uid,
        labels: target.labels,
        chaosMesh,
        simulations: (await kube.listSimulations(api, args.namespace))
          .filter((s) => s.metadata.labels?.[`${CHAOS_GROUP}/target`] === args.target.slice(0, 63))
          .map((s) => s.metadata.name)
          .sort(),
      }),
      dryRun: true,
      pinnedArgs: {
        ...args,
        ...(args.experiment === 'network-delay' ? { latencyMs: args.latencyMs ?? DEFAULT_LATENCY_MS } : {}),
        ...(args.experiment === 'network-loss' ? { lossPercent: args.lossPercent ?? DEFAULT_LOSS_PERCENT } : {}),
      },
    };
  },
  async execute(args, ctx) {
    const { api, kube, sim } = await check(args, ctx);
    const created = await kube.createSimulation(api, sim, false).catch(async (err: unknown) => {
      // The name comes from the effect key: a conflict on it is this action's own earlier create (its answer was
      // lost to a timeout), read back and reported as the launch it is, never as a second one or a failure.
      const key = ctx.effect?.key;
      if (!key || !(err instanceof CoxswainError) || err.code !== 'conflict') throw err;
      const found = await kube.getSimulation(api, args.namespace, sim.metadata.name);
      if (found?.metadata.annotations?.[EFFECT_KEY_ANNOTATION] !== key) throw err;
      return found;
    });
    const { namespace, name } = created.metadata;
    return {
      summary: `Launched chaos simulation ${namespace}/${name}: ${describeExperiment(namespace, created.spec)}. Stop it early with stop_chaos ${namespace} ${name}.`,
      data: { namespace, name, spec: created.spec, phase: 'Pending' },
    };
  },
});
