import { afterAll, beforeAll, expect, test } from 'vitest';
import { InventoryWatch } from '../../src/kube/inventory.ts';
import type { WorkloadObject } from '../../src/kube/objects.ts';
import { startTestCluster, type TestCluster } from '../helpers/cluster.ts';

let c: TestCluster;
let inv: InventoryWatch;
beforeAll(async () => {
  c = await startTestCluster({ pageSize: 20 });
  inv = new InventoryWatch(c.kube);
});
afterAll(async () => {
  inv?.stop();
  await c?.cleanup();
});

const idle = (name: string): WorkloadObject => ({
  metadata: { name, labels: { app: name } },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'ghcr.io/acme/idle:1' }] } },
  },
});

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  return read();
}

test('the inventory is listed once, then follows the cluster through watches (no relist, no cap)', async () => {
  const first = await inv.get();
  expect(first.workloads.map((w) => `${w.namespace}/${w.name}`)).toContain('production/payments');
  expect(first.pods.find((p) => p.name.startsWith('checkout-'))?.workload).toBe('checkout');
  c.sandbox.clearRequests();

  await c.kube.createDeployment('staging', idle('late'), false);
  const after = await until(
    () => inv.get(),
    (i) => i.workloads.some((w) => w.name === 'late') && i.pods.some((p) => p.workload === 'late'),
  );
  expect(after.workloads.find((w) => w.name === 'late')).toMatchObject({ namespace: 'staging', kind: 'Deployment', replicas: 1 });
  expect(after.pods.filter((p) => p.workload === 'late')).toHaveLength(1);

  const lists = c.sandbox.requests.filter((r) => r.verb === 'list');
  expect(lists).toEqual([]);
  await c.kube.patchWorkload(
    { kind: 'Deployment', namespace: 'staging', name: 'late' },
    { type: 'merge', body: { spec: { replicas: 0 } }, subresource: 'scale' },
    false,
  );
  const scaled = await until(
    () => inv.get(),
    (i) => i.workloads.find((w) => w.name === 'late')?.replicas === 0 && !i.pods.some((p) => p.workload === 'late'),
  );
  expect(scaled.pods.some((p) => p.workload === 'late')).toBe(false);
});

test('past any page size every name resolves (the list follows continue tokens without a cap)', async () => {
  const names = Array.from({ length: 45 }, (_, i) => `many-${String(i).padStart(2, '0')}`);
  for (const n of names)
    await c.kube.createDeployment('production', { ...idle(n), spec: { ...idle(n).spec, replicas: 0 } }, false);
  c.sandbox.clearRequests();
  const once = await new InventoryWatch(c.kube, { follow: false, pageSize: 20 }).get();
  const pages = c.sandbox.requests.filter((r) => r.path === '/apis/apps/v1/deployments');
  expect(pages.length).toBeGreaterThan(2);
  expect(c.sandbox.requests.filter((r) => r.verb === 'watch')).toEqual([]);
  for (const n of names) expect(once.workloads.some((w) => w.namespace === 'production' && w.name === n)).toBe(true);
});
