import { blastRadius } from './blast-radius.ts';
import type { ChaosExperiment } from './experiments.ts';
import { CHAOS_API_VERSION, CHAOS_KIND, SIMULATION_LABEL, type Simulation } from './simulation.ts';

/**
 * Pure builders of the Chaos Mesh objects (chaos-mesh.org/v1alpha1) a ChaosSimulation becomes, with the
 * upstream field names. Values Chaos Mesh takes as strings (value, duration, latency, loss) are strings.
 */
export const CHAOS_MESH_GROUP = 'chaos-mesh.org';
export const CHAOS_MESH_VERSION = 'v1alpha1';
const CHAOS_MESH_API_VERSION = `${CHAOS_MESH_GROUP}/${CHAOS_MESH_VERSION}`;

export type ChaosMeshKind = 'PodChaos' | 'NetworkChaos' | 'StressChaos';
export const CHAOS_MESH_PLURALS: Record<ChaosMeshKind, string> = {
  PodChaos: 'podchaos',
  NetworkChaos: 'networkchaos',
  StressChaos: 'stresschaos',
};

/** Used when the request named no value; stated in docs/chaos.md. */
export const DEFAULT_LATENCY_MS = 200;
export const DEFAULT_LOSS_PERCENT = 25;
/** Stressors: one worker at 80% of a CPU; one worker holding 256MB. Fixed so a level never means "more load". */
const CPU_STRESSOR = { workers: 1, load: 80 };
const MEMORY_STRESSOR = { workers: 1, size: '256MB' };

export function chaosMeshKind(type: ChaosExperiment): ChaosMeshKind {
  if (type === 'pod-kill' || type === 'pod-failure') return 'PodChaos';
  if (type === 'cpu-stress' || type === 'memory-stress') return 'StressChaos';
  return 'NetworkChaos';
}

export interface ChaosMeshObject {
  apiVersion: string;
  kind: ChaosMeshKind;
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    ownerReferences: {
      apiVersion: string;
      kind: string;
      name: string;
      uid: string;
      controller: boolean;
      blockOwnerDeletion: boolean;
    }[];
  };
  spec: Record<string, unknown>;
}

/**
 * `labelSelectors` are the target's pod labels (a workload's matchLabels, resolved by the engine).
 * `durationSeconds` is what is left of the simulation, so a late start never outlives `endsAt`.
 */
export function buildChaosMeshObject(
  sim: Simulation,
  labelSelectors: Record<string, string>,
  durationSeconds: number,
): ChaosMeshObject {
  const { type } = sim.spec.experiment;
  const ns = sim.metadata.namespace;
  const radius = blastRadius(sim.spec.level);
  const selector = { namespaces: [ns], labelSelectors };
  const common = {
    mode: radius.mode,
    ...(radius.value ? { value: radius.value } : {}),
    selector,
    duration: `${durationSeconds}s`,
  };
  const kind = chaosMeshKind(type);
  return {
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    metadata: {
      name: sim.metadata.name,
      namespace: ns,
      labels: { [SIMULATION_LABEL]: sim.metadata.name, 'app.kubernetes.io/managed-by': 'coxswain' },
      ownerReferences: [
        {
          apiVersion: CHAOS_API_VERSION,
          kind: CHAOS_KIND,
          name: sim.metadata.name,
          uid: sim.metadata.uid ?? '',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: { ...actionFields(sim, ns), ...common },
  };
}

function actionFields(sim: Simulation, ns: string): Record<string, unknown> {
  const e = sim.spec.experiment;
  switch (e.type) {
    case 'pod-kill':
      return { action: 'pod-kill' };
    case 'pod-failure':
      return { action: 'pod-failure' };
    case 'network-delay':
      return { action: 'delay', delay: { latency: `${e.latencyMs ?? DEFAULT_LATENCY_MS}ms` } };
    case 'network-loss':
      return { action: 'loss', loss: { loss: String(e.lossPercent ?? DEFAULT_LOSS_PERCENT) } };
    case 'network-partition':
      // Cut the chosen pods off from every other pod of their namespace, both ways.
      return { action: 'partition', direction: 'both', target: { mode: 'all', selector: { namespaces: [ns] } } };
    case 'cpu-stress':
      return { stressors: { cpu: { ...CPU_STRESSOR } } };
    case 'memory-stress':
      return { stressors: { memory: { ...MEMORY_STRESSOR } } };
  }
}
