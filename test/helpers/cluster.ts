import { KubeConfig } from '@kubernetes/client-node';
import type { ToolContext } from '../../src/catalog/tool.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { KubeCluster } from '../../src/kube/cluster.ts';
import { ClusterRegistry, type RegistryOptions } from '../../src/kube/clusters.ts';
import type { LoggedRequest } from '../../src/sandbox/index.ts';
import { startTestSandbox, type TestSandbox } from './sandbox.ts';

/** Retries fast enough for tests, still through the same backoff path. */
export const FAST_RETRY = { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 };

export interface TestCluster extends TestSandbox {
  registry: ClusterRegistry;
  /** The sandbox cluster as coxswain itself (no impersonation). */
  kube: KubeCluster;
  ctx: ToolContext;
  /** Requests that changed something (not dry runs, not reads) since the last clearRequests(). */
  writes(): LoggedRequest[];
}

/** A ClusterRegistry bound to an already running sandbox through its kubeconfig file, as the bot would load it. */
function bindCluster(t: TestSandbox, opts: RegistryOptions = {}): { registry: ClusterRegistry; kube: KubeCluster } {
  const kc = new KubeConfig();
  kc.loadFromFile(t.kubeconfigPath);
  const defaultRequests = loadConfig({}).COXSWAIN_DEFAULT_REQUESTS;
  const registry = ClusterRegistry.fromKubeConfig(kc, { retry: FAST_RETRY, defaultRequests, ...opts });
  return { registry, kube: registry.get() };
}

/** A private sandbox and a ClusterRegistry bound to it (see bindCluster). */
export async function startTestCluster(opts: RegistryOptions = {}): Promise<TestCluster> {
  const t = await startTestSandbox();
  const { registry, kube } = bindCluster(t, opts);
  return {
    ...t,
    registry,
    kube,
    ctx: { kube },
    writes: () => t.sandbox.requests.filter((r) => !['GET', 'HEAD'].includes(r.method) && !r.dryRun),
  };
}
