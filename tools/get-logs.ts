import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'get_logs',
  description: 'Show recent log lines of a workload or a pod, capped in size.',
  risk: 'read',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg.describe('workload or pod name'),
    tailLines: z.number().int().min(1).max(500).default(50),
    sinceSeconds: z.number().int().min(1).max(7 * 24 * 3600).optional(),
    container: nameArg.optional(),
  }).strict(),
  preview: notImplemented('get_logs'),
  execute: notImplemented('get_logs'),
});
