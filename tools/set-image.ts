import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg, imageArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'set_image',
  description: 'Set a new container image on an existing Deployment or Argo Rollout (a Rollout then runs its strategy).',
  risk: 'write',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
    image: imageArg,
    container: nameArg.optional().describe('container name; omitted = the only or first container'),
  }).strict(),
  preview: notImplemented('set_image'),
  execute: notImplemented('set_image'),
});
