import { z } from 'zod';
import { clusterArg, defineTool, namespaceArg, type ToolContext } from '../src/catalog/tool.ts';
import { appWords, listArgoApps, managingApp } from '../src/gitops/argocd.ts';
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
    // The Argo CD app managing each workload (none without Argo CD), beside the workloads in one round trip.
    const [listed, apps] = await Promise.all([ctx.kube.listWorkloads(args.namespace), listArgoApps(ctx.kube)]);
    const row = (w: (typeof listed.items)[number]) => {
      const app = managingApp(apps, w);
      return app ? { ...workloadRow(w), gitops: appWords(app, w) } : workloadRow(w);
    };
    const { rows, more } = capRows(listed.items.map(row));
    const where = args.namespace ? `in ${args.namespace}` : 'in all namespaces';
    return {
      summary: `${listed.items.length} workload${listed.items.length === 1 ? '' : 's'} ${where}${andMore(more, listed.truncated)}.`,
      data: { rows, more, truncated: listed.truncated },
    };
  },
});
