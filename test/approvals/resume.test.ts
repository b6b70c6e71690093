import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApprovalStore } from '../../src/approvals/store.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { UndoStore } from '../../src/confirmations/undo-store.ts';
import { decideApproval } from '../../src/core/engine-decide.ts';
import type { EngineDeps } from '../../src/core/engine-deps.ts';
import { EventBus } from '../../src/core/events.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { newApproval } from '../helpers/approval.ts';

// Found by the Redis-resend red team (a9c2e8e): a process that stops between the store's decision and the queue
// leaves an approval `approved` with no job, and every later click was refused "already approved and is running".
describe('an approval decided in the store whose action was never queued', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'));
  });
  afterAll(() => redis.quit());

  async function stopped() {
    const prefix = `t-resume-${randomUUID()}`;
    const approvals = new ApprovalStore(redis, { prefix });
    const a = await approvals.create(newApproval());
    // The decision lands in Redis; the process stops before it audits or queues anything.
    expect((await approvals.decide(a.id, 'approve', 'bob', () => ({ ok: true }))).kind).toBe('fully-approved');
    const queued: ExecutionJobInput[] = [];
    const audit = new AuditLog(redis, { prefix });
    const deps = {
      policy: () => loadPolicyFile(SANDBOX_POLICY_PATH),
      approvals,
      audit,
      events: new EventBus(redis, prefix),
      undos: new UndoStore(redis, prefix),
      queue: {
        run: async (job: ExecutionJobInput): Promise<ExecutionOutcome> => {
          queued.push(job);
          return { status: 'running', reason: 'Sent: a worker is running it.' };
        },
        has: async (id: string) => queued.some((j) => j.id === id),
      },
    } as unknown as EngineDeps;
    return { a, deps, queued, audit };
  }

  it('is queued when the approver clicks again, and the audit says it was resumed', async () => {
    const { a, deps, queued, audit } = await stopped();
    const r = await decideApproval(deps, { approvalId: a.id, decision: 'approve', channel: 'slack', actor: { personId: 'bob' } });
    expect(r.outcome).not.toBe('refused');
    expect(queued.map((j) => [j.approvalId, j.approvedBy])).toEqual([[a.id, ['bob']]]);
    expect((await audit.read()).map((e) => [e.type, e.actor, e.detail?.resumed])).toEqual([['approved', 'bob', true]]);
  });

  it('is not queued by someone who did not approve it', async () => {
    const { a, deps, queued } = await stopped();
    const r = await decideApproval(deps, {
      approvalId: a.id,
      decision: 'approve',
      channel: 'slack',
      actor: { personId: 'carol' },
    });
    expect(r.outcome).toBe('refused');
    expect(queued).toEqual([]);
  });
});
