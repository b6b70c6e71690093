import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'describe_workload',
  description: 'Describe one Deployment or Argo Rollout: replicas, images, conditions, revision, rollout step, weights, pause reason and recent events.',
  risk: 'read',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
  }).strict(),
  preview: notImplemented('describe_workload'),
  execute: notImplemented('describe_workload'),
});
