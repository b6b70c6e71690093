import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

let t: TestSandbox;
let clock = Date.parse('2026-03-04T15:30:00Z');

async function allocation(query: string) {
  const res = await fetch(`${t.sandbox.url}/allocation?${query}`);
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  t = await startTestSandbox({ now: () => new Date(clock) });
});
afterAll(() => t.cleanup());
beforeEach(() => {
  clock = Date.parse('2026-03-04T15:30:00Z');
  t.sandbox.reset();
});

describe('OpenCost /allocation', () => {
  it('answers OpenCost shape, deterministic for the same query', async () => {
    const a = await allocation('window=7d&aggregate=namespace&accumulate=true');
    const b = await allocation('window=7d&aggregate=namespace&accumulate=true');
    expect(a.status).toBe(200);
    expect(a.body).toEqual(b.body);
    expect(a.body.code).toBe(200);
    expect(a.body.data).toHaveLength(1);
    const staging = a.body.data[0].staging;
    expect(Object.keys(a.body.data[0]).sort()).toEqual(['kube-system', 'monitoring', 'production', 'staging']);
    expect(staging).toMatchObject({
      name: 'staging',
      properties: { cluster: 'sandbox', namespace: 'staging' },
      window: { start: '2026-02-26T00:00:00Z', end: '2026-03-05T00:00:00Z' },
    });
    expect(staging.totalCost).toBeCloseTo(
      staging.cpuCost + staging.ramCost + staging.networkCost + staging.pvCost + staging.gpuCost,
      5,
    );
    // staging: web 2x0.25 + api 2x0.5 + worker 1x0.25 + checkout 4x0.25 cores requested.
    expect(staging.cpuCoreRequestAverage).toBeCloseTo(2.75, 5);
  });

  it('steps split the window; filters and aggregates by controller', async () => {
    const daily = await allocation('window=3d&aggregate=namespace,deployment&step=1d&filter=namespace:%22staging%22');
    expect(daily.body.data).toHaveLength(3);
    expect(Object.keys(daily.body.data[0]).sort()).toEqual([
      'staging/__unallocated__',
      'staging/api',
      'staging/web',
      'staging/worker',
    ]);
    const plain = await allocation('window=yesterday&aggregate=controller&namespace=production');
    expect(Object.keys(plain.body.data[0]).sort()).toEqual([
      'deployment:api',
      'deployment:web',
      'deployment:worker',
      'rollout:checkout',
      'rollout:payments',
    ]);
    const bad = await allocation('window=fortnight');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('invalid window');
  });

  it('a scale shows in the next day cost, not in the past', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromString(t.sandbox.kubeconfigYaml());
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const query = 'aggregate=namespace,deployment&filter=namespace:%22staging%22&accumulate=true';
    const yesterday = (await allocation(`window=yesterday&${query}`)).body.data[0]['staging/web'].totalCost;
    await apps.patchNamespacedDeploymentScale(
      { name: 'web', namespace: 'staging', body: { spec: { replicas: 6 } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    expect((await allocation(`window=yesterday&${query}`)).body.data[0]['staging/web'].totalCost).toBe(yesterday);
    clock += 24 * 3_600_000;
    const today = (await allocation(`window=today&${query}`)).body.data[0]['staging/web'].totalCost;
    expect(today).toBeCloseTo(yesterday * 3, 5);
    expect((await allocation(`window=yesterday&${query}`)).body.data[0]['staging/web'].totalCost).toBe(yesterday);
  });
});
