import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'stop_chaos',
  description: 'Stop a ChaosSimulation and remove everything it started.',
  risk: 'write',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
  }).strict(),
  preview: notImplemented('stop_chaos'),
  execute: notImplemented('stop_chaos'),
});
