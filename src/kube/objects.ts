/**
 * Plain-JSON shapes of the Kubernetes objects the tools read: only the fields coxswain touches. Typed API
 * results are turned into plain JSON at the edge (see KubeCluster) so Deployments and Rollouts look alike.
 */
export interface OwnerReference {
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  generation?: number;
  resourceVersion?: string;
  creationTimestamp?: string;
  ownerReferences?: OwnerReference[];
}

export interface Container {
  name: string;
  image?: string;
  ports?: { containerPort: number }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}

export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers: Container[]; [k: string]: unknown };
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

/** A Deployment or an Argo Rollout (their shared fields plus the Rollout's own). */
export interface WorkloadObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    paused?: boolean;
    selector?: LabelSelector;
    template?: PodTemplate;
    restartAt?: string;
    strategy?: {
      canary?: { steps?: Record<string, unknown>[] };
      blueGreen?: { autoPromotionEnabled?: boolean; activeService?: string; previewService?: string };
      type?: string;
    };
    [k: string]: unknown;
  };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    observedGeneration?: number | string;
    conditions?: Condition[];
    phase?: string;
    message?: string;
    currentStepIndex?: number;
    currentPodHash?: string;
    stableRS?: string;
    pauseConditions?: { reason: string; startTime?: string }[] | null;
    abort?: boolean;
    promoteFull?: boolean;
    canary?: { weights?: { canary?: { weight?: number }; stable?: { weight?: number } } };
    [k: string]: unknown;
  };
}

export interface ReplicaSetObject {
  metadata: ObjectMeta;
  spec: { replicas?: number; selector?: LabelSelector; template?: PodTemplate };
  status?: { replicas?: number; readyReplicas?: number };
}

export interface PodObject {
  metadata: ObjectMeta;
  spec?: { nodeName?: string; containers?: Container[] };
  status?: {
    phase?: string;
    startTime?: string;
    containerStatuses?: { name: string; ready?: boolean; restartCount?: number; image?: string }[];
  };
}

export interface EventObject {
  metadata: ObjectMeta;
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
  involvedObject?: { kind?: string; name?: string };
}

export type WorkloadKind = 'Deployment' | 'Rollout';

export interface Workload {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  obj: WorkloadObject;
}

export function selectorString(sel: LabelSelector | undefined): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) {
    const values = (e.values ?? []).join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

export function containersOf(w: WorkloadObject | PodTemplate | undefined): Container[] {
  const template = (w as WorkloadObject)?.spec?.template ?? (w as PodTemplate);
  return template?.spec?.containers ?? [];
}

export function imagesOf(w: WorkloadObject): string[] {
  return containersOf(w).map((c) => c.image ?? '');
}

export function kindWord(kind: WorkloadKind): string {
  return kind === 'Deployment' ? 'deployment' : 'rollout';
}

export function ref(w: { namespace: string; name: string }): string {
  return `${w.namespace}/${w.name}`;
}
