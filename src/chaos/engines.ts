import { CoxswainError } from '../core/errors.ts';
import { podCount } from './blast-radius.ts';
import {
  buildChaosMeshObject,
  CHAOS_MESH_GROUP,
  CHAOS_MESH_PLURALS,
  CHAOS_MESH_VERSION,
  chaosMeshKind,
} from './chaos-mesh-objects.ts';
import { type ChaosApis, callOrMissing } from './kube.ts';
import type { EngineResource, Simulation } from './simulation.ts';
import { type ResolvedTarget, targetPods } from './target.ts';

/**
 * An engine carries a simulation out. `start` either does it (and says what it created and hit) or throws a
 * CoxswainError whose sentence becomes the Failed message; `cleanup` removes what `start` created.
 */
export interface StartResult {
  resources: EngineResource[];
  affectedPods: string[];
  message: string;
}

export interface ChaosEngine {
  name: 'chaos-mesh' | 'native';
  start(sim: Simulation, target: ResolvedTarget, durationSeconds: number): Promise<StartResult>;
  cleanup(sim: Simulation): Promise<void>;
  /** While running: the pods the engine reports it hit so far (undefined when it reports nothing new). */
  observe(sim: Simulation): Promise<string[] | undefined>;
}

interface ChaosMeshStatus {
  status?: { experiment?: { containerRecords?: { id?: string }[] } };
}

/** Chaos Mesh records each injection as `namespace/pod[/container]`; the pod is the second part. */
function podsOfRecords(o: ChaosMeshStatus): string[] {
  const pods = (o.status?.experiment?.containerRecords ?? []).map((r) => r.id?.split('/')[1]).filter((p): p is string => !!p);
  return [...new Set(pods)].sort();
}

const gvr = (plural: string) => ({ group: CHAOS_MESH_GROUP, version: CHAOS_MESH_VERSION, plural });

export function chaosMeshEngine(api: ChaosApis): ChaosEngine {
  return {
    name: 'chaos-mesh',
    async start(sim, target, durationSeconds) {
      const body = buildChaosMeshObject(sim, target.labels, durationSeconds);
      const { namespace, name } = body.metadata;
      const plural = CHAOS_MESH_PLURALS[body.kind];
      const created = await callOrMissing(api, { verb: 'create', resource: plural, namespace, name }, () =>
        api.custom.createNamespacedCustomObject({ ...gvr(plural), namespace, body }),
      );
      if (created === undefined) {
        throw new CoxswainError(
          'unavailable',
          'cluster',
          `Chaos Mesh in cluster ${api.clusterName} does not serve ${body.kind}. Check its installation (kubectl get crd ${plural}.${CHAOS_MESH_GROUP}) and launch again.`,
        );
      }
      return {
        resources: [{ apiVersion: body.apiVersion, kind: body.kind, name }],
        affectedPods: [],
        message: `Chaos Mesh ${body.kind} ${name} created.`,
      };
    },
    // What start creates is fully determined by the simulation (its kind and name), so cleanup never depends
    // on a status write that may have lost a race.
    async cleanup(sim) {
      const plural = CHAOS_MESH_PLURALS[chaosMeshKind(sim.spec.experiment.type)];
      const { namespace, name } = sim.metadata;
      await callOrMissing(api, { verb: 'delete', resource: plural, namespace, name }, () =>
        api.custom.deleteNamespacedCustomObject({ ...gvr(plural), namespace, name }),
      );
    },
    async observe(sim) {
      const plural = CHAOS_MESH_PLURALS[chaosMeshKind(sim.spec.experiment.type)];
      const { namespace, name } = sim.metadata;
      const o = await callOrMissing(api, { verb: 'get', resource: plural, namespace, name }, () =>
        api.custom.getNamespacedCustomObject({ ...gvr(plural), namespace, name }),
      );
      const pods = o ? podsOfRecords(o as ChaosMeshStatus) : [];
      const known = sim.status?.affectedPods ?? [];
      return pods.length && pods.join() !== known.join() ? pods : undefined;
    },
  };
}

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Without Chaos Mesh, only what the Kubernetes API itself can do: delete pods (their controller replaces them).
 * pod-failure becomes a kill, since making a pod fail in place needs Chaos Mesh's container tricks.
 */
export function nativeEngine(api: ChaosApis): ChaosEngine {
  return {
    name: 'native',
    async start(sim, target) {
      const { type } = sim.spec.experiment;
      if (type !== 'pod-kill' && type !== 'pod-failure') {
        throw new CoxswainError(
          'invalid_state',
          'cluster',
          `${type} needs Chaos Mesh, which is not installed in cluster ${api.clusterName}; without it coxswain can only kill pods (pod-kill, pod-failure). Install Chaos Mesh (https://chaos-mesh.org) and launch it again.`,
        );
      }
      const namespace = sim.metadata.namespace;
      const pods = await targetPods(api, namespace, target.labels);
      if (pods.length === 0) {
        throw new CoxswainError(
          'invalid_state',
          'cluster',
          `No running pods match ${Object.entries(target.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')} in ${namespace}, so there is nothing to kill. Check the workload with list_pods.`,
        );
      }
      const victims = shuffle(pods)
        .slice(0, podCount(sim.spec.level, pods.length))
        .map((p) => p.metadata?.name ?? '');
      for (const name of victims) {
        await callOrMissing(api, { verb: 'delete', resource: 'pod', namespace, name }, () =>
          api.core.deleteNamespacedPod({ namespace, name }),
        );
      }
      const asFailure = type === 'pod-failure' ? ' (pod-failure runs as a kill without Chaos Mesh)' : '';
      return {
        resources: [],
        affectedPods: victims,
        message: `Killed ${victims.length} of ${pods.length} pods${asFailure}: ${victims.join(', ')}.`,
      };
    },
    // Deleted pods are replaced by their controllers; nothing is left to undo, and start recorded every pod.
    async cleanup() {},
    async observe() {
      return undefined;
    },
  };
}
