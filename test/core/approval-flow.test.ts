import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTool } from '../../src/catalog/registry.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import type { CoreEvent } from '../../src/core/core.ts';
import type { Result } from '../../src/core/result.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

const ask = (person: string, text: string, id?: string) =>
  t.runtime.core.handle({ id, channel: 'terminal', actor: { personId: person }, text });
const decide = (person: string, approvalId: string, decision: 'approve' | 'reject' | 'cancel' = 'approve') =>
  t.runtime.core.decide({ approvalId, decision, channel: 'terminal', actor: { personId: person } });

async function pending(text: string, person = 'alice'): Promise<Result & { approvalId: string }> {
  const r = await ask(person, text);
  expect(r.outcome, r.reason).toBe('pending');
  return r as Result & { approvalId: string };
}

async function auditOf(requestId: string) {
  return (await t.runtime.audit.read()).filter((e) => e.requestId === requestId);
}

describe('approvals through the Core', () => {
  it('refuses self-approval and a non-approver, and keeps the approval pending', async () => {
    const p = await pending('scale web in production to 8');
    expect(p.approvers).toEqual(['bob', 'carol']);
    const own = await decide('alice', p.approvalId);
    expect(own.outcome).toBe('refused');
    expect(own.reason).toMatch(/own request/);
    const viewer = await decide('dave', p.approvalId);
    expect(viewer.outcome).toBe('refused');
    expect(viewer.reason).toMatch(/approver/);
    const stranger = await decide('mallory', p.approvalId);
    expect(stranger.outcome).toBe('refused');
    expect((await t.runtime.core.getApproval(p.approvalId))?.status).toBe('pending');
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(6);
    // Each refused attempt is on the record, with who tried and why.
    const entries = await auditOf(p.requestId);
    expect(entries.map((e) => e.type)).toEqual(['requested', 'planned', 'pending', 'denied', 'denied', 'denied']);
    expect(entries.slice(3).map((e) => [e.actor, e.detail?.code])).toEqual([
      ['alice', 'own_request'],
      ['dave', 'not_eligible'],
      ['mallory', 'unknown_person'],
    ]);
    expect(entries[4]?.detail?.reason).toBe(viewer.reason);
  });

  it('asks nobody to approve a write that would change nothing', async () => {
    const r = await ask('alice', 'scale web in production to 6');
    expect(r.outcome, r.reason).toBe('answer');
    expect(r.reason).toMatch(/already has 6 replicas/);
    expect(r.approvalId).toBeUndefined();
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
    expect((await auditOf(r.requestId)).map((e) => e.type)).toEqual(['requested', 'planned', 'executed']);
  });

  it('runs exactly once under double and concurrent approvals', async () => {
    const p = await pending('scale web in production to 9');
    const results = await Promise.all(['bob', 'carol', 'bob', 'carol'].map((who) => decide(who, p.approvalId)));
    expect(results.filter((r) => r.outcome === 'executed')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'refused')).toHaveLength(3);
    const again = await decide('carol', p.approvalId);
    expect(again.outcome).toBe('refused');
    // A second enqueue of the same approval is a no-op.
    const approval = await t.runtime.core.getApproval(p.approvalId);
    await t.runtime.queue.run({
      id: p.approvalId,
      requestId: p.requestId,
      approvalId: p.approvalId,
      tool: 'scale',
      args: approval?.args ?? {},
      requester: 'alice',
    });
    expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(9);
    expect(approval?.status).toBe('executed');
    const types = (await auditOf(p.requestId)).map((e) => e.type);
    expect(types).toEqual(['requested', 'planned', 'pending', 'approved', 'executed']);
  });

  it('needs distinct approvers when the policy asks for two', async () => {
    await ensureSimulationCrd(chaosApis(t.runtime.registry.get()));
    const p = await pending('kill a pod of web in production');
    expect(p.approvalsNeeded).toBe(2);
    const first = await decide('bob', p.approvalId);
    expect(first.outcome).toBe('approved');
    expect(first.approvalsNeeded).toBe(1);
    expect((await decide('bob', p.approvalId)).outcome).toBe('refused');
    expect((await t.runtime.core.getApproval(p.approvalId))?.approvedBy.map((a) => a.person)).toEqual(['bob']);
  });

  it('rejects: nothing runs, the rejection is audited', async () => {
    const p = await pending('scale api in production to 6');
    const r = await decide('carol', p.approvalId, 'reject');
    expect(r.outcome).toBe('denied');
    expect((await decide('bob', p.approvalId)).outcome).toBe('refused');
    expect((await t.runtime.core.getApproval(p.approvalId))?.status).toBe('rejected');
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
    expect((await auditOf(p.requestId)).map((e) => e.type)).toContain('rejected');
  });

  it('lets only the requester cancel', async () => {
    const p = await pending('scale api in production to 6');
    expect((await decide('bob', p.approvalId, 'cancel')).outcome).toBe('refused');
    expect((await decide('alice', p.approvalId, 'cancel')).outcome).toBe('denied');
    expect((await t.runtime.core.getApproval(p.approvalId))?.status).toBe('cancelled');
  });

  it('does not run a drifted target: the approval fails with drift and a new approval appears', async () => {
    const p = await pending('scale web in production to 8');
    // Someone else scales the target between the approval request and the approval.
    await getTool('scale').execute({ namespace: 'production', name: 'web', replicas: 7 }, { kube: t.runtime.registry.get() });
    t.sandbox.clearRequests();
    const r = await decide('bob', p.approvalId);
    expect(r.outcome).toBe('failed');
    expect(r.reason).toMatch(/^drift/);
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(7);
    const old = await t.runtime.core.getApproval(p.approvalId);
    expect(old?.status).toBe('failed');
    expect(old?.error).toMatch(/^drift/);
    expect(r.approvalId).toBeDefined();
    expect(r.approvalId).not.toBe(p.approvalId);
    const fresh = await t.runtime.core.getApproval(r.approvalId!);
    expect(fresh?.status).toBe('pending');
    expect(fresh?.preview.changes).toEqual([{ path: 'spec.replicas', before: 7, after: 8 }]);
    const failed = (await auditOf(p.requestId)).find((e) => e.type === 'failed');
    expect(failed?.detail).toMatchObject({ code: 'drift' });
    expect((await t.runtime.audit.read()).some((e) => e.type === 'pending' && e.approvalId === r.approvalId)).toBe(true);
  });

  it('stops at a failing dry run: no approval, no real call', async () => {
    t.sandbox.faults.failNext({
      method: 'PATCH',
      pathIncludes: '/deployments/api',
      status: 422,
      message: 'spec.replicas: Invalid value',
    });
    const r = await ask('alice', 'scale api in production to 6');
    expect(r.outcome).toBe('failed');
    expect(r.approvalId).toBeUndefined();
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
  });

  it('handles a repeated request id once', async () => {
    const id = randomUUID();
    const [a, b] = await Promise.all([
      ask('alice', 'scale worker in staging to 3', id),
      ask('alice', 'scale worker in staging to 3', id),
    ]);
    expect(a).toEqual(b);
    expect(a.outcome).toBe('executed');
    expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
    expect((await auditOf(id)).filter((e) => e.type === 'requested')).toHaveLength(1);
  });

  it('publishes every approval change to listeners', async () => {
    const seen: CoreEvent[] = [];
    const { off, ready } = t.runtime.events.on((e) => seen.push(e));
    await ready;
    const p = await pending('scale worker in production to 4');
    await decide('bob', p.approvalId);
    await expect
      .poll(() => seen.filter((e) => e.approval.id === p.approvalId).map((e) => e.approval.status))
      .toEqual(['pending', 'approved', 'executed']);
    off();
  });
});
