import type { ToolContext } from '../../src/catalog/tool.ts';
import { CHAOS_MESH_GROUP, CHAOS_MESH_PLURALS } from '../../src/chaos/chaos-mesh-objects.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { type ChaosApis, chaosApis } from '../../src/chaos/kube.ts';
import { startChaosReconciler } from '../../src/chaos/reconciler.ts';
import type { ClusterRegistry } from '../../src/kube/clusters.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { startTestCluster } from '../helpers/cluster.ts';

export type { Sandbox };

/** A sandbox cluster reached through the real registry and client-node, with the ChaosSimulation CRD installed. */
export async function chaosSandbox(opts: { chaosMesh?: boolean } = {}) {
  const { sandbox, registry, kube, cleanup, kubeconfigPath } = await startTestCluster();
  const api = chaosApis(kube);
  if (!(await ensureSimulationCrd(api))) throw new Error('the sandbox did not serve the ChaosSimulation CRD');
  if (opts.chaosMesh) await registerChaosMeshCrds(api);
  const ctx = (requestText: string): ToolContext => ({ kube, requestText, requestedBy: 'alice', approvedBy: ['bob'] });
  return { sandbox, registry, kube, api, ctx, cleanup, kubeconfigPath };
}

/** Chaos Mesh's three CRDs as the sandbox needs them to serve the kinds (schema left open, as upstream's is huge). */
export async function registerChaosMeshCrds(api: ChaosApis): Promise<void> {
  for (const [kind, plural] of Object.entries(CHAOS_MESH_PLURALS)) {
    await api.apiext.createCustomResourceDefinition({
      body: {
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: `${plural}.${CHAOS_MESH_GROUP}` },
        spec: {
          group: CHAOS_MESH_GROUP,
          scope: 'Namespaced',
          names: { kind, plural, singular: plural, listKind: `${kind}List` },
          versions: [
            {
              name: 'v1alpha1',
              served: true,
              storage: true,
              subresources: { status: {} },
              schema: { openAPIV3Schema: { type: 'object', x_kubernetes_preserve_unknown_fields: true } },
            },
          ],
        },
      },
    });
  }
}

/** A clock tests move forward instead of sleeping. */
export function testClock(start = Date.now()) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (seconds: number) => {
      t += seconds * 1000;
    },
  };
}

export function manualReconciler(
  registry: ClusterRegistry,
  now: () => Date,
  extra: { identity?: string; leaseName?: string; leaseDurationSeconds?: number } = {},
) {
  return startChaosReconciler({
    registry,
    now,
    autoRun: false,
    leaseNamespace: 'default',
    leaseName: extra.leaseName ?? `chaos-${Math.random().toString(36).slice(2, 8)}`,
    identity: extra.identity,
    leaseDurationSeconds: extra.leaseDurationSeconds,
  });
}
