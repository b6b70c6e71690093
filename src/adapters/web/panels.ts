import type { KubeCluster } from '../../kube/cluster.ts';
import type { Workload } from '../../kube/objects.ts';
import { imagesOf } from '../../kube/objects.ts';
import { phaseOf } from '../../kube/rows.ts';

/** One row of the live workloads panel. */
export interface WorkloadPanelRow {
  namespace: string;
  name: string;
  kind: string;
  desired: number;
  ready: number;
  images: string[];
  phase: string;
  /** Rollouts only: where the canary stands, or the blue-green pause. */
  rollout?: { strategy: 'canary' | 'blueGreen'; step?: string; weight?: number; paused?: string };
}

function rolloutOf(w: Workload): WorkloadPanelRow['rollout'] {
  if (w.kind !== 'Rollout') return undefined;
  const { spec, status = {} } = w.obj;
  const paused = (status.pauseConditions ?? []).map((p) => p.reason).join(', ') || undefined;
  const steps = spec.strategy?.canary?.steps;
  if (!steps) return { strategy: 'blueGreen', paused };
  const index = status.currentStepIndex ?? steps.length;
  const weights = steps.slice(0, index + 1).filter((s) => typeof s.setWeight === 'number');
  const weight = status.canary?.weights?.canary?.weight ?? (weights.at(-1)?.setWeight as number | undefined);
  return { strategy: 'canary', step: `${Math.min(index, steps.length)}/${steps.length}`, weight, paused };
}

export async function workloadRows(kube: KubeCluster): Promise<WorkloadPanelRow[]> {
  const listed = await kube.listWorkloads();
  return listed.items
    .map((w) => ({
      namespace: w.namespace,
      name: w.name,
      kind: w.kind,
      desired: w.obj.spec.replicas ?? 1,
      ready: w.obj.status?.readyReplicas ?? 0,
      images: imagesOf(w.obj),
      phase: phaseOf(w),
      rollout: rolloutOf(w),
    }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}
