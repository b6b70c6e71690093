import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'list_chaos',
  description: 'List ChaosSimulation experiments with their phase and time left.',
  risk: 'read',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg.optional(),
  }).strict(),
  preview: notImplemented('list_chaos'),
  execute: notImplemented('list_chaos'),
});
