import { z } from 'zod';
import { defineTool, clusterArg, namespaceArg, nameArg } from '../src/catalog/tool.ts';
import { ChaosExperimentSchema } from '../src/chaos/experiments.ts';
import { notImplemented } from '../src/catalog/not-implemented.ts';

export default defineTool({
  name: 'launch_chaos',
  description: 'Start a bounded chaos experiment (a ChaosSimulation) against one workload: pod-kill, pod-failure, network-delay, network-loss, network-partition, cpu-stress or memory-stress.',
  risk: 'destructive',
  idempotent: false,
  schema: z.object({
    cluster: clusterArg,
    namespace: namespaceArg,
    target: nameArg.describe('the workload the experiment targets'),
    experiment: ChaosExperimentSchema,
    level: z.number().int().min(1).max(10).default(1).describe('blast radius 1..10'),
    durationSeconds: z.number().int().min(1).max(24 * 3600).default(60),
    latencyMs: z.number().int().min(1).max(60_000).optional(),
    lossPercent: z.number().int().min(1).max(100).optional(),
  }).strict(),
  preview: notImplemented('launch_chaos'),
  execute: notImplemented('launch_chaos'),
});
