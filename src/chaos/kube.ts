import { ApiextensionsV1Api, ApisApi, AppsV1Api, CoordinationV1Api, CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { CoxswainError } from '../core/errors.ts';
import type { KubeCluster } from '../kube/cluster.ts';
import { type CallContext, httpStatus, kubeError } from '../kube/errors.ts';
import { withRetry } from '../kube/retry.ts';
import {
  CHAOS_CRD_NAME,
  CHAOS_GROUP,
  CHAOS_PLURAL,
  CHAOS_VERSION,
  type Simulation,
  SimulationSchema,
  type SimulationStatus,
} from './simulation.ts';

/** The client-node objects the chaos code needs, built once per cluster (and identity). */
export interface ChaosApis {
  clusterName: string;
  custom: CustomObjectsApi;
  core: CoreV1Api;
  apps: AppsV1Api;
  coordination: CoordinationV1Api;
  apis: ApisApi;
  apiext: ApiextensionsV1Api;
  /** The impersonated person, for error sentences. */
  user?: string;
}

/** The chaos code's API objects on the cluster's own connection (same server, credentials, impersonation). */
export function chaosApis(kube: KubeCluster): ChaosApis {
  return {
    clusterName: kube.name,
    custom: kube.apiClient(CustomObjectsApi),
    core: kube.apiClient(CoreV1Api),
    apps: kube.apiClient(AppsV1Api),
    coordination: kube.apiClient(CoordinationV1Api),
    apis: kube.apiClient(ApisApi),
    apiext: kube.apiClient(ApiextensionsV1Api),
    user: kube.identity?.user,
  };
}

/** One Kubernetes call: retried when transient, its failure turned into a sentence. */
export async function call<T>(api: ChaosApis, c: Omit<CallContext, 'user'>, fn: () => Promise<T>): Promise<T> {
  try {
    return await withRetry(`${c.verb} ${c.resource}`, fn);
  } catch (err) {
    throw kubeError(err, { ...c, user: api.user });
  }
}

/** Like `call`, but a 404 is an answer (undefined), not an error. */
export async function callOrMissing<T>(
  api: ChaosApis,
  c: Omit<CallContext, 'user'>,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await withRetry(`${c.verb} ${c.resource}`, fn);
  } catch (err) {
    if (httpStatus(err) === 404) return undefined;
    throw kubeError(err, { ...c, user: api.user });
  }
}

/** API groups the server serves (discovery), e.g. to see whether Chaos Mesh is installed. */
export async function servedGroups(api: ChaosApis): Promise<Set<string>> {
  const list = await call(api, { verb: 'discover', resource: 'API groups' }, () => api.apis.getAPIVersions());
  return new Set((list.groups ?? []).map((g) => g.name));
}

export function notInstalled(cluster: string): CoxswainError {
  return new CoxswainError(
    'unavailable',
    'cluster',
    `The ChaosSimulation resource (${CHAOS_CRD_NAME}) is not installed in cluster ${cluster}. ` +
      'Apply it with `kubectl apply -f deploy/crds/chaossimulation.yaml`, or start the coxswain worker with permission to create CRDs.',
  );
}

export async function requireSimulationCrd(api: ChaosApis): Promise<void> {
  if (!(await servedGroups(api)).has(CHAOS_GROUP)) throw notInstalled(api.clusterName);
}

const sim = { group: CHAOS_GROUP, version: CHAOS_VERSION, plural: CHAOS_PLURAL };

function parseSimulation(o: unknown): Simulation | undefined {
  const r = SimulationSchema.safeParse(o);
  return r.success ? r.data : undefined;
}

export async function getSimulation(api: ChaosApis, namespace: string, name: string): Promise<Simulation | undefined> {
  const o = await callOrMissing(api, { verb: 'get', resource: 'chaossimulation', namespace, name }, () =>
    api.custom.getNamespacedCustomObject({ ...sim, namespace, name }),
  );
  if (o === undefined) return undefined;
  const s = parseSimulation(o);
  if (!s) {
    throw new CoxswainError(
      'invalid_state',
      'cluster',
      `chaossimulation ${namespace}/${name} does not match the ChaosSimulation schema. Look at it with \`kubectl get chaossimulation -n ${namespace} ${name} -o yaml\`.`,
    );
  }
  return s;
}

/** Every simulation (of one namespace, or all); objects that do not parse are skipped, not fatal. */
export async function listSimulations(api: ChaosApis, namespace?: string): Promise<Simulation[]> {
  const c = { verb: 'list', resource: 'chaossimulations', namespace };
  const list = (await call(api, c, () =>
    namespace ? api.custom.listNamespacedCustomObject({ ...sim, namespace }) : api.custom.listClusterCustomObject(sim),
  )) as { items?: unknown[] };
  return (list.items ?? []).map(parseSimulation).filter((s): s is Simulation => s !== undefined);
}

export async function createSimulation(api: ChaosApis, s: Simulation, dryRun: boolean): Promise<Simulation> {
  const { namespace, name } = s.metadata;
  try {
    const o = await withRetry('create chaossimulation', () =>
      api.custom.createNamespacedCustomObject({ ...sim, namespace, body: s, ...(dryRun ? { dryRun: 'All' } : {}) }),
    );
    return parseSimulation(o) ?? s;
  } catch (err) {
    // A 404 on create means the resource type itself is not served.
    if (httpStatus(err) === 404) throw notInstalled(api.clusterName);
    throw kubeError(err, { verb: 'create', resource: 'chaossimulation', namespace, name, user: api.user });
  }
}

/**
 * Writes the status subresource with the object's resourceVersion, so two writers never both win:
 * the loser gets a `conflict` and reads again.
 */
export async function writeStatus(api: ChaosApis, s: Simulation, status: SimulationStatus, dryRun = false): Promise<Simulation> {
  const { namespace, name } = s.metadata;
  const body = { ...s, status };
  const o = await call(api, { verb: 'update the status of', resource: 'chaossimulation', namespace, name }, () =>
    api.custom.replaceNamespacedCustomObjectStatus({ ...sim, namespace, name, body, ...(dryRun ? { dryRun: 'All' } : {}) }),
  );
  return parseSimulation(o) ?? { ...s, status };
}
