import { z } from 'zod';
import { clusterArg, defineTool, nameArg, namespaceArg, type ToolContext } from '../src/catalog/tool.ts';
import { selectorString } from '../src/kube/objects.ts';
import { andMore, capRows, podRow } from '../src/kube/rows.ts';
import { readPreview } from '../src/kube/write.ts';

const schema = z
  .object({
    cluster: clusterArg,
    namespace: namespaceArg,
    workload: nameArg.optional().describe('only the pods of this Deployment or Rollout'),
  })
  .strict();
type Args = z.infer<typeof schema>;

export default defineTool({
  name: 'list_pods',
  description: 'List pods (of one workload when given) with phase, readiness, restarts, age and node.',
  risk: 'read',
  idempotent: true,
  schema,
  async preview(args: Args) {
    return readPreview(`List the pods in ${args.namespace}${args.workload ? ` of ${args.workload}` : ''}`, args);
  },
  async execute(args: Args, ctx: ToolContext) {
    const selector = args.workload
      ? selectorString((await ctx.kube.getWorkload(args.namespace, args.workload)).obj.spec.selector)
      : undefined;
    const listed = await ctx.kube.listPods(args.namespace, selector);
    const sorted = listed.items.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    const { rows, more } = capRows(sorted.map(podRow));
    const of = args.workload ? ` of ${args.namespace}/${args.workload}` : ` in ${args.namespace}`;
    return {
      summary: `${sorted.length} pod${sorted.length === 1 ? '' : 's'}${of}${andMore(more, listed.truncated)}.`,
      data: { rows, more, truncated: listed.truncated },
    };
  },
});
