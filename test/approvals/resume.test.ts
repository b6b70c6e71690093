import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newApproval } from '../helpers/approval.ts';
import { click, decideEngine } from '../helpers/redis-resend.ts';

// Found by the Redis-resend red team (a9c2e8e): a process that stops between the store's decision and the queue
// leaves an approval `approved` with no job, and every later click was refused "already approved and is running".
describe('an approval decided in the store whose action was never queued', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'));
  });
  afterAll(() => redis.quit());

  async function stopped() {
    const { deps, queued, approvals, audit } = decideEngine(redis, `t-resume-${randomUUID()}`);
    const a = await approvals.create(newApproval());
    // The decision lands in Redis; the process stops before it audits or queues anything.
    expect((await approvals.decide(a.id, 'approve', 'bob', () => ({ ok: true }))).kind).toBe('fully-approved');
    return { a, deps, queued, audit };
  }

  it('is queued when the approver clicks again, and the audit says it was resumed', async () => {
    const { a, deps, queued, audit } = await stopped();
    const r = await click(deps, a.id, 'approve', 'bob');
    expect(r.outcome).not.toBe('refused');
    expect(queued.map((j) => [j.approvalId, j.approvedBy])).toEqual([[a.id, ['bob']]]);
    expect((await audit.read()).map((e) => [e.type, e.actor, e.detail?.resumed])).toEqual([['approved', 'bob', true]]);
  });

  it('is not queued by someone who did not approve it', async () => {
    const { a, deps, queued } = await stopped();
    const r = await click(deps, a.id, 'approve', 'carol');
    expect(r.outcome).toBe('refused');
    expect(queued).toEqual([]);
  });
});
