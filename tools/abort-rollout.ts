import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'abort_rollout',
  description: "Abort an Argo Rollout's update and go back to the stable version (kubectl argo rollouts abort).",
  risk: 'write',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
  }).strict(),
  preview: notImplemented('abort_rollout'),
  execute: notImplemented('abort_rollout'),
});
