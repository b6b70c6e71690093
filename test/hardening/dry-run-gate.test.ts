import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTool } from '../../src/catalog/registry.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import type { Result } from '../../src/core/result.ts';
import type { LoggedRequest } from '../../src/sandbox/index.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { figure } from './figures.ts';

/**
 * The dry-run gate: a write is sent to the API server with dryRun=All (the exact call execute will make) before
 * any approval is asked. A failing dry run ends the request: no approval record, no real call.
 */

let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(async () => {
  t.sandbox.reset();
  await ensureSimulationCrd(chaosApis(t.runtime.registry.get()));
  t.sandbox.clearRequests();
});

const pod = (ns: string, app: string) =>
  t.sandbox
    .list('v1', 'pods', ns)
    .map((p) => p.metadata?.name as string)
    .find((n) => n.startsWith(`${app}-`)) as string;

/** Production writes by alice (an engineer): each needs approval. `method` is the verb of the mutation itself. */
const CALLS: {
  tool: string;
  args: () => Record<string, unknown>;
  method: string;
  approvers: string[];
  before?: () => Promise<unknown>;
}[] = [
  { tool: 'scale', args: () => ({ namespace: 'production', name: 'web', replicas: 8 }), method: 'PATCH', approvers: ['bob'] },
  { tool: 'restart', args: () => ({ namespace: 'production', name: 'api' }), method: 'PATCH', approvers: ['bob'] },
  { tool: 'rollback', args: () => ({ namespace: 'production', name: 'web' }), method: 'PATCH', approvers: ['bob'] },
  {
    tool: 'set_image',
    args: () => ({ namespace: 'production', name: 'worker', image: 'ghcr.io/acme/worker:1.0.0' }),
    method: 'PATCH',
    approvers: ['bob'],
  },
  {
    tool: 'create_deployment',
    args: () => ({ namespace: 'production', name: 'web-next', image: 'ghcr.io/acme/web:2.0.0' }),
    method: 'POST',
    approvers: ['bob'],
  },
  {
    tool: 'promote_rollout',
    args: () => ({ namespace: 'production', name: 'checkout' }),
    method: 'PATCH',
    approvers: ['bob'],
    // A new image starts the canary, which pauses at its first step: something to promote.
    before: () =>
      getTool('set_image').execute(
        { namespace: 'production', name: 'checkout', image: 'ghcr.io/acme/checkout:3.3.0' },
        { kube: t.runtime.registry.get() },
      ),
  },
  { tool: 'abort_rollout', args: () => ({ namespace: 'production', name: 'checkout' }), method: 'PATCH', approvers: ['bob'] },
  { tool: 'pause_rollout', args: () => ({ namespace: 'production', name: 'payments' }), method: 'PATCH', approvers: ['bob'] },
  {
    tool: 'delete_pod',
    args: () => ({ namespace: 'production', name: pod('production', 'api') }),
    method: 'DELETE',
    approvers: ['bob'],
  },
  {
    tool: 'launch_chaos',
    args: () => ({ namespace: 'production', target: 'web', experiment: 'pod-kill' }),
    method: 'POST',
    approvers: ['bob', 'carol'],
  },
];

const ask = (tool: string, args: Record<string, unknown>) =>
  t.runtime.core.handle({ channel: 'mcp', actor: { personId: 'alice' }, call: { tool, args } });
const isWrite = (r: LoggedRequest) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method);

describe('every mutation is dry-run before approval is asked', () => {
  let checked = 0;
  for (const c of CALLS) {
    it(c.tool, async () => {
      await c.before?.();
      t.sandbox.clearRequests();
      const r = await ask(c.tool, c.args());
      expect(r.outcome, r.reason).toBe('pending');
      const atPending = [...t.sandbox.requests];
      expect(atPending.filter((q) => isWrite(q) && !q.dryRun)).toEqual([]);
      expect(atPending.some((q) => q.method === c.method && q.dryRun)).toBe(true);
      let last: Result = r;
      for (const who of c.approvers) {
        last = await t.runtime.core.decide({
          approvalId: r.approvalId as string,
          decision: 'approve',
          channel: 'mcp',
          actor: { personId: who },
        });
      }
      expect(last.outcome, last.reason).toBe('executed');
      const real = t.sandbox.requests.filter((q) => isWrite(q) && !q.dryRun && q.status < 400);
      expect(real.length).toBeGreaterThan(0);
      // Each real call had its twin (same method and path, dryRun=All) before the approval was asked.
      for (const w of real.filter(
        (q) => q.path.includes(String(c.args().name ?? 'chaossimulations')) || c.tool === 'launch_chaos',
      )) {
        expect(
          atPending.some((q) => q.dryRun && q.method === w.method && q.path === w.path),
          `${w.method} ${w.path}`,
        ).toBe(true);
      }
      checked++;
    });
  }
  afterAll(() =>
    figure(
      'dry-run gate',
      `${checked}/${CALLS.length} write tools: dry-run twin before the approval, 0 real calls before approval`,
    ),
  );
});

describe('a failing dry run stops the request', () => {
  let stopped = 0;
  for (const c of CALLS) {
    it(c.tool, async () => {
      await c.before?.();
      t.sandbox.clearRequests();
      const args = c.args();
      // The first mutation of this kind is the dry run: nothing real is sent before an approval.
      t.sandbox.faults.failNext({ method: c.method, status: 422, message: 'injected: the dry run is invalid' });
      const approvalsBefore = await t.runtime.redis.keys(`${t.runtime.prefix}:approval:*`);
      const r = await ask(c.tool, args);
      expect(r.outcome, JSON.stringify(r)).toBe('failed');
      expect(r.reason).toMatch(/\w/);
      expect(r.approvalId).toBeUndefined();
      expect(t.sandbox.requests.some((q) => q.method === c.method && q.dryRun && q.status === 422)).toBe(true);
      expect(effectiveWrites(t.sandbox)).toEqual([]);
      expect(t.sandbox.requests.filter((q) => isWrite(q) && !q.dryRun)).toEqual([]);
      expect((await t.runtime.redis.keys(`${t.runtime.prefix}:approval:*`)).sort()).toEqual(approvalsBefore.sort());
      const audit = (await t.runtime.audit.read()).filter((e) => e.requestId === r.requestId).map((e) => e.type);
      expect(audit).not.toContain('pending');
      expect(audit).toContain('failed');
      stopped++;
    });
  }

  afterAll(() =>
    figure(
      'dry-run gate (failing)',
      `${stopped}/${CALLS.length} write tools with an injected dry-run failure: 0 approvals asked, 0 real calls`,
    ),
  );
});
