import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { EFFECT_KEY_ANNOTATION } from '../catalog/tool.ts';
import { ChaosExperimentSchema } from './experiments.ts';

/** The ChaosSimulation resource (deploy/crds/chaossimulation.yaml), as zod: the one source of its types. */
export const CHAOS_GROUP = 'chaos.coxswain.dev';
export const CHAOS_VERSION = 'v1alpha1';
export const CHAOS_PLURAL = 'chaossimulations';
export const CHAOS_KIND = 'ChaosSimulation';
export const CHAOS_API_VERSION = `${CHAOS_GROUP}/${CHAOS_VERSION}`;
export const CHAOS_CRD_NAME = `${CHAOS_PLURAL}.${CHAOS_GROUP}`;
/** Label on everything an engine creates, so stop and clean-up find it. */
export const SIMULATION_LABEL = `${CHAOS_GROUP}/simulation`;

export const ChaosTargetSchema = z.union([
  z.object({ workload: z.string().min(1) }).strict(),
  z.object({ labelSelector: z.record(z.string(), z.string()) }).strict(),
]);
export type ChaosTarget = z.infer<typeof ChaosTargetSchema>;

export const SimulationSpecSchema = z.object({
  level: z.number().int().min(1).max(10),
  command: z.string().max(4000).optional(),
  experiment: z.object({
    type: ChaosExperimentSchema,
    target: ChaosTargetSchema,
    durationSeconds: z.number().int().min(1).max(86_400),
    latencyMs: z.number().int().min(1).max(60_000).optional(),
    lossPercent: z.number().int().min(1).max(100).optional(),
  }),
  requestedBy: z.string(),
  approvedBy: z.array(z.string()).optional(),
});
export type SimulationSpec = z.infer<typeof SimulationSpecSchema>;

export const PhaseSchema = z.enum(['Pending', 'Running', 'Finished', 'Failed', 'Stopped']);
export type Phase = z.infer<typeof PhaseSchema>;
const TERMINAL_PHASES: readonly Phase[] = ['Finished', 'Failed', 'Stopped'];

export const EngineResourceSchema = z.object({ apiVersion: z.string(), kind: z.string(), name: z.string() });
export type EngineResource = z.infer<typeof EngineResourceSchema>;

export const SimulationStatusSchema = z.object({
  phase: PhaseSchema.optional(),
  engine: z.enum(['chaos-mesh', 'native']).optional(),
  startedAt: z.string().optional(),
  endsAt: z.string().optional(),
  affectedPods: z.array(z.string()).optional(),
  resources: z.array(EngineResourceSchema).optional(),
  message: z.string().optional(),
});
export type SimulationStatus = z.infer<typeof SimulationStatusSchema>;

export const SimulationSchema = z.object({
  apiVersion: z.literal(CHAOS_API_VERSION),
  kind: z.literal(CHAOS_KIND),
  metadata: z.looseObject({
    name: z.string(),
    namespace: z.string(),
    uid: z.string().optional(),
    resourceVersion: z.string().optional(),
    creationTimestamp: z.union([z.string(), z.date()]).optional(),
    labels: z.record(z.string(), z.string()).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  }),
  spec: SimulationSpecSchema,
  status: SimulationStatusSchema.optional(),
});
export type Simulation = z.infer<typeof SimulationSchema>;

/** A phase that is absent means nobody has picked the simulation up yet. */
export function phaseOf(sim: Simulation): Phase {
  return sim.status?.phase ?? 'Pending';
}

export function isTerminal(sim: Simulation): boolean {
  return TERMINAL_PHASES.includes(phaseOf(sim));
}

/** Seconds until `endsAt` (never negative); undefined before the simulation started. */
export function secondsLeft(sim: Simulation, now: Date): number | undefined {
  if (!sim.status?.endsAt) return undefined;
  return Math.max(0, Math.ceil((Date.parse(sim.status.endsAt) - now.getTime()) / 1000));
}

/**
 * `<target>-<experiment>-<5 chars>`, trimmed so the whole stays a valid 63-character name. The suffix comes from
 * the effect key (the approval or request id) when there is one, so every attempt of one launch names the same
 * simulation and a second create finds the first; random otherwise (dry runs, direct calls).
 */
function simulationName(target: string, experiment: string, effectKey: string | undefined): string {
  const suffix = (effectKey ? createHash('sha256').update(effectKey).digest() : randomBytes(8))
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .padEnd(5, '0')
    .slice(0, 5);
  const stem = `${target}-${experiment}`.slice(0, 63 - 6).replace(/[-.]+$/, '');
  return `${stem}-${suffix}`;
}

export function targetWords(target: ChaosTarget): string {
  return 'workload' in target
    ? target.workload
    : Object.entries(target.labelSelector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}

export interface LaunchArgs {
  namespace: string;
  target: string;
  experiment: z.infer<typeof ChaosExperimentSchema>;
  level: number;
  durationSeconds: number;
  latencyMs?: number;
  lossPercent?: number;
}

/** The object launch_chaos creates: spec from the tool's arguments, people and words from the request. */
export function buildSimulation(
  args: LaunchArgs,
  who: { requestText?: string; requestedBy?: string; approvedBy?: string[]; effect?: { key: string } },
  name = simulationName(args.target, args.experiment, who.effect?.key),
): Simulation {
  return {
    apiVersion: CHAOS_API_VERSION,
    kind: CHAOS_KIND,
    metadata: {
      name,
      namespace: args.namespace,
      ...(who.effect ? { annotations: { [EFFECT_KEY_ANNOTATION]: who.effect.key } } : {}),
      labels: { 'app.kubernetes.io/managed-by': 'coxswain', [`${CHAOS_GROUP}/target`]: args.target.slice(0, 63) },
    },
    spec: {
      level: args.level,
      ...(who.requestText ? { command: who.requestText.slice(0, 4000) } : {}),
      experiment: {
        type: args.experiment,
        target: { workload: args.target },
        durationSeconds: args.durationSeconds,
        // Each value only where its experiment reads it, so the object says exactly what will happen.
        ...(args.experiment === 'network-delay' && args.latencyMs !== undefined ? { latencyMs: args.latencyMs } : {}),
        ...(args.experiment === 'network-loss' && args.lossPercent !== undefined ? { lossPercent: args.lossPercent } : {}),
      },
      requestedBy: who.requestedBy ?? 'unknown',
      approvedBy: who.approvedBy ?? [],
    },
  };
}
