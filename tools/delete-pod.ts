import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'delete_pod',
  description: 'Delete one pod; its controller replaces it.',
  risk: 'destructive',
  idempotent: false,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
  }).strict(),
  preview: notImplemented('delete_pod'),
  execute: notImplemented('delete_pod'),
});
