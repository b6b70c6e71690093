import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTool, TOOLS } from '../../src/catalog/registry.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import { CHAOS_GROUP, CHAOS_PLURAL, CHAOS_VERSION } from '../../src/chaos/simulation.ts';
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
const simulation = (ns: string) =>
  t.sandbox.list(`${CHAOS_GROUP}/${CHAOS_VERSION}`, CHAOS_PLURAL, ns)[0]?.metadata?.name as string;
const execute = (tool: string, args: Record<string, unknown>) => getTool(tool).execute(args, { kube: t.runtime.registry.get() });

/**
 * Production writes by alice (an engineer): each needs approval. `method` is the verb of the mutation itself;
 * `before` brings the cluster to where the call makes sense, and `args` is read after it.
 */
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
    before: () => execute('set_image', { namespace: 'production', name: 'checkout', image: 'ghcr.io/acme/checkout:3.3.0' }),
  },
  { tool: 'abort_rollout', args: () => ({ namespace: 'production', name: 'checkout' }), method: 'PATCH', approvers: ['bob'] },
  {
    tool: 'retry_rollout',
    args: () => ({ namespace: 'production', name: 'checkout' }),
    method: 'PATCH',
    approvers: ['bob'],
    before: () => execute('abort_rollout', { namespace: 'production', name: 'checkout' }),
  },
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
  {
    tool: 'stop_chaos',
    args: () => ({ namespace: 'production', name: simulation('production') }),
    method: 'PUT',
    approvers: ['bob'],
    before: () =>
      execute('launch_chaos', {
        namespace: 'production',
        target: 'web',
        experiment: 'pod-failure',
        level: 1,
        durationSeconds: 600,
      }),
  },
];

it('the gate covers every write tool of the catalog', () => {
  expect(CALLS.map((c) => c.tool).sort()).toEqual(
    TOOLS.filter((tool) => tool.risk !== 'read')
      .map((tool) => tool.name)
      .sort(),
  );
});

const ask = (tool: string, args: Record<string, unknown>) =>
  t.runtime.core.handle({ channel: 'mcp', actor: { personId: 'alice' }, call: { tool, args } });
const isWrite = (r: LoggedRequest) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method);

describe('every mutation is dry-run before approval is asked', () => {
  let checked = 0;
  for (const c of CALLS) {
    it(c.tool, async () => {
      await c.before?.();
      const args = c.args();
      t.sandbox.clearRequests();
      const r = await ask(c.tool, args);
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
      // The tool's own mutation is among them, and every real write had its twin (same method and path,
      // dryRun=All) before the approval was asked.
      expect(real.map((q) => q.method)).toContain(c.method);
      const untwinned = real.filter((w) => !atPending.some((q) => q.dryRun && q.method === w.method && q.path === w.path));
      expect(untwinned.map((w) => `${w.method} ${w.path}`)).toEqual([]);
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
