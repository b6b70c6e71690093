import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg, imageArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'create_deployment',
  description: 'Create a new apps/v1 Deployment (labels app=<name>, resource requests from configuration).',
  risk: 'write',
  idempotent: false,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg.max(63),
    image: imageArg,
    replicas: z.number().int().min(0).max(1000).default(1),
    port: z.number().int().min(1).max(65535).optional(),
  }).strict(),
  preview: notImplemented('create_deployment'),
  execute: notImplemented('create_deployment'),
});
