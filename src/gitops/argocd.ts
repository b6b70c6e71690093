import { CustomObjectsApi } from '@kubernetes/client-node';
import type { KubeCluster } from '../kube/cluster.ts';
import { httpStatus } from '../kube/errors.ts';
import type { WorkloadObject } from '../kube/objects.ts';
import { logger } from '../observability/logger.ts';

/**
 * Argo CD as coxswain reads it: the Applications in the cluster (any namespace) and which one manages a
 * workload. An Application lists what it manages in `status.resources`; the object itself carries Argo CD's
 * tracking annotation (`argocd.argoproj.io/tracking-id: <app>:<group>/<kind>:<namespace>/<name>`) or, on older
 * setups, the `app.kubernetes.io/instance: <app>` label. A cluster without Argo CD (no Application CRD: 404),
 * or one where coxswain may not read Applications (403), simply has no managed workloads.
 */
export interface ArgoApp {
  name: string;
  namespace: string;
  autoSync: boolean;
  selfHeal: boolean;
  syncStatus?: string;
  health?: string;
  resources: { group: string; kind: string; namespace: string; name: string; status?: string }[];
}

export interface WorkloadRef {
  kind: 'Deployment' | 'Rollout';
  namespace: string;
  name: string;
  obj?: WorkloadObject;
}

export const TRACKING_ANNOTATION = 'argocd.argoproj.io/tracking-id';
export const INSTANCE_LABEL = 'app.kubernetes.io/instance';

const GROUP_OF: Record<WorkloadRef['kind'], string> = { Deployment: 'apps', Rollout: 'argoproj.io' };

interface RawApp {
  metadata: { name: string; namespace?: string };
  spec?: { syncPolicy?: { automated?: { selfHeal?: boolean } | null } };
  status?: {
    sync?: { status?: string };
    health?: { status?: string };
    resources?: { group?: string; kind: string; namespace?: string; name: string; status?: string }[];
  };
}

function toApp(a: RawApp): ArgoApp {
  const automated = a.spec?.syncPolicy?.automated;
  return {
    name: a.metadata.name,
    namespace: a.metadata.namespace ?? '',
    autoSync: Boolean(automated),
    selfHeal: automated?.selfHeal === true,
    syncStatus: a.status?.sync?.status,
    health: a.status?.health?.status,
    resources: (a.status?.resources ?? []).map((r) => ({
      group: r.group ?? '',
      kind: r.kind,
      namespace: r.namespace ?? '',
      name: r.name,
      status: r.status,
    })),
  };
}

/** Every Application the cluster serves; none when Argo CD is not installed or not readable. */
export async function listArgoApps(kube: KubeCluster): Promise<ArgoApp[]> {
  try {
    const res = (await kube.apiClient(CustomObjectsApi).listCustomObjectForAllNamespaces({
      group: 'argoproj.io',
      version: 'v1alpha1',
      resourcePlural: 'applications',
    })) as { items?: RawApp[] };
    return (res.items ?? []).map(toApp);
  } catch (err) {
    const status = httpStatus(err);
    if (status !== 404 && status !== 403) {
      // GitOps awareness is advice: a failed read leaves the write as it was, and says so in the log.
      logger.warn({ err: (err as Error).message, cluster: kube.name }, 'could not read Argo CD Applications');
    }
    return [];
  }
}

/** The app named by the object's tracking annotation or instance label, if any. */
function appNamedBy(obj: WorkloadObject | undefined): string | undefined {
  const id = obj?.metadata.annotations?.[TRACKING_ANNOTATION];
  if (typeof id === 'string' && id.includes(':')) return id.slice(0, id.indexOf(':'));
  return obj?.metadata.labels?.[INSTANCE_LABEL];
}

/** The Application that manages this workload: listed in its status, or named by the object's own marks. */
export function managingApp(apps: ArgoApp[], w: WorkloadRef): ArgoApp | undefined {
  const group = GROUP_OF[w.kind];
  const listed = apps.find((a) =>
    a.resources.some((r) => r.group === group && r.kind === w.kind && r.namespace === w.namespace && r.name === w.name),
  );
  if (listed) return listed;
  const named = appNamedBy(w.obj);
  return named ? apps.find((a) => a.name === named) : undefined;
}

/** The sync status of this workload within its app (Synced/OutOfSync), or the app's own when not listed. */
export function resourceSync(app: ArgoApp, w: WorkloadRef): string | undefined {
  const group = GROUP_OF[w.kind];
  return (
    app.resources.find((r) => r.group === group && r.kind === w.kind && r.namespace === w.namespace && r.name === w.name)
      ?.status ?? app.syncStatus
  );
}

/** "api-production (Synced, self-heal)": the managing app in a list row or a description. */
export function appWords(app: ArgoApp, w: WorkloadRef): string {
  const sync = resourceSync(app, w);
  const mode = app.selfHeal ? 'self-heal' : app.autoSync ? 'auto-sync' : 'manual sync';
  return `${app.name} (${[sync, mode].filter(Boolean).join(', ')})`;
}
