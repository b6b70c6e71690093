import { z } from 'zod';
import { defineTool, workloadRefSchema } from '../src/catalog/tool.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { fingerprint, planned, type WritePlan, what } from '../src/kube/write.ts';

const schema = workloadRefSchema.extend({
  replicas: z.number().int().min(0).max(1000),
});

/** Merge patch on the scale subresource, as `kubectl scale` sends it; scaling to N twice leaves N. */
async function plan(args: z.infer<typeof schema>, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  const current = w.obj.spec.replicas ?? 1;
  return {
    target: w,
    steps: [{ type: 'merge', subresource: 'scale', body: { spec: { replicas: args.replicas } } }],
    view: (o) => ({ 'spec.replicas': o.spec.replicas }),
    action: `scale ${what(w)} from ${current} to ${args.replicas} replicas`,
    fingerprint: fingerprint({ tool: 'scale', kind: w.kind, replicas: current, generation: w.obj.metadata.generation }),
    already: current === args.replicas ? `${what(w)} already has ${current} replicas; nothing to change.` : undefined,
  };
}

export default defineTool({
  name: 'scale',
  description: 'Set the replica count of a Deployment or Argo Rollout through its scale subresource.',
  risk: 'write',
  idempotent: true,
  schema,
  ...planned(plan),
});
