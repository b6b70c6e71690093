import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'promote_rollout',
  description: 'Promote an Argo Rollout to its next step, or all the way with full=true (kubectl argo rollouts promote semantics).',
  risk: 'write',
  idempotent: false,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
    full: z.boolean().default(false),
  }).strict(),
  preview: notImplemented('promote_rollout'),
  execute: notImplemented('promote_rollout'),
});
