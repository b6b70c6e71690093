import { z } from 'zod';
import { clusterArg, defineTool, namespaceArg, type ToolContext } from '../src/catalog/tool.ts';
import { andMore, capRows, workloadRow } from '../src/kube/rows.ts';
import { readPreview } from '../src/kube/write.ts';

const schema = z
  .object({
    cluster: clusterArg,
    namespace: namespaceArg.optional(),
  })
  .strict();
type Args = z.infer<typeof schema>;

export default defineTool({
  name: 'list_workloads',
  description:
    'List Deployments and Argo Rollouts with ready/desired replicas, image and phase (all namespaces when namespace is omitted).',
  risk: 'read',
  idempotent: true,
  schema,
  async preview(args: Args) {
    return readPreview(`List the workloads ${args.namespace ? `in ${args.namespace}` : 'in every namespace'}`, args);
  },
  async execute(args: Args, ctx: ToolContext) {
    const listed = await ctx.kube.listWorkloads(args.namespace);
    const { rows, more } = capRows(listed.items.map(workloadRow));
    const where = args.namespace ? `in ${args.namespace}` : 'in all namespaces';
    return {
      summary: `${listed.items.length} workload${listed.items.length === 1 ? '' : 's'} ${where}${andMore(more, listed.truncated)}.`,
      data: { rows, more, truncated: listed.truncated },
    };
  },
});
