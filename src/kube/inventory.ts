import { AppsV1Api, CoreV1Api, CustomObjectsApi, Watch } from '@kubernetes/client-node';
import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import type { Inventory } from '../planner/plan.ts';
import type { KubeCluster } from './cluster.ts';
import { httpStatus } from './errors.ts';
import { imagesOf, type WorkloadObject } from './objects.ts';

type Workload = Inventory['workloads'][number];
type Pod = { namespace: string; name: string; labels: Record<string, string> };
type Page = { items: unknown[]; metadata?: { resourceVersion?: string; _continue?: string; continue?: string } };

/** One kind the inventory follows: where to watch it, how to list a page, and the little it keeps of each object. */
interface Source<T> {
  path: string;
  list(cont: string | undefined): Promise<Page>;
  reduce(obj: Record<string, unknown>): T;
  /** A 404 means "not installed" (Argo Rollouts): no objects, not an error. */
  optional?: boolean;
}

/** Objects per list page (the rest follows continue tokens). */
const PAGE = 500;
/** Watches end after this (the server closes them); a resumed watch costs one request per kind per period. */
const WATCH_SECONDS = 300;

function sources(
  kube: KubeCluster,
  pageSize: number,
): {
  namespaces: Source<string>;
  deployments: Source<Workload>;
  rollouts: Source<Workload>;
  pods: Source<Pod>;
} {
  const core = kube.apiClient(CoreV1Api);
  const apps = kube.apiClient(AppsV1Api);
  const custom = kube.apiClient(CustomObjectsApi);
  const workload =
    (kind: 'Deployment' | 'Rollout') =>
    (o: Record<string, unknown>): Workload => {
      const w = o as unknown as WorkloadObject;
      return {
        cluster: kube.name,
        namespace: w.metadata.namespace ?? '',
        kind,
        name: w.metadata.name,
        replicas: w.spec.replicas ?? 0,
        images: imagesOf(w),
        ...(kind === 'Rollout' ? { strategy: w.spec.strategy?.blueGreen ? 'blueGreen' : 'canary' } : {}),
        ...(kind === 'Rollout' && w.status?.phase ? { phase: w.status.phase } : {}),
      };
    };
  return {
    namespaces: {
      path: '/api/v1/namespaces',
      list: (cont) => core.listNamespace({ limit: pageSize, _continue: cont }) as Promise<Page>,
      reduce: (o) => (o.metadata as { name: string }).name,
    },
    deployments: {
      path: '/apis/apps/v1/deployments',
      list: (cont) => apps.listDeploymentForAllNamespaces({ limit: pageSize, _continue: cont }) as Promise<Page>,
      reduce: workload('Deployment'),
    },
    rollouts: {
      path: '/apis/argoproj.io/v1alpha1/rollouts',
      list: (cont) =>
        custom.listCustomObjectForAllNamespaces({
          group: 'argoproj.io',
          version: 'v1alpha1',
          resourcePlural: 'rollouts',
          limit: pageSize,
          _continue: cont,
        }) as Promise<Page>,
      reduce: workload('Rollout'),
      optional: true,
    },
    pods: {
      path: '/api/v1/pods',
      list: (cont) => core.listPodForAllNamespaces({ limit: pageSize, _continue: cont }) as Promise<Page>,
      reduce: (o) => {
        const m = o.metadata as { namespace?: string; name: string; labels?: Record<string, string> };
        return { namespace: m.namespace ?? '', name: m.name, labels: m.labels ?? {} };
      },
    },
  };
}

const keyOf = (o: Record<string, unknown>) => {
  const m = o.metadata as { namespace?: string; name: string };
  return `${m.namespace ?? ''}/${m.name}`;
};

/** Every page of a list, however many (no cap: a name past any cap could not be resolved). */
async function listAll<T>(src: Source<T>): Promise<{ items: Map<string, T>; resourceVersion: string }> {
  const items = new Map<string, T>();
  let cont: string | undefined;
  let resourceVersion = '';
  do {
    let page: Page;
    try {
      page = await src.list(cont);
    } catch (err) {
      if (src.optional && httpStatus(err) === 404) return { items, resourceVersion: '' };
      throw err;
    }
    const plain = JSON.parse(JSON.stringify(page)) as Page;
    for (const o of plain.items as Record<string, unknown>[]) items.set(keyOf(o), src.reduce(o));
    resourceVersion = plain.metadata?.resourceVersion ?? resourceVersion;
    cont = plain.metadata?._continue ?? plain.metadata?.continue;
  } while (cont);
  return { items, resourceVersion };
}

/**
 * A list, then a watch resumed from the list's resourceVersion (a Kubernetes reflector): the map follows the
 * cluster at the cost of the changes, not of the cluster's size. A watch that ends is resumed; one that is too
 * old (410) or fails is followed by a new list, after a backoff.
 */
class Reflector<T> {
  items = new Map<string, T>();
  readonly #src: Source<T>;
  readonly #watch: Watch;
  readonly #changed: () => void;
  #rv = '';
  #stopped = false;
  #abort: AbortController | undefined;
  #retry: NodeJS.Timeout | undefined;
  #failures = 0;

  constructor(src: Source<T>, watch: Watch, changed: () => void) {
    this.#src = src;
    this.#watch = watch;
    this.#changed = changed;
  }

  /** Resolves after the first list (rejects when it fails), then keeps watching when `follow`. */
  async start(follow: boolean): Promise<void> {
    await this.#list();
    if (follow) void this.#follow();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#retry);
    this.#abort?.abort();
  }

  async #list(): Promise<void> {
    const { items, resourceVersion } = await listAll(this.#src);
    this.items = items;
    this.#rv = resourceVersion;
    this.#changed();
  }

  #again(relist: boolean): void {
    if (this.#stopped) return;
    const delay = relist ? Math.min(30_000, 500 * 2 ** this.#failures++) : 0;
    this.#retry = setTimeout(async () => {
      try {
        if (relist || !this.#rv) await this.#list();
        void this.#follow();
      } catch (err) {
        logger.warn({ path: this.#src.path, err: (err as Error).message }, 'inventory list failed; retrying');
        this.#again(true);
      }
    }, delay);
    this.#retry.unref();
  }

  async #follow(): Promise<void> {
    if (this.#stopped) return;
    // An optional kind that is not installed is listed again now and then, not watched.
    if (!this.#rv) return this.#again(true);
    let relist = false;
    this.#abort = await this.#watch.watch(
      this.#src.path,
      { resourceVersion: this.#rv, allowWatchBookmarks: true, timeoutSeconds: WATCH_SECONDS },
      (type, obj) => {
        if (type === 'ERROR') {
          relist = true;
          return;
        }
        if (obj?.metadata?.resourceVersion) this.#rv = obj.metadata.resourceVersion;
        if (type === 'BOOKMARK') return;
        if (type === 'DELETED') this.items.delete(keyOf(obj));
        else this.items.set(keyOf(obj), this.#src.reduce(obj));
        this.#failures = 0;
        this.#changed();
      },
      (err) => this.#again(relist || Boolean(err)),
    );
    if (this.#stopped) this.#abort.abort();
  }
}

/** The workload a pod belongs to: among its own namespace's workloads, the one whose selector labels it carries. */
function ownerIndex(workloads: Workload[], selectors: Map<string, [string, string][]>): (p: Pod) => string | undefined {
  const byNamespace = new Map<string, Workload[]>();
  for (const w of workloads) byNamespace.set(w.namespace, [...(byNamespace.get(w.namespace) ?? []), w]);
  return (p) =>
    byNamespace.get(p.namespace)?.find((w) => {
      const match = selectors.get(`${w.namespace}/${w.name}`) ?? [];
      return match.length > 0 && match.every(([k, v]) => p.labels[k] === v);
    })?.name;
}

/**
 * The planner's inventory of one cluster, kept by watches: namespaces, Deployments, Rollouts and pods are listed
 * once and then followed, so an idle bot sends a few watch requests per period whatever the cluster's size, and
 * every name resolves (no list cap). The Inventory is rebuilt only after something changed.
 */
export class InventoryWatch {
  readonly #kube: KubeCluster;
  readonly #follow: boolean;
  readonly #pageSize: number;
  #reflectors: Reflector<unknown>[] = [];
  #selectors = new Map<string, [string, string][]>();
  #starting: Promise<void> | undefined;
  #memo: Inventory | undefined;

  /** `follow: false` lists once and never watches (one-shot commands). */
  constructor(kube: KubeCluster, opts: { follow?: boolean; pageSize?: number } = {}) {
    this.#kube = kube;
    this.#follow = opts.follow ?? true;
    this.#pageSize = opts.pageSize ?? PAGE;
  }

  /** The current inventory; the first call waits for the first lists (and fails as `unavailable` if they fail). */
  async get(): Promise<Inventory> {
    this.#starting ??= this.#start().catch((err: unknown) => {
      this.stop();
      this.#starting = undefined;
      throw new CoxswainError(
        'unavailable',
        'cluster',
        `Could not read the cluster inventory (${(err as Error).message}). Check that the cluster is reachable, then try again.`,
        { transient: true, cause: err },
      );
    });
    await this.#starting;
    this.#memo ??= this.#build();
    return this.#memo;
  }

  stop(): void {
    for (const r of this.#reflectors) r.stop();
    this.#reflectors = [];
  }

  async #start(): Promise<void> {
    const watch = new Watch(this.#kube.kubeConfig);
    // The server ends each watch after WATCH_SECONDS; client-node's default 30 s idle timeout would cut it sooner.
    (watch as unknown as { requestTimeoutMs: number }).requestTimeoutMs = (WATCH_SECONDS + 30) * 1000;
    const s = sources(this.#kube, this.#pageSize);
    const changed = () => {
      this.#memo = undefined;
    };
    // Selectors are kept beside the reduced workloads, for the pod → workload index.
    const withSelector = (src: Source<Workload>): Source<Workload> => ({
      ...src,
      reduce: (o) => {
        const w = src.reduce(o);
        const sel = (o.spec as { selector?: { matchLabels?: Record<string, string> } })?.selector?.matchLabels ?? {};
        this.#selectors.set(`${w.namespace}/${w.name}`, Object.entries(sel));
        return w;
      },
    });
    this.#reflectors = [
      new Reflector(s.namespaces, watch, changed),
      new Reflector(withSelector(s.deployments), watch, changed),
      new Reflector(withSelector(s.rollouts), watch, changed),
      new Reflector(s.pods, watch, changed),
    ];
    await Promise.all(this.#reflectors.map((r) => r.start(this.#follow)));
  }

  #build(): Inventory {
    const [namespaces, deployments, rollouts, pods] = this.#reflectors.map((r) => [...r.items.values()]);
    const workloads = [...(deployments as Workload[]), ...(rollouts as Workload[])].sort(
      (a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name),
    );
    const ownerOf = ownerIndex(workloads, this.#selectors);
    return {
      namespaces: (namespaces as string[]).sort(),
      workloads,
      pods: (pods as Pod[]).map((p) => ({ namespace: p.namespace, name: p.name, workload: ownerOf(p) })),
    };
  }
}

/** The inventory read once (for one-shot commands such as `coxswain plan`): every page, no watch. */
export async function inventoryOf(kube: KubeCluster): Promise<Inventory> {
  return new InventoryWatch(kube, { follow: false }).get();
}
