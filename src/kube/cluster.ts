import {
  AppsV1Api,
  type Configuration,
  type ConfigurationOptions,
  CoreV1Api,
  CustomObjectsApi,
  createConfiguration,
  type KubeConfig,
  PatchStrategy,
  ServerConfiguration,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { CoxswainError } from '../core/errors.ts';
import type { Inventory } from '../planner/plan.ts';
import { type CallContext, httpStatus, kubeError } from './errors.ts';
import { DispatcherPool, type Identity, kubeHttpLibrary } from './http.ts';
import { inventoryOf } from './inventory.ts';
import { closestNames, orList } from './names.ts';
import {
  type EventObject,
  kindWord,
  type PodObject,
  type ReplicaSetObject,
  type Workload,
  type WorkloadKind,
  type WorkloadObject,
} from './objects.ts';
import { DEFAULT_RETRY, type RetryOptions, withRetry } from './retry.ts';
import { LOG_MAX_BYTES } from './rows.ts';

export type PatchType = 'merge' | 'strategic' | 'json';
export type Subresource = 'scale' | 'status';

const CONTENT_TYPES: Record<PatchType, string> = {
  merge: PatchStrategy.MergePatch,
  strategic: PatchStrategy.StrategicMergePatch,
  json: PatchStrategy.JsonPatch,
};

const ROLLOUTS = { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' } as const;
const PAGE = 100;
/** Pages read before a list stops (pageSize × MAX_PAGES objects). */
const MAX_PAGES = 20;

export interface KubeClusterOptions {
  name: string;
  kubeConfig: KubeConfig;
  identity?: Identity;
  opencostUrl: string;
  /** Resource requests of a new Deployment's container (create_deployment). */
  defaultRequests?: Record<string, string>;
  retry?: RetryOptions;
  timeoutMs?: number;
  /** Objects per list request (`limit`); the rest follows `continue` tokens. */
  pageSize?: number;
  /** Shared by every identity's view of the same cluster (see `as`). */
  pool?: DispatcherPool;
}

export interface Listed<T> {
  items: T[];
  /** True when the server had more than was read (pagination stopped at the cap). */
  truncated: boolean;
}

/** JSON in, JSON out: typed client results become the plain wire shape (dates as strings). */
function plain<T>(x: unknown): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** One configured cluster, seen as one person (or as coxswain itself): every Kubernetes call the tools make. */
export class KubeCluster {
  readonly name: string;
  readonly opencostUrl: string;
  readonly identity?: Identity;
  readonly defaultRequests: Record<string, string>;
  private readonly apps: AppsV1Api;
  private readonly core: CoreV1Api;
  private readonly custom: CustomObjectsApi;
  private readonly retry: RetryOptions;
  private readonly timeoutMs: number;
  private readonly pool: DispatcherPool;
  private readonly pageSize: number;
  /** The kubeconfig this cluster was built from (the inventory's watches use it). */
  readonly kubeConfig: KubeConfig;
  private readonly configuration: Configuration;

  constructor(opts: KubeClusterOptions) {
    this.name = opts.name;
    this.opencostUrl = opts.opencostUrl.replace(/\/+$/, '');
    this.identity = opts.identity;
    this.defaultRequests = opts.defaultRequests ?? {};
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.pageSize = opts.pageSize ?? PAGE;
    this.kubeConfig = opts.kubeConfig;
    this.pool = opts.pool ?? new DispatcherPool();
    const server = opts.kubeConfig.getCurrentCluster()?.server;
    if (!server) {
      throw new CoxswainError(
        'config',
        'system',
        `Cluster ${opts.name} has no server URL in its kubeconfig context. Fix the kubeconfig.`,
      );
    }
    this.configuration = createConfiguration({
      baseServer: new ServerConfiguration(server, {}),
      authMethods: { default: opts.kubeConfig },
      httpApi: kubeHttpLibrary({ timeoutMs: this.timeoutMs, identity: opts.identity, pool: this.pool }),
    });
    const config = this.configuration;
    this.apps = new AppsV1Api(config);
    this.core = new CoreV1Api(config);
    this.custom = new CustomObjectsApi(config);
  }

  /** Any client-node API class on this cluster's connection (same server, credentials, impersonation, timeout). */
  apiClient<T>(api: new (configuration: Configuration) => T): T {
    return new api(this.configuration);
  }

  /** The same cluster seen as another person (impersonation headers on every call). */
  as(identity: Identity | undefined): KubeCluster {
    return new KubeCluster({
      name: this.name,
      kubeConfig: this.kubeConfig,
      identity,
      opencostUrl: this.opencostUrl,
      defaultRequests: this.defaultRequests,
      retry: this.retry,
      timeoutMs: this.timeoutMs,
      pageSize: this.pageSize,
      pool: this.pool,
    });
  }

  /** Retries transient failures, then turns whatever is left into a sentence. */
  private async call<T>(ctx: Omit<CallContext, 'user'>, fn: () => Promise<T>): Promise<T> {
    const full = { ...ctx, user: this.identity?.user };
    try {
      return await withRetry(`${ctx.verb} ${ctx.resource}`, fn, this.retry);
    } catch (err) {
      throw kubeError(err, full);
    }
  }

  /** Like call, but a 404 is an answer (undefined), not an error. */
  private async optional<T>(ctx: Omit<CallContext, 'user'>, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await withRetry(`${ctx.verb} ${ctx.resource}`, fn, this.retry);
    } catch (err) {
      if (httpStatus(err) === 404) return undefined;
      throw kubeError(err, { ...ctx, user: this.identity?.user });
    }
  }

  private async paginate<T>(
    ctx: Omit<CallContext, 'user'>,
    page: (cont: string | undefined) => Promise<{ items: unknown[]; metadata?: { _continue?: string; continue?: string } }>,
  ): Promise<Listed<T>> {
    const items: T[] = [];
    let cont: string | undefined;
    for (let i = 0; i < MAX_PAGES; i++) {
      const res = await this.call(ctx, () => page(cont));
      items.push(...plain<T[]>(res.items));
      cont = res.metadata?._continue ?? res.metadata?.continue;
      if (!cont) return { items, truncated: false };
    }
    return { items, truncated: true };
  }

  // ---- workloads

  async getDeployment(namespace: string, name: string): Promise<WorkloadObject | undefined> {
    const d = await this.optional({ verb: 'get', resource: 'deployment', namespace, name }, () =>
      this.apps.readNamespacedDeployment({ namespace, name }),
    );
    return d && { apiVersion: 'apps/v1', kind: 'Deployment', ...plain<WorkloadObject>(d) };
  }

  async getRollout(namespace: string, name: string): Promise<WorkloadObject | undefined> {
    const r = await this.optional({ verb: 'get', resource: 'rollout', namespace, name }, () =>
      this.custom.getNamespacedCustomObject({ ...ROLLOUTS, namespace, name }),
    );
    return r && plain<WorkloadObject>(r);
  }

  /** A name may be a Deployment or an Argo Rollout: both are looked up. */
  async findWorkload(namespace: string, name: string): Promise<Workload | undefined> {
    const [d, r] = await Promise.all([this.getDeployment(namespace, name), this.getRollout(namespace, name)]);
    if (d) return { kind: 'Deployment', namespace, name, obj: d };
    if (r) return { kind: 'Rollout', namespace, name, obj: r };
    return undefined;
  }

  /** The workload, or a not_found error naming the closest existing workloads. */
  async getWorkload(namespace: string, name: string): Promise<Workload> {
    const w = await this.findWorkload(namespace, name);
    if (w) return w;
    const all = await this.listWorkloads().catch(() => ({ items: [] as Workload[], truncated: false }));
    const suggestions = closestNames(
      name,
      namespace,
      all.items.map((x) => `${x.namespace}/${x.name}`),
    );
    const hint = suggestions.length
      ? ` — did you mean ${orList(suggestions)}?`
      : `. Run list_workloads${all.items.some((x) => x.namespace === namespace) ? ` in ${namespace}` : ''} to see what exists.`;
    throw new CoxswainError(
      'not_found',
      'request',
      `No Deployment or Rollout ${namespace}/${name} in cluster ${this.name}${hint}`,
    );
  }

  async listWorkloads(namespace?: string): Promise<Listed<Workload>> {
    const ctx = { verb: 'list', resource: 'deployments', namespace };
    const deployments = this.paginate<WorkloadObject>(ctx, (cont) =>
      namespace
        ? this.apps.listNamespacedDeployment({ namespace, limit: this.pageSize, _continue: cont })
        : this.apps.listDeploymentForAllNamespaces({ limit: this.pageSize, _continue: cont }),
    );
    // A cluster without Argo Rollouts answers 404 for the group: no Rollouts, not an error.
    const rollouts = this.paginate<WorkloadObject>(
      { ...ctx, resource: 'rollouts' },
      (cont) =>
        (namespace
          ? this.custom.listNamespacedCustomObject({ ...ROLLOUTS, namespace, limit: this.pageSize, _continue: cont })
          : this.custom.listCustomObjectForAllNamespaces({
              group: ROLLOUTS.group,
              version: ROLLOUTS.version,
              resourcePlural: ROLLOUTS.plural,
              limit: this.pageSize,
              _continue: cont,
            })) as Promise<{ items: unknown[] }>,
    ).catch((err: unknown) => {
      if (err instanceof CoxswainError && err.code === 'not_found') return { items: [], truncated: false };
      throw err;
    });
    const [d, r] = await Promise.all([deployments, rollouts]);
    const wrap =
      (kind: WorkloadKind) =>
      (obj: WorkloadObject): Workload => ({
        kind,
        namespace: obj.metadata.namespace ?? namespace ?? '',
        name: obj.metadata.name,
        obj,
      });
    const items = [...d.items.map(wrap('Deployment')), ...r.items.map(wrap('Rollout'))].sort(
      (a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
    );
    return { items, truncated: d.truncated || r.truncated };
  }

  /**
   * Patch a workload (or its scale/status subresource) with an explicit patch type. `dryRun` runs the
   * server-side dry run of exactly the same call. Returns the object (or Scale) the server answered.
   */
  async patchWorkload(
    w: { kind: WorkloadKind; namespace: string; name: string },
    patch: { type: PatchType; body: unknown; subresource?: Subresource },
    dryRun: boolean,
  ): Promise<WorkloadObject> {
    const { namespace, name } = w;
    const options: ConfigurationOptions = setHeaderOptions('Content-Type', CONTENT_TYPES[patch.type]);
    const params = { namespace, name, body: patch.body, dryRun: dryRun ? 'All' : undefined };
    const resource = `${kindWord(w.kind)}${patch.subresource ? `/${patch.subresource}` : ''}`;
    const res = await this.call({ verb: dryRun ? 'dry-run patch' : 'patch', resource, namespace, name }, () => {
      if (w.kind === 'Deployment') {
        if (patch.subresource === 'scale') return this.apps.patchNamespacedDeploymentScale(params, options);
        if (patch.subresource === 'status') return this.apps.patchNamespacedDeploymentStatus(params, options);
        return this.apps.patchNamespacedDeployment(params, options);
      }
      const p = { ...ROLLOUTS, ...params };
      if (patch.subresource === 'scale') return this.custom.patchNamespacedCustomObjectScale(p, options);
      if (patch.subresource === 'status') return this.custom.patchNamespacedCustomObjectStatus(p, options);
      return this.custom.patchNamespacedCustomObject(p, options);
    });
    return plain<WorkloadObject>(res);
  }

  async createDeployment(namespace: string, body: WorkloadObject, dryRun: boolean): Promise<WorkloadObject> {
    const res = await this.call(
      { verb: dryRun ? 'dry-run create' : 'create', resource: 'deployment', namespace, name: body.metadata.name },
      () => this.apps.createNamespacedDeployment({ namespace, body: body as never, dryRun: dryRun ? 'All' : undefined }),
    );
    return plain<WorkloadObject>(res);
  }

  // ---- replica sets, pods, events, logs

  async listReplicaSets(namespace: string, selector: string): Promise<ReplicaSetObject[]> {
    const res = await this.paginate<ReplicaSetObject>({ verb: 'list', resource: 'replicasets', namespace }, (cont) =>
      this.apps.listNamespacedReplicaSet({
        namespace,
        labelSelector: selector || undefined,
        limit: this.pageSize,
        _continue: cont,
      }),
    );
    return res.items;
  }

  async listPods(namespace: string | undefined, selector?: string): Promise<Listed<PodObject>> {
    return this.paginate<PodObject>({ verb: 'list', resource: 'pods', namespace }, (cont) =>
      namespace
        ? this.core.listNamespacedPod({ namespace, labelSelector: selector || undefined, limit: this.pageSize, _continue: cont })
        : this.core.listPodForAllNamespaces({ labelSelector: selector || undefined, limit: this.pageSize, _continue: cont }),
    );
  }

  async getPod(namespace: string, name: string): Promise<PodObject | undefined> {
    const p = await this.optional({ verb: 'get', resource: 'pod', namespace, name }, () =>
      this.core.readNamespacedPod({ namespace, name }),
    );
    return p && plain<PodObject>(p);
  }

  async deletePod(namespace: string, name: string, dryRun: boolean): Promise<void> {
    await this.call({ verb: dryRun ? 'dry-run delete' : 'delete', resource: 'pod', namespace, name }, () =>
      this.core.deleteNamespacedPod({ namespace, name, dryRun: dryRun ? 'All' : undefined }),
    );
  }

  /** Events about one object, newest first. */
  async eventsFor(namespace: string, name: string, max = 10): Promise<EventObject[]> {
    const res = await this.call({ verb: 'list', resource: 'events', namespace }, () =>
      this.core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${name}`, limit: PAGE }),
    );
    const when = (e: EventObject) => e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '';
    return plain<EventObject[]>(res.items)
      .sort((a, b) => when(b).localeCompare(when(a)))
      .slice(0, max);
  }

  /** Recent log lines, capped in lines (by the server) and bytes (limitBytes, then trimmed to whole lines). */
  async podLog(
    namespace: string,
    pod: string,
    opts: { tailLines: number; sinceSeconds?: number; container?: string },
  ): Promise<string> {
    const text = await this.call({ verb: 'read logs of', resource: 'pod', namespace, name: pod }, () =>
      this.core.readNamespacedPodLog({
        namespace,
        name: pod,
        container: opts.container,
        tailLines: opts.tailLines,
        sinceSeconds: opts.sinceSeconds,
        limitBytes: LOG_MAX_BYTES,
      }),
    );
    return String(text ?? '');
  }

  // ---- namespaces, inventory, OpenCost

  async listNamespaces(): Promise<string[]> {
    const res = await this.paginate<{ metadata: { name: string } }>({ verb: 'list', resource: 'namespaces' }, (cont) =>
      this.core.listNamespace({ limit: this.pageSize, _continue: cont }),
    );
    return res.items.map((n) => n.metadata.name).sort();
  }

  async namespaceLabels(namespace: string): Promise<Record<string, string>> {
    const ns = await this.call({ verb: 'get', resource: 'namespace', name: namespace }, () =>
      this.core.readNamespace({ name: namespace }),
    );
    return plain<{ metadata: { labels?: Record<string, string> } }>(ns).metadata.labels ?? {};
  }

  /** What the planner needs to resolve names: namespaces, workloads with replicas/images, pods. */
  async inventory(): Promise<Inventory> {
    return inventoryOf(this);
  }

  /** GET on OpenCost's API with the same retries; the answer is parsed JSON. */
  async opencost(path: string, query: Record<string, string>): Promise<unknown> {
    const url = `${this.opencostUrl}${path}?${new URLSearchParams(query)}`;
    try {
      return await withRetry(
        'opencost',
        async () => {
          const res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
          if (!res.ok) throw Object.assign(new Error(`OpenCost answered HTTP ${res.status}`), { status: res.status });
          return res.json();
        },
        this.retry,
      );
    } catch (err) {
      const status = (err as { status?: number }).status;
      throw new CoxswainError(
        'unavailable',
        'cluster',
        `OpenCost at ${this.opencostUrl} did not answer the cost query (${status ? `HTTP ${status}` : (err as Error).message}). Check OPENCOST_URL and that OpenCost runs.`,
        { transient: status === undefined || status === 429 || status >= 500, cause: err },
      );
    }
  }
}
