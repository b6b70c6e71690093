import type { Inventory } from '../planner/plan.ts';
import type { KubeCluster } from './cluster.ts';
import { imagesOf, type PodObject, type Workload } from './objects.ts';

/** The workload a pod belongs to: the one in its namespace whose selector labels the pod carries. */
function ownerFinder(workloads: Workload[]): (p: PodObject) => string | undefined {
  const owners = workloads.map((w) => ({ w, match: Object.entries(w.obj.spec.selector?.matchLabels ?? {}) }));
  return (p) =>
    owners.find(
      ({ w, match }) =>
        w.namespace === p.metadata.namespace && match.length > 0 && match.every(([k, v]) => p.metadata.labels?.[k] === v),
    )?.w.name;
}

/** What the planner needs to resolve names: namespaces, workloads with replicas/images/strategy, pods. */
export async function inventoryOf(kube: KubeCluster): Promise<Inventory> {
  const [namespaces, workloads, pods] = await Promise.all([
    kube.listNamespaces(),
    kube.listWorkloads(),
    kube.listPods(undefined),
  ]);
  const ownerOf = ownerFinder(workloads.items);
  return {
    namespaces,
    workloads: workloads.items.map((w) => ({
      cluster: kube.name,
      namespace: w.namespace,
      kind: w.kind,
      name: w.name,
      replicas: w.obj.spec.replicas ?? 0,
      images: imagesOf(w.obj),
      ...(w.kind === 'Rollout' ? { strategy: w.obj.spec.strategy?.blueGreen ? 'blueGreen' : 'canary' } : {}),
    })),
    pods: pods.items.map((p) => ({ namespace: p.metadata.namespace ?? '', name: p.metadata.name, workload: ownerOf(p) })),
  };
}
