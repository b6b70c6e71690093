import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import type { CoxswainError } from '../../src/core/errors.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import scale from '../../tools/scale.ts';
import { FAST_RETRY, startTestCluster, type TestCluster } from '../helpers/cluster.ts';

let c: TestCluster;
beforeAll(async () => {
  c = await startTestCluster();
});
afterAll(async () => c?.cleanup());
beforeEach(() => c.sandbox.reset());

const scalePatches = () => c.sandbox.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/deployments/web/scale'));
const kubeconfig = () => {
  const kc = new KubeConfig();
  kc.loadFromFile(c.kubeconfigPath);
  return kc;
};

describe('retries', () => {
  test('429 and 503 are retried (Retry-After honoured, capped), then the call succeeds', async () => {
    c.sandbox.faults.failNext({ method: 'PATCH', pathIncludes: '/deployments/web/scale', status: 429 });
    c.sandbox.faults.failNext({ method: 'PATCH', pathIncludes: '/deployments/web/scale', status: 503 });
    await scale.execute({ namespace: 'staging', name: 'web', replicas: 5 }, c.ctx);
    expect(scalePatches().map((r) => r.status)).toEqual([429, 503, 200]);
    expect(c.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(5);
  });

  test('attempts are bounded: a failure that lasts is a transient unavailable error', async () => {
    c.sandbox.faults.failNext({ method: 'PATCH', pathIncludes: '/deployments/web/scale', status: 503, times: 10 });
    const err = await scale
      .execute({ namespace: 'staging', name: 'web', replicas: 5 }, c.ctx)
      .catch((e: unknown) => e as CoxswainError);
    expect(err).toMatchObject({ code: 'unavailable', transient: true });
    expect(scalePatches()).toHaveLength(FAST_RETRY.attempts);
    expect(c.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(2);
  });

  test('other 4xx are not retried: a 409 is one request and a conflict error', async () => {
    c.sandbox.faults.failNext({ method: 'PATCH', pathIncludes: '/deployments/web/scale', status: 409 });
    await expect(scale.execute({ namespace: 'staging', name: 'web', replicas: 5 }, c.ctx)).rejects.toMatchObject({
      code: 'conflict',
      transient: false,
      message: expect.stringMatching(/changed while coxswain was working on it.*retry/),
    });
    expect(scalePatches()).toHaveLength(1);
  });

  test('422: the error says what was invalid, and a dry run stores nothing', async () => {
    const web = { kind: 'Deployment' as const, namespace: 'staging', name: 'web' };
    await expect(c.kube.patchWorkload(web, { type: 'merge', body: { spec: { replicas: -1 } } }, true)).rejects.toMatchObject({
      code: 'invalid_arguments',
      message: expect.stringMatching(/Kubernetes refused to dry-run patch deployment staging\/web: .*replicas/),
    });
    expect(c.writes()).toEqual([]);
  });

  test('a request that times out is retried', async () => {
    const registry = ClusterRegistry.fromKubeConfig(kubeconfig(), { retry: FAST_RETRY, timeoutMs: 200 });
    c.sandbox.faults.delayNext({ method: 'GET', pathIncludes: '/deployments/web', ms: 1000 });
    const w = await registry.get().getWorkload('staging', 'web');
    expect(w.kind).toBe('Deployment');
    expect(c.sandbox.requests.filter((r) => r.path === '/apis/apps/v1/namespaces/staging/deployments/web').length).toBe(2);
  });
});

describe('impersonation', () => {
  test('Impersonate-User and one Impersonate-Group header per group, when configured', async () => {
    const registry = ClusterRegistry.fromKubeConfig(kubeconfig(), { retry: FAST_RETRY, impersonate: true });
    await registry.get(undefined, { user: 'alice', groups: ['dev', 'oncall'] }).listWorkloads('staging');
    const seen = c.sandbox.requests.filter((r) => r.method === 'GET');
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) expect(r).toMatchObject({ user: 'alice', groups: ['dev', 'oncall'] });
  });

  test('no impersonation headers when not configured', async () => {
    const registry = ClusterRegistry.fromKubeConfig(kubeconfig(), { retry: FAST_RETRY });
    await registry.get(undefined, { user: 'alice' }).listWorkloads('staging');
    for (const r of c.sandbox.requests) expect(r.user).toBeUndefined();
  });

  test('403: the error says who was refused what, and nothing changes', async () => {
    const registry = ClusterRegistry.fromKubeConfig(kubeconfig(), { retry: FAST_RETRY, impersonate: true });
    c.sandbox.forbidUser('mallory', { verbs: ['patch'] });
    const kube = registry.get(undefined, { user: 'mallory' });
    await expect(scale.preview({ namespace: 'staging', name: 'web', replicas: 9 }, { kube })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(
        /mallory is not allowed to dry-run patch deployment\/scale staging\/web.*Ask a cluster admin/,
      ),
    });
    expect(c.writes()).toEqual([]);
    expect(c.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(2);
  });
});

describe('registry', () => {
  test('named clusters map to contexts; an unlisted cluster is refused', () => {
    const registry = ClusterRegistry.fromKubeConfig(kubeconfig(), { clusters: ['dev=sandbox'] });
    expect(registry.names()).toEqual(['dev']);
    expect(registry.defaultName).toBe('dev');
    expect(registry.get('dev').name).toBe('dev');
    expect(() => registry.get('sandbox')).toThrow(/may not use a cluster called "sandbox"; the configured clusters are dev/);
  });

  test('a listed context the kubeconfig lacks is a configuration error', () => {
    expect(() => ClusterRegistry.fromKubeConfig(kubeconfig(), { clusters: ['prod'] })).toThrow(
      /context "prod", which the kubeconfig does not have \(it has: sandbox\)/,
    );
  });

  test('fromConfig reads KUBECONFIG; OpenCost defaults to the cluster server', () => {
    const registry = ClusterRegistry.fromConfig(loadConfig({ KUBECONFIG: c.kubeconfigPath }));
    expect(registry.names()).toEqual(['sandbox']);
    expect(registry.get().opencostUrl).toBe(c.sandbox.url);
    const other = ClusterRegistry.fromConfig(loadConfig({ KUBECONFIG: c.kubeconfigPath, OPENCOST_URL: 'http://127.0.0.1:9003' }));
    expect(other.get().opencostUrl).toBe('http://127.0.0.1:9003');
  });
});

describe('reads for the planner and the policy', () => {
  test('inventory: namespaces, workloads with replicas/images/strategy/phase, pods with their workload', async () => {
    const inv = await c.kube.inventory();
    expect(inv.namespaces).toEqual(expect.arrayContaining(['staging', 'production', 'kube-system', 'monitoring']));
    expect(inv.workloads).toContainEqual({
      cluster: 'sandbox',
      namespace: 'staging',
      kind: 'Rollout',
      name: 'checkout',
      replicas: 4,
      images: ['ghcr.io/acme/checkout:3.2.0'],
      strategy: 'canary',
      phase: 'Paused',
    });
    expect(inv.workloads).toContainEqual(
      expect.objectContaining({ namespace: 'production', name: 'payments', strategy: 'blueGreen', phase: 'Paused' }),
    );
    expect(inv.workloads).toContainEqual(
      expect.objectContaining({ namespace: 'production', name: 'checkout', phase: 'Healthy' }),
    );
    expect(inv.workloads).toContainEqual(
      expect.objectContaining({
        namespace: 'staging',
        name: 'web',
        kind: 'Deployment',
        replicas: 2,
        images: ['ghcr.io/acme/web:1.8.0'],
      }),
    );
    expect(inv.pods.filter((p) => p.namespace === 'staging' && p.workload === 'web')).toHaveLength(2);
  });

  test('namespaceLabels, and a missing namespace is not_found', async () => {
    expect(await c.kube.namespaceLabels('staging')).toEqual(expect.any(Object));
    await expect(c.kube.namespaceLabels('nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});
