import { z } from 'zod';
import { clusterArg, defineTool, nameArg, namespaceArg } from '../src/catalog/tool.ts';
import { isTerminal, phaseOf, type Simulation, secondsLeft } from '../src/chaos/simulation.ts';
import { describeExperiment, fingerprintOf } from '../src/chaos/words.ts';
import { CoxswainError } from '../src/core/errors.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';

/** The simulation, with the chaos cluster code that reads and ends it. */
async function find(kube: KubeCluster, namespace: string, name: string) {
  // Loaded on use: the catalog, and so the offline planner, imports every tool, and the chaos cluster code pulls in
  // @kubernetes/client-node (about half a second of start-up).
  const [{ chaosApis, getSimulation, writeStatus }, { endSimulation }] = await Promise.all([
    import('../src/chaos/kube.ts'),
    import('../src/chaos/lifecycle.ts'),
  ]);
  const api = chaosApis(kube);
  const sim = await getSimulation(api, namespace, name);
  if (!sim) {
    throw new CoxswainError(
      'not_found',
      'request',
      `There is no chaos simulation ${namespace}/${name}. See the running ones with list_chaos.`,
    );
  }
  return { api, sim, writeStatus, endSimulation };
}

function state(sim: Simulation): string {
  const left = secondsLeft(sim, new Date());
  return `${phaseOf(sim)}${left !== undefined && !isTerminal(sim) ? `, ${left}s left` : ''}`;
}

export default defineTool({
  name: 'stop_chaos',
  description: 'Stop a ChaosSimulation and remove everything it started.',
  risk: 'write',
  idempotent: true,
  schema: z
    .object({
      cluster: clusterArg,
      namespace: namespaceArg,
      name: nameArg,
    })
    .strict(),
  async preview(args, ctx) {
    const { api, sim, writeStatus } = await find(ctx.kube, args.namespace, args.name);
    if (isTerminal(sim)) {
      throw new CoxswainError(
        'nothing_to_do',
        'request',
        `Chaos simulation ${args.namespace}/${args.name} is already ${phaseOf(sim)}; there is nothing to stop.`,
      );
    }
    // Server-side dry run of the status write the stop makes (proves the permission, changes nothing).
    await writeStatus(api, sim, { ...sim.status, phase: 'Stopped' }, true);
    return {
      summary: `stop chaos simulation ${args.namespace}/${args.name} (${describeExperiment(args.namespace, sim.spec)}; ${state(sim)})`,
      target: { kind: 'ChaosSimulation', namespace: args.namespace, name: args.name },
      changes: [
        { path: 'status.phase', before: phaseOf(sim), after: 'Stopped' },
        ...(sim.status?.resources ?? []).map((r) => ({
          path: `${r.kind} ${args.namespace}/${r.name}`,
          before: 'exists',
          after: null,
        })),
      ],
      fingerprint: fingerprintOf({ uid: sim.metadata.uid }),
      dryRun: true,
    };
  },
  async execute(args, ctx) {
    const { api, sim, endSimulation } = await find(ctx.kube, args.namespace, args.name);
    if (isTerminal(sim)) {
      return {
        summary: `Chaos simulation ${args.namespace}/${args.name} was already ${phaseOf(sim)}.`,
        data: { phase: phaseOf(sim) },
      };
    }
    const who = ctx.requestedBy ? ` by ${ctx.requestedBy}` : '';
    const ended = await endSimulation(api, sim, 'Stopped', `Stopped${who} before its end.`);
    const removed = (sim.status?.resources ?? []).map((r) => `${r.kind} ${r.name}`);
    return {
      summary: `Stopped chaos simulation ${args.namespace}/${args.name}${removed.length ? ` and deleted ${removed.join(', ')}` : ''}.`,
      data: { phase: phaseOf(ended), removed },
    };
  },
});
