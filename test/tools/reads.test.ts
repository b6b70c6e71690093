import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/catalog/registry.ts';
import type { ToolDefinition } from '../../src/catalog/tool.ts';
import describeWorkload from '../../tools/describe-workload.ts';
import getLogs from '../../tools/get-logs.ts';
import listPods from '../../tools/list-pods.ts';
import listWorkloads from '../../tools/list-workloads.ts';
import queryCosts from '../../tools/query-costs.ts';
import { startTestCluster, type TestCluster } from '../helpers/cluster.ts';

let c: TestCluster;
beforeAll(async () => {
  c = await startTestCluster();
});
afterAll(async () => c?.cleanup());
beforeEach(() => c.sandbox.reset());

// biome-ignore lint/suspicious/noExplicitAny: test reads of tool data
async function run(tool: ToolDefinition, args: Record<string, unknown>): Promise<{ summary: string; data: any }> {
  const parsed = parseArgs(tool, args);
  const preview = await tool.preview(parsed, c.ctx);
  expect(preview).toMatchObject({ dryRun: false, changes: [] });
  const r = await tool.execute(parsed, c.ctx);
  expect(c.writes()).toEqual([]);
  return r as { summary: string; data: unknown } as never;
}

describe('reads', () => {
  test('list_workloads: Deployments and Rollouts, ready/desired, image, phase', async () => {
    const { data, summary } = await run(listWorkloads, { namespace: 'staging' });
    expect(summary).toMatch(/^4 workloads in staging/);
    expect(data.rows).toContainEqual({
      namespace: 'staging',
      name: 'web',
      kind: 'Deployment',
      ready: '2/2',
      image: 'ghcr.io/acme/web:1.8.0',
      phase: 'Healthy',
    });
    expect(data.rows).toContainEqual(expect.objectContaining({ name: 'checkout', kind: 'Rollout', phase: 'Paused' }));
    const all = await run(listWorkloads, {});
    expect(all.data.rows.map((r: { namespace: string }) => r.namespace)).toEqual(
      expect.arrayContaining(['production', 'kube-system', 'monitoring']),
    );
  });

  test('describe_workload: a paused canary shows its step, weight and pause reason', async () => {
    const { data, summary } = await run(describeWorkload, { namespace: 'staging', name: 'checkout' });
    expect(data).toMatchObject({
      kind: 'Rollout',
      replicas: { desired: 4 },
      rollout: { strategy: 'canary', step: '1/4', weight: 20, pauseReasons: ['CanaryPauseStep'] },
    });
    expect(summary).toMatch(/step 1\/4 at weight 20%.*CanaryPauseStep/);
  });

  test('describe_workload: a Deployment shows its revision and conditions', async () => {
    const { data } = await run(describeWorkload, { namespace: 'staging', name: 'web' });
    expect(data).toMatchObject({
      kind: 'Deployment',
      revision: '2',
      images: ['ghcr.io/acme/web:1.8.0'],
      replicas: { desired: 2, ready: 2 },
    });
    expect(Array.isArray(data.events)).toBe(true);
  });

  test('list_pods: of one workload, with phase, ready, restarts, node', async () => {
    const { data } = await run(listPods, { namespace: 'production', workload: 'web' });
    expect(data.rows).toHaveLength(6);
    expect(data.rows[0]).toMatchObject({ phase: 'Running', ready: '1/1', restarts: 0 });
    expect(data.rows[0].name).toMatch(/^web-/);
  });

  test('get_logs: a workload name picks one of its pods; lines are capped by tailLines', async () => {
    const { data } = await run(getLogs, { namespace: 'staging', name: 'web', tailLines: 3 });
    expect(data.pod).toMatch(/^web-/);
    expect(data.lines).toHaveLength(3);
    const log = c.sandbox.requests.find((r) => r.path.endsWith('/log'));
    expect(log?.query).toMatchObject({ tailLines: '3', limitBytes: String(64 * 1024) });
    const byPod = await run(getLogs, { namespace: 'staging', name: data.pod });
    expect(byPod.data.lines.length).toBeGreaterThan(3);
  });

  test('query_costs: sorted rows and a total; top caps the rows; the namespace filter reaches OpenCost', async () => {
    const { data } = await run(queryCosts, {});
    expect(data.rows.length).toBeGreaterThan(1);
    const totals = data.rows.map((r: { totalCost: number }) => r.totalCost);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(data.total).toBeCloseTo(
      totals.reduce((a: number, b: number) => a + b, 0),
      1,
    );
    const top = await run(queryCosts, { aggregate: 'deployment', namespace: 'production', top: 2 });
    expect(top.data.rows).toHaveLength(2);
    const q = c.sandbox.requests.filter((r) => r.path === '/allocation').at(-1);
    expect(q?.query).toMatchObject({
      window: '7d',
      aggregate: 'deployment',
      accumulate: 'true',
      filter: 'namespace:"production"',
    });
  });
});
