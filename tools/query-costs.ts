import { z } from 'zod';
import { clusterArg, defineTool, namespaceArg, type ToolContext } from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import { andMore, capRows } from '../src/kube/rows.ts';
import { readPreview } from '../src/kube/write.ts';

const schema = z
  .object({
    cluster: clusterArg,
    window: z
      .string()
      .regex(
        /^(today|yesterday|week|lastweek|month|lastmonth|[1-9][0-9]{0,3}[hd])$/,
        'a window like 7d, 24h, today, yesterday, week, lastweek, month or lastmonth',
      )
      .default('7d'),
    aggregate: z.enum(['namespace', 'deployment', 'controller', 'pod', 'cluster']).default('namespace'),
    namespace: namespaceArg.optional().describe('only this namespace'),
    top: z.number().int().min(1).max(50).optional(),
  })
  .strict();
type Args = z.infer<typeof schema>;

const AllocationAnswer = z.object({
  code: z.number(),
  message: z.string().optional(),
  data: z
    .array(
      z.record(
        z.string(),
        z
          .object({ name: z.string(), totalCost: z.number(), cpuCost: z.number().optional(), ramCost: z.number().optional() })
          .loose(),
      ),
    )
    .nullable(),
});

const round = (n: number) => Math.round(n * 100) / 100;

export default defineTool({
  name: 'query_costs',
  description:
    'Cost allocation from OpenCost over a window (today, yesterday, week, lastweek, month, lastmonth, <N>h, <N>d), aggregated by namespace, deployment, controller, pod or cluster.',
  risk: 'read',
  idempotent: true,
  schema,
  async preview(args: Args) {
    return readPreview(`Query OpenCost for ${args.window} by ${args.aggregate}`, args);
  },
  async execute(args: Args, ctx: ToolContext) {
    const query: Record<string, string> = { window: args.window, aggregate: args.aggregate, accumulate: 'true' };
    if (args.namespace) query.filter = `namespace:"${args.namespace}"`;
    const parsed = AllocationAnswer.safeParse(await ctx.kube.opencost('/allocation', query));
    if (!parsed.success || parsed.data.code !== 200) {
      const why = parsed.success ? parsed.data.message : 'an answer coxswain could not read';
      throw new CoxswainError(
        'unavailable',
        'cluster',
        `OpenCost did not answer the cost query (${why}). Check that OpenCost runs and try again.`,
      );
    }
    const sets = parsed.data.data ?? [];
    const all = sets
      .flatMap((set) => Object.values(set))
      .filter((a) => a.name !== '__idle__')
      .map((a) => ({
        name: a.name,
        totalCost: round(a.totalCost),
        cpuCost: round(a.cpuCost ?? 0),
        ramCost: round(a.ramCost ?? 0),
      }))
      .sort((a, b) => b.totalCost - a.totalCost || a.name.localeCompare(b.name));
    const total = round(all.reduce((n, r) => n + r.totalCost, 0));
    const { rows, more } = capRows(all, args.top ?? 50);
    const scope = args.namespace ? ` in ${args.namespace}` : '';
    return {
      summary: `Cost over ${args.window} by ${args.aggregate}${scope}: $${total.toFixed(2)} in total across ${all.length} ${args.aggregate}${all.length === 1 ? '' : 's'}${andMore(more)}.`,
      data: { window: args.window, aggregate: args.aggregate, namespace: args.namespace, currency: 'USD', rows, more, total },
    };
  },
});
