import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'scale',
  description: 'Set the replica count of a Deployment or Argo Rollout through its scale subresource.',
  risk: 'write',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
    replicas: z.number().int().min(0).max(1000),
  }).strict(),
  preview: notImplemented('scale'),
  execute: notImplemented('scale'),
});
