import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { ApprovalState } from '../../src/approvals/approval.ts';
import { ApprovalStore } from '../../src/approvals/store.ts';
import { newApproval } from '../helpers/approval.ts';

const redis = new Redis(inject('redisUrl'));
afterAll(() => redis.quit());

describe('ApprovalStore', () => {
  let prefix: string;
  let clock: number;
  let expired: ApprovalState[];
  let store: ApprovalStore;
  beforeEach(() => {
    prefix = `t:${randomUUID()}`;
    clock = Date.parse('2030-01-01T00:00:00Z');
    expired = [];
    store = new ApprovalStore(redis, { prefix, now: () => clock, onExpire: async (s) => void expired.push(s) });
  });

  it('refuses the requester approving their own request, and a non-approver', async () => {
    const a = await store.create(newApproval());
    const own = await store.decide(a.id, 'approve', 'alice');
    expect(own).toMatchObject({ kind: 'refused', code: 'own_request' });
    const dave = await store.decide(a.id, 'approve', 'dave');
    expect(dave).toMatchObject({ kind: 'refused', code: 'not_eligible' });
    expect((await store.get(a.id))?.status).toBe('pending');
  });

  it('counts distinct approvers until the required count', async () => {
    const a = await store.create(newApproval({ required: { from: ['approver'], count: 2 } }));
    expect(await store.decide(a.id, 'approve', 'bob')).toMatchObject({ kind: 'approved', remaining: 1 });
    expect(await store.decide(a.id, 'approve', 'bob')).toMatchObject({ kind: 'refused', code: 'already_approved' });
    const last = await store.decide(a.id, 'approve', 'carol');
    expect(last.kind).toBe('fully-approved');
    expect(last.state?.approvedBy.map((x) => x.person)).toEqual(['bob', 'carol']);
    expect(await store.decide(a.id, 'reject', 'carol')).toMatchObject({ kind: 'refused', code: 'already_decided' });
  });

  it('lets exactly one of many concurrent approvals win', async () => {
    const a = await store.create(newApproval({ eligible: ['bob', 'carol', 'erin', 'frank'] }));
    const results = await Promise.all(
      ['bob', 'carol', 'erin', 'frank', 'bob', 'carol'].map((p) => store.decide(a.id, 'approve', p)),
    );
    expect(results.filter((r) => r.kind === 'fully-approved')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'refused')).toHaveLength(5);
    const final = await store.get(a.id);
    expect(final?.approvedBy).toHaveLength(1);
    expect(final?.version).toBe(2);
  });

  it('rejects, and only the requester cancels', async () => {
    const a = await store.create(newApproval());
    expect(await store.decide(a.id, 'cancel', 'bob')).toMatchObject({ kind: 'refused', code: 'not_requester' });
    expect(await store.decide(a.id, 'reject', 'bob')).toMatchObject({ kind: 'rejected' });
    const b = await store.create(newApproval());
    expect(await store.decide(b.id, 'cancel', 'alice')).toMatchObject({ kind: 'cancelled' });
    expect((await store.get(b.id))?.status).toBe('cancelled');
  });

  it('expires lazily on read and decide, and in the sweep, reporting each expiry once', async () => {
    const a = await store.create(newApproval({ ttlSeconds: 60 }));
    const b = await store.create(newApproval({ ttlSeconds: 60 }));
    const c = await store.create(newApproval({ ttlSeconds: 600 }));
    clock += 61_000;
    expect(await store.decide(a.id, 'approve', 'bob')).toMatchObject({ kind: 'refused', code: 'expired' });
    expect((await store.get(a.id))?.status).toBe('expired');
    const swept = await store.sweepExpired();
    expect(swept.map((s) => s.id)).toEqual([b.id]);
    expect(expired.map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect((await store.get(c.id))?.status).toBe('pending');
  });

  it('finishes once: executed stays executed', async () => {
    const a = await store.create(newApproval());
    await store.decide(a.id, 'approve', 'bob');
    expect((await store.finish(a.id, 'executed', { result: { ok: 1 } }))?.status).toBe('executed');
    expect((await store.finish(a.id, 'failed', { error: 'late' }))?.status).toBe('executed');
  });
});
