import { z } from 'zod';
import { clusterArg, defineTool, namespaceArg } from '../src/catalog/tool.ts';
import { phaseOf, secondsLeft, targetWords } from '../src/chaos/simulation.ts';
import { CoxswainError } from '../src/core/errors.ts';

export default defineTool({
  name: 'list_chaos',
  description: 'List ChaosSimulation experiments with their phase and time left.',
  risk: 'read',
  idempotent: true,
  schema: z
    .object({
      cluster: clusterArg,
      namespace: namespaceArg.optional(),
    })
    .strict(),
  async preview(args) {
    const where = args.namespace ? `in ${args.namespace}` : 'in all namespaces';
    return { summary: `list chaos simulations ${where}`, changes: [], fingerprint: '', dryRun: false };
  },
  async execute(args, ctx) {
    // Loaded on use: the catalog, and so the offline planner, imports every tool, and the chaos cluster code pulls in
    // @kubernetes/client-node (about half a second of start-up).
    const { chaosApis, listSimulations, requireSimulationCrd } = await import('../src/chaos/kube.ts');
    const api = chaosApis(ctx.kube);
    const sims = await listSimulations(api, args.namespace).catch(async (err: unknown) => {
      // A 404 on the list means the resource type is not installed: say that, not "not found".
      if (err instanceof CoxswainError && err.code === 'not_found') await requireSimulationCrd(api);
      throw err;
    });
    const now = new Date();
    const rows = sims.map((s) => ({
      namespace: s.metadata.namespace,
      name: s.metadata.name,
      type: s.spec.experiment.type,
      target: targetWords(s.spec.experiment.target),
      level: s.spec.level,
      phase: phaseOf(s),
      engine: s.status?.engine,
      timeLeftSeconds: phaseOf(s) === 'Running' ? secondsLeft(s, now) : undefined,
      endsAt: s.status?.endsAt,
      affectedPods: s.status?.affectedPods ?? [],
      requestedBy: s.spec.requestedBy,
      message: s.status?.message,
    }));
    const where = args.namespace ? ` in ${args.namespace}` : '';
    if (rows.length === 0) return { summary: `No chaos simulations${where}.`, data: { simulations: [] } };
    const lines = rows.map((r) => {
      const left = r.timeLeftSeconds !== undefined ? `, ${r.timeLeftSeconds}s left` : '';
      return `${r.namespace}/${r.name}: ${r.type} of ${r.target} (level ${r.level}), ${r.phase}${left}`;
    });
    return {
      summary: `${rows.length} chaos simulation${rows.length === 1 ? '' : 's'}${where}:\n${lines.join('\n')}`,
      data: { simulations: rows },
    };
  },
});
