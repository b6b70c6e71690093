import { z } from 'zod';
import { clusterArg, defineTool, nameArg, namespaceArg, type ToolContext } from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import { closestNames, orList } from '../src/kube/names.ts';
import { type PodObject, selectorString } from '../src/kube/objects.ts';
import { LOG_MAX_BYTES } from '../src/kube/rows.ts';
import { readPreview } from '../src/kube/write.ts';

const schema = z
  .object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg.describe('workload or pod name'),
    tailLines: z.number().int().min(1).max(500).default(50),
    sinceSeconds: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 3600)
      .optional(),
    container: nameArg.optional(),
  })
  .strict();
type Args = z.infer<typeof schema>;

/** A pod by its name, or one pod of the workload of that name (a running one first, then by name). */
async function pickPod(args: Args, ctx: ToolContext): Promise<{ pod: string; workload?: string }> {
  const pod = await ctx.kube.getPod(args.namespace, args.name);
  if (pod) return { pod: pod.metadata.name };
  const w = await ctx.kube.findWorkload(args.namespace, args.name);
  if (w) {
    const pods = (await ctx.kube.listPods(args.namespace, selectorString(w.obj.spec.selector))).items;
    const rank = (p: PodObject) => (p.status?.phase === 'Running' ? 0 : 1);
    const chosen = pods.sort((a, b) => rank(a) - rank(b) || a.metadata.name.localeCompare(b.metadata.name))[0];
    if (!chosen) {
      throw new CoxswainError(
        'invalid_state',
        'request',
        `${w.kind} ${args.namespace}/${args.name} has no pods, so there are no logs. Check it with describe_workload.`,
      );
    }
    return { pod: chosen.metadata.name, workload: w.name };
  }
  const [pods, workloads] = await Promise.all([ctx.kube.listPods(args.namespace), ctx.kube.listWorkloads(args.namespace)]);
  const names = [...workloads.items.map((x) => x.name), ...pods.items.map((p) => p.metadata.name)].map(
    (n) => `${args.namespace}/${n}`,
  );
  const close = closestNames(args.name, args.namespace, names);
  throw new CoxswainError(
    'not_found',
    'request',
    `No workload or pod ${args.namespace}/${args.name}${close.length ? ` — did you mean ${orList(close)}?` : '. List them with list_workloads or list_pods.'}`,
  );
}

export default defineTool({
  name: 'get_logs',
  description: 'Show recent log lines of a workload or a pod, capped in size.',
  risk: 'read',
  idempotent: true,
  schema,
  async preview(args: Args) {
    return readPreview(`Show the last ${args.tailLines} log lines of ${args.namespace}/${args.name}`, args);
  },
  async execute(args: Args, ctx: ToolContext) {
    const { pod, workload } = await pickPod(args, ctx);
    const text = await ctx.kube.podLog(args.namespace, pod, {
      tailLines: args.tailLines,
      sinceSeconds: args.sinceSeconds,
      container: args.container,
    });
    // limitBytes can cut the last line in half: keep whole lines only.
    const cut = Buffer.byteLength(text) >= LOG_MAX_BYTES;
    const lines = text.split('\n').filter((l, i, all) => l !== '' && !(cut && i === all.length - 1));
    const from = workload ? `pod ${pod} of ${args.namespace}/${workload}` : `pod ${args.namespace}/${pod}`;
    return {
      summary: `${lines.length} log line${lines.length === 1 ? '' : 's'} from ${from}${cut ? ` (cut at ${LOG_MAX_BYTES / 1024} KiB)` : ''}.`,
      data: { pod, container: args.container, lines, truncated: cut },
    };
  },
});
