import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'list_pods',
  description: 'List pods (of one workload when given) with phase, readiness, restarts, age and node.',
  risk: 'read',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    workload: nameArg.optional().describe('only the pods of this Deployment or Rollout'),
  }).strict(),
  preview: notImplemented('list_pods'),
  execute: notImplemented('list_pods'),
});
