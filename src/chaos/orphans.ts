import { CHAOS_MESH_GROUP, CHAOS_MESH_PLURALS, CHAOS_MESH_VERSION } from './chaos-mesh-objects.ts';
import { type ChaosApis, call, callOrMissing } from './kube.ts';
import { isTerminal, SIMULATION_LABEL, type Simulation } from './simulation.ts';

interface Labelled {
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
}

/**
 * Deletes Chaos Mesh objects coxswain created whose simulation is over or gone: what a stop that raced an
 * engine start, or a replica that died mid-way, left behind. (A real cluster's garbage collector also removes
 * them through their ownerReferences once the simulation is deleted; this covers the simulation that stays.)
 */
export async function sweepOrphans(api: ChaosApis, sims: Simulation[]): Promise<void> {
  const live = new Set(sims.filter((s) => !isTerminal(s)).map((s) => `${s.metadata.namespace}/${s.metadata.name}`));
  for (const plural of Object.values(CHAOS_MESH_PLURALS)) {
    const gvr = { group: CHAOS_MESH_GROUP, version: CHAOS_MESH_VERSION, plural };
    const list = (await call(api, { verb: 'list', resource: plural }, () =>
      api.custom.listClusterCustomObject({ ...gvr, labelSelector: SIMULATION_LABEL }),
    )) as { items?: Labelled[] };
    for (const o of list.items ?? []) {
      const namespace = o.metadata?.namespace ?? '';
      const name = o.metadata?.name ?? '';
      if (live.has(`${namespace}/${o.metadata?.labels?.[SIMULATION_LABEL]}`)) continue;
      await callOrMissing(api, { verb: 'delete', resource: plural, namespace, name }, () =>
        api.custom.deleteNamespacedCustomObject({ ...gvr, namespace, name }),
      );
    }
  }
}
