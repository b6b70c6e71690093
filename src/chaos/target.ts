import type { V1Pod } from '@kubernetes/client-node';
import { CoxswainError } from '../core/errors.ts';
import { closestNames, orList } from '../kube/names.ts';
import { type ChaosApis, call, callOrMissing } from './kube.ts';
import type { ChaosTarget } from './simulation.ts';

/**
 * Namespaces chaos never touches, whatever the policy file says: the cluster's own machinery and Chaos Mesh's.
 * The policy adds its own protected namespaces on top; this is the defence that holds when a
 * ChaosSimulation is created by hand with kubectl.
 */
const SYSTEM_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease', 'chaos-mesh', 'chaos-testing'];

export function assertChaosAllowedIn(namespace: string): void {
  if (SYSTEM_NAMESPACES.includes(namespace)) {
    throw new CoxswainError(
      'refused',
      'policy',
      `Chaos experiments never target the system namespace ${namespace}. Pick a workload in an application namespace such as staging.`,
    );
  }
}

export interface ResolvedTarget {
  kind: 'Deployment' | 'Rollout' | 'LabelSelector';
  name: string;
  uid?: string;
  /** The pods' labels to select on (a workload's matchLabels). */
  labels: Record<string, string>;
  replicas?: number;
}

const rollouts = { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' };

interface WorkloadLike {
  metadata?: { name?: string; uid?: string };
  spec?: { replicas?: number; selector?: { matchLabels?: Record<string, string> } };
}

function fromWorkload(kind: 'Deployment' | 'Rollout', o: WorkloadLike, namespace: string): ResolvedTarget {
  const labels = o.spec?.selector?.matchLabels ?? {};
  if (Object.keys(labels).length === 0) {
    throw new CoxswainError(
      'invalid_state',
      'cluster',
      `${kind} ${namespace}/${o.metadata?.name} selects its pods with matchExpressions only; chaos needs matchLabels. Target its pods with a labelSelector instead.`,
    );
  }
  return { kind, name: o.metadata?.name ?? '', uid: o.metadata?.uid, labels, replicas: o.spec?.replicas };
}

/** Rollouts are optional: a cluster without Argo Rollouts answers 404 for the whole resource. */
async function getRollout(api: ChaosApis, namespace: string, name: string): Promise<WorkloadLike | undefined> {
  return (await callOrMissing(api, { verb: 'get', resource: 'rollout', namespace, name }, () =>
    api.custom.getNamespacedCustomObject({ ...rollouts, namespace, name }),
  )) as WorkloadLike | undefined;
}

async function workloadNames(api: ChaosApis, namespace: string): Promise<string[]> {
  const deps = await call(api, { verb: 'list', resource: 'deployments', namespace }, () =>
    api.apps.listNamespacedDeployment({ namespace }),
  );
  const ros = (await callOrMissing(api, { verb: 'list', resource: 'rollouts', namespace }, () =>
    api.custom.listNamespacedCustomObject({ ...rollouts, namespace }),
  )) as { items?: WorkloadLike[] } | undefined;
  return [...deps.items.map((d) => d.metadata?.name), ...(ros?.items ?? []).map((r) => r.metadata?.name)]
    .filter((n): n is string => !!n)
    .map((n) => `${namespace}/${n}`);
}

/** The target's pod labels: a Deployment's or Rollout's matchLabels, or the label selector as given. */
export async function resolveTarget(api: ChaosApis, namespace: string, target: ChaosTarget): Promise<ResolvedTarget> {
  if ('labelSelector' in target) return { kind: 'LabelSelector', name: '', labels: target.labelSelector };
  const name = target.workload;
  const dep = await callOrMissing(api, { verb: 'get', resource: 'deployment', namespace, name }, () =>
    api.apps.readNamespacedDeployment({ namespace, name }),
  );
  if (dep) return fromWorkload('Deployment', dep, namespace);
  const ro = await getRollout(api, namespace, name);
  if (ro) return fromWorkload('Rollout', ro, namespace);
  const near = closestNames(name, namespace, await workloadNames(api, namespace));
  const hint = near.length ? `Did you mean ${orList(near)}?` : `List the workloads of ${namespace} with list_workloads.`;
  throw new CoxswainError(
    'not_found',
    'request',
    `There is no Deployment or Rollout called ${name} in namespace ${namespace}. ${hint}`,
  );
}

function selectorString(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** The target's live pods: not already being deleted, not finished. */
export async function targetPods(api: ChaosApis, namespace: string, labels: Record<string, string>): Promise<V1Pod[]> {
  const list = await call(api, { verb: 'list', resource: 'pods', namespace }, () =>
    api.core.listNamespacedPod({ namespace, labelSelector: selectorString(labels) }),
  );
  return list.items.filter(
    (p) => !p.metadata?.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
  );
}
