import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'list_workloads',
  description: 'List Deployments and Argo Rollouts with ready/desired replicas, image and phase (all namespaces when namespace is omitted).',
  risk: 'read',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg.optional(),
  }).strict(),
  preview: notImplemented('list_workloads'),
  execute: notImplemented('list_workloads'),
});
