import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'rollback',
  description: 'Roll a Deployment or Argo Rollout back to the previous revision, or to toRevision (kubectl rollout undo semantics).',
  risk: 'write',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
    toRevision: z.number().int().min(1).optional(),
  }).strict(),
  preview: notImplemented('rollback'),
  execute: notImplemented('rollback'),
});
