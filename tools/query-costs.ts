import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg } from '../src/catalog/tool.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'query_costs',
  description: 'Cost allocation from OpenCost over a window (today, yesterday, week, lastweek, month, lastmonth, <N>h, <N>d), aggregated by namespace, deployment, controller, pod or cluster.',
  risk: 'read',
  idempotent: true,
  schema: z.object({
    cluster: clusterArg,
    window: z.string().regex(/^(today|yesterday|week|lastweek|month|lastmonth|[1-9][0-9]{0,3}[hd])$/, 'a window like 7d, 24h, today, yesterday, week, lastweek, month or lastmonth').default('7d'),
    aggregate: z.enum(['namespace', 'deployment', 'controller', 'pod', 'cluster']).default('namespace'),
    namespace: namespaceArg.optional().describe('only this namespace'),
    top: z.number().int().min(1).max(50).optional(),
  }).strict(),
  preview: notImplemented('query_costs'),
  execute: notImplemented('query_costs'),
});
