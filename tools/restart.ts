import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'restart',
  description: 'Rolling restart of a Deployment (restartedAt pod-template annotation) or Argo Rollout (spec.restartAt).',
  risk: 'write',
  idempotent: false,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
  }).strict(),
  preview: notImplemented('restart'),
  execute: notImplemented('restart'),
});
