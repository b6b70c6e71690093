import { delimiter } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import type { Config } from '../config/config.ts';
import { CoxswainError } from '../core/errors.ts';
import { KubeCluster } from './cluster.ts';
import type { Identity } from './http.ts';
import type { RetryOptions } from './retry.ts';

export interface RegistryOptions {
  /** `name=context` or `context` entries; empty = the kubeconfig's current context only. */
  clusters?: string[];
  defaultCluster?: string;
  impersonate?: boolean;
  opencostUrl?: string;
  defaultRequests?: Record<string, string>;
  retry?: RetryOptions;
  timeoutMs?: number;
  pageSize?: number;
}

function loadKubeConfig(path: string | undefined): KubeConfig {
  const kc = new KubeConfig();
  try {
    if (path) {
      const [first, ...rest] = path.split(delimiter).filter(Boolean);
      kc.loadFromFile(first);
      for (const file of rest) {
        const more = new KubeConfig();
        more.loadFromFile(file);
        kc.mergeConfig(more, true);
      }
    } else if (process.env.KUBERNETES_SERVICE_HOST) {
      kc.loadFromCluster();
    } else {
      kc.loadFromDefault();
    }
  } catch (err) {
    throw new CoxswainError(
      'config',
      'system',
      `coxswain could not read the kubeconfig${path ? ` at ${path}` : ''} (${(err as Error).message}). Set KUBECONFIG to a readable kubeconfig file.`,
      { cause: err },
    );
  }
  return kc;
}

/** The clusters the bot may use, each a kubeconfig context the configuration names; nothing else is reachable. */
export class ClusterRegistry {
  readonly defaultName: string;
  private readonly clusters = new Map<string, KubeCluster>();
  private readonly impersonate: boolean;

  static fromConfig(config: Config): ClusterRegistry {
    return ClusterRegistry.fromKubeConfig(loadKubeConfig(config.KUBECONFIG), {
      clusters: config.COXSWAIN_CLUSTERS,
      defaultCluster: config.COXSWAIN_DEFAULT_CLUSTER,
      impersonate: config.COXSWAIN_IMPERSONATE,
      opencostUrl: config.OPENCOST_URL,
      defaultRequests: config.COXSWAIN_DEFAULT_REQUESTS,
    });
  }

  static fromKubeConfig(kc: KubeConfig, opts: RegistryOptions = {}): ClusterRegistry {
    return new ClusterRegistry(kc, opts);
  }

  private constructor(kc: KubeConfig, opts: RegistryOptions) {
    this.impersonate = opts.impersonate ?? false;
    const available = kc.getContexts().map((c) => c.name);
    const entries = opts.clusters?.length ? opts.clusters : [kc.getCurrentContext()];
    for (const entry of entries) {
      const [name, context] = entry.includes('=') ? (entry.split('=', 2) as [string, string]) : [entry, entry];
      if (!available.includes(context)) {
        throw new CoxswainError(
          'config',
          'system',
          `COXSWAIN_CLUSTERS names the kubeconfig context "${context}", which the kubeconfig does not have (it has: ${available.join(', ') || 'none'}). Fix COXSWAIN_CLUSTERS or KUBECONFIG.`,
        );
      }
      const own = new KubeConfig();
      own.loadFromOptions({ clusters: kc.clusters, users: kc.users, contexts: kc.contexts, currentContext: context });
      const server = own.getCurrentCluster()?.server ?? '';
      this.clusters.set(
        name,
        new KubeCluster({
          name,
          kubeConfig: own,
          opencostUrl: opts.opencostUrl ?? server,
          defaultRequests: opts.defaultRequests,
          retry: opts.retry,
          timeoutMs: opts.timeoutMs,
          pageSize: opts.pageSize,
        }),
      );
    }
    const fallback = this.names()[0];
    if (opts.defaultCluster && !this.clusters.has(opts.defaultCluster)) {
      throw new CoxswainError(
        'config',
        'system',
        `COXSWAIN_DEFAULT_CLUSTER is "${opts.defaultCluster}", which is not one of the configured clusters (${this.names().join(', ')}). Fix COXSWAIN_DEFAULT_CLUSTER.`,
      );
    }
    this.defaultName = opts.defaultCluster ?? fallback;
  }

  names(): string[] {
    return [...this.clusters.keys()];
  }

  /**
   * One configured cluster (the default when `name` is omitted). With impersonation configured, every call
   * carries Impersonate-User/Impersonate-Group for `identity`, so the cluster's own RBAC applies to that person.
   */
  get(name?: string, identity?: Identity): KubeCluster {
    const cluster = this.clusters.get(name ?? this.defaultName);
    if (!cluster) {
      throw new CoxswainError(
        'invalid_arguments',
        'request',
        `coxswain may not use a cluster called "${name}"; the configured clusters are ${this.names().join(', ')}. Pick one of those, or ask an operator to add it to COXSWAIN_CLUSTERS.`,
      );
    }
    return this.impersonate && identity ? cluster.as(identity) : cluster;
  }
}
