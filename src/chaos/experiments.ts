import { z } from 'zod';

/** The seven experiment types of tools.md, shared by launch_chaos, the CRD and the engines. */
export const ChaosExperimentSchema = z.enum([
  'pod-kill',
  'pod-failure',
  'network-delay',
  'network-loss',
  'network-partition',
  'cpu-stress',
  'memory-stress',
]);
export type ChaosExperiment = z.infer<typeof ChaosExperimentSchema>;
