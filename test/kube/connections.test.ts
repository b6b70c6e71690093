import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { FAST_RETRY } from '../helpers/cluster.ts';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';

// client-node makes a new undici Agent per request; without the pool every call opened its own connection
// (on a real cluster: its own TLS handshake) and left it open.
describe('connection reuse', () => {
  let t: TestSandbox;
  let proxy: TcpProxy;
  let registry: ClusterRegistry;

  beforeAll(async () => {
    t = await startTestSandbox();
    proxy = await startTcpProxy({ port: t.sandbox.port });
    const kc = new KubeConfig();
    kc.loadFromString(t.sandbox.kubeconfigYaml().replace(t.sandbox.url, `http://127.0.0.1:${proxy.port}`));
    registry = ClusterRegistry.fromKubeConfig(kc, { retry: FAST_RETRY, impersonate: true });
  });
  afterAll(async () => {
    await proxy.close();
    await t.cleanup();
  });

  it('sends many calls, as several people, over a few kept-alive connections', async () => {
    const people = ['alice@example.com', 'bob@example.com', undefined];
    for (let i = 0; i < 30; i++) {
      const user = people[i % people.length];
      const kube = registry.get(undefined, user ? { user } : undefined);
      await kube.getWorkload('staging', 'web');
    }
    const served = t.sandbox.requests.filter((r) => r.path.includes('/deployments/')).length;
    expect(served).toBe(30);
    // A workload lookup asks for the Deployment and the Rollout at once: a couple of connections, kept for all
    // 30 calls (one per request, 60, without the pool).
    expect(proxy.connections).toBeLessThanOrEqual(4);
    await Promise.all(Array.from({ length: 6 }, () => registry.get().getWorkload('production', 'api')));
    // A burst needs more sockets at once, never one per call beyond that.
    expect(proxy.connections).toBeLessThanOrEqual(4 + 12);
  });
});
