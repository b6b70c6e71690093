import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WorkloadObject } from '../../src/kube/objects.ts';
import listWorkloads from '../../tools/list-workloads.ts';
import { startTestCluster, type TestCluster } from '../helpers/cluster.ts';

let c: TestCluster;
beforeAll(async () => {
  c = await startTestCluster({ pageSize: 20 });
});
afterAll(async () => c?.cleanup());

const idle = (name: string): WorkloadObject => ({
  metadata: { name, labels: { app: name } },
  spec: {
    replicas: 0,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'ghcr.io/acme/idle:1' }] } },
  },
});

test('lists follow continue tokens past a page, and answers are capped at 50 rows with "and N more"', async () => {
  const names = Array.from({ length: 50 }, (_, i) => `batch-${String(i).padStart(3, '0')}`);
  await Promise.all(names.map((n) => c.kube.createDeployment('staging', idle(n), false)));
  c.sandbox.clearRequests();
  const all = await c.kube.listWorkloads('staging');
  expect(all.items.filter((w) => w.name.startsWith('batch-'))).toHaveLength(50);
  const pages = c.sandbox.requests.filter((r) => r.path === '/apis/apps/v1/namespaces/staging/deployments');
  expect(pages.length).toBeGreaterThan(1);
  expect(pages[0].query.limit).toBe('20');
  expect(pages[1].query.continue).toBeTruthy();

  const total = all.items.length;
  const r = await listWorkloads.execute({ namespace: 'staging' }, c.ctx);
  const data = r.data as { rows: unknown[]; more: number };
  expect(data.rows).toHaveLength(50);
  expect(data.more).toBe(total - 50);
  expect(r.summary).toContain(`(and ${total - 50} more)`);
});
