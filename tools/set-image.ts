import type { z } from 'zod';
import { defineTool, imageArg, nameArg, workloadRefSchema } from '../src/catalog/tool.ts';
import { CoxswainError } from '../src/core/errors.ts';
import type { KubeCluster } from '../src/kube/cluster.ts';
import { containersOf } from '../src/kube/objects.ts';
import { fingerprint, imageView, type PatchStep, planned, type WritePlan, what } from '../src/kube/write.ts';

const schema = workloadRefSchema.extend({
  image: imageArg,
  container: nameArg.optional().describe('container name; omitted = the only or first container'),
});

/**
 * A Deployment gets a strategic-merge patch (containers merge by name). A Rollout is a custom resource, where a
 * merge patch would replace the whole container list, so it gets a JSON patch guarded by a test of the name.
 */
async function plan(args: z.infer<typeof schema>, kube: KubeCluster): Promise<WritePlan> {
  const w = await kube.getWorkload(args.namespace, args.name);
  const containers = containersOf(w.obj);
  const index = args.container ? containers.findIndex((c) => c.name === args.container) : 0;
  const container = containers[index];
  if (!container) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      containers.length
        ? `${what(w)} has no container "${args.container}"; its containers are ${containers.map((c) => c.name).join(', ')}. Pick one of those.`
        : `${what(w)} has no containers in its pod template, so there is no image to set.`,
    );
  }
  const path = `/spec/template/spec/containers/${index}`;
  const step: PatchStep =
    w.kind === 'Deployment'
      ? {
          type: 'strategic',
          body: { spec: { template: { spec: { containers: [{ name: container.name, image: args.image }] } } } },
        }
      : {
          type: 'json',
          body: [
            { op: 'test', path: `${path}/name`, value: container.name },
            { op: 'replace', path: `${path}/image`, value: args.image },
          ],
        };
  return {
    target: w,
    steps: [step],
    view: imageView,
    action: `set the image of container ${container.name} of ${what(w)} from ${container.image} to ${args.image}`,
    fingerprint: fingerprint({
      tool: 'set_image',
      kind: w.kind,
      container: container.name,
      image: container.image,
      generation: w.obj.metadata.generation,
    }),
    already:
      container.image === args.image
        ? `Container ${container.name} of ${what(w)} already runs ${args.image}; nothing to change.`
        : undefined,
  };
}

export default defineTool({
  name: 'set_image',
  description: 'Set a new container image on an existing Deployment or Argo Rollout (a Rollout then runs its strategy).',
  risk: 'write',
  idempotent: true,
  schema,
  ...planned(plan),
});
