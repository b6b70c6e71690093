import { defineTool, type ToolContext, type WorkloadRef, workloadRefSchema } from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import { closestNames, orList } from '../src/kube/names.ts';
import type { PodObject } from '../src/kube/objects.ts';
import { fingerprint } from '../src/kube/write.ts';

/** One pod by its own name; a workload's name is refused, since deleting "web" would read as deleting the app. */
async function findPod(args: WorkloadRef, ctx: ToolContext): Promise<PodObject> {
  const pod = await ctx.kube.getPod(args.namespace, args.name);
  if (pod) return pod;
  const w = await ctx.kube.findWorkload(args.namespace, args.name);
  if (w) {
    throw new CoxswainError(
      'wrong_kind',
      'request',
      `${args.namespace}/${args.name} is a ${w.kind}, not a pod; delete_pod deletes one pod by its own name. List its pods with list_pods (workload ${args.name}) and pick one.`,
    );
  }
  const pods = await ctx.kube.listPods(args.namespace);
  const close = closestNames(
    args.name,
    args.namespace,
    pods.items.map((p) => `${args.namespace}/${p.metadata.name}`),
  );
  throw new CoxswainError(
    'not_found',
    'request',
    `No pod ${args.namespace}/${args.name}${close.length ? ` — did you mean ${orList(close)}?` : '. List the pods with list_pods.'}`,
  );
}

export default defineTool({
  name: 'delete_pod',
  description: 'Delete one pod; its controller replaces it.',
  risk: 'destructive',
  idempotent: false,
  schema: workloadRefSchema,
  async preview(args: WorkloadRef, ctx: ToolContext) {
    const pod = await findPod(args, ctx);
    await ctx.kube.deletePod(args.namespace, args.name, true);
    return {
      summary: `Would delete pod ${args.namespace}/${args.name} (its controller starts a replacement)`,
      target: { kind: 'Pod', namespace: args.namespace, name: args.name },
      changes: [{ path: 'pod', before: `${args.namespace}/${args.name}`, after: null }],
      fingerprint: fingerprint({ tool: 'delete_pod', uid: pod.metadata.uid ?? null }),
      dryRun: true,
    };
  },
  async execute(args: WorkloadRef, ctx: ToolContext) {
    await findPod(args, ctx);
    await ctx.kube.deletePod(args.namespace, args.name, false);
    return {
      summary: `Deleted pod ${args.namespace}/${args.name}; its controller starts a replacement.`,
      data: { deleted: `${args.namespace}/${args.name}` },
    };
  },
});
