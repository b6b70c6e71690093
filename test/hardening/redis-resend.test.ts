import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { SlackStore } from '../../src/adapters/slack/store.ts';
import { ThreadQuestions } from '../../src/adapters/slack/threads.ts';
import type { ApprovalState } from '../../src/approvals/approval.ts';
import { ApprovalStore } from '../../src/approvals/store.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { QuestionStore } from '../../src/confirmations/store.ts';
import { UndoStore } from '../../src/confirmations/undo-store.ts';
import { decideApproval } from '../../src/core/engine-decide.ts';
import { OnceStore } from '../../src/core/once.ts';
import { EffectLog } from '../../src/execution/effects.ts';
import { newApproval } from '../helpers/approval.ts';
import { decideEngine, resending } from '../helpers/redis-resend.ts';

/**
 * Red team: Redis commands that ioredis sends again after a dropped connection (a Redis restart; AOF keeps a
 * command applied just before a SIGKILL, since Redis writes it to the file before it answers). The command runs
 * twice and the caller sees only the second answer. Each test below the approvals, questions, Slack state and audit
 * headings was a command whose second answer was wrong (written as a failing test, with what a person saw); they
 * are all Lua scripts now run through RedisScript (src/core/redis-script.ts), which keeps each run's answer so a
 * resend answers the same. The last heading lists commands checked and found safe to send twice.
 */

let redis: Redis;
beforeAll(() => {
  redis = new Redis(inject('redisUrl'));
});
afterAll(() => redis?.quit());

describe('approvals: the compare-and-set script sent twice', () => {
  let prefix: string;
  let clock: number;
  let expired: ApprovalState[];
  const plain = () => new ApprovalStore(redis, { prefix, now: () => clock });
  const twice = () =>
    new ApprovalStore(resending(redis, ['evalsha', 'eval']), {
      prefix,
      now: () => clock,
      onExpire: async (s) => void expired.push(s),
    });
  beforeEach(() => {
    prefix = `t-resend-${randomUUID()}`;
    clock = Date.parse('2030-01-01T00:00:00Z');
    expired = [];
  });

  // The person sees: bob clicks Approve on alice's production change and is told "Approval apr_… is closed: it
  // was already approved and is running". Nothing runs, ever: the CAS had written `approved`, its resend answered
  // 0, the re-read state was refused as already decided, so no job was queued, no `approved` audit entry was
  // written and no card update published. The approval stays `approved` (out of the expiry set) for 30 days; a
  // second click gets the same refusal.
  it('the last approval queues its action', async () => {
    const a = await plain().create(newApproval());
    // Every script of the decision sent twice: the approval's compare-and-set, and the audit append after it.
    const { deps, queued } = decideEngine(resending(redis, ['evalsha', 'eval']), prefix);
    const r = await decideApproval(deps, {
      approvalId: a.id,
      decision: 'approve',
      channel: 'terminal',
      actor: { personId: 'bob' },
    });
    expect((await plain().get(a.id))?.status).toBe('approved');
    expect(r.reason).not.toMatch(/already approved/);
    expect(queued.map((j) => j.approvalId)).toEqual([a.id]);
  });

  // The person sees: bob rejects and is told "Approval apr_… is closed: it was already rejected by bob" (a
  // refusal, not "bob rejected …; nothing ran"); no `rejected` audit entry, and the card keeps its buttons. A
  // cancel by the requester is refused the same way ("the requester cancelled it").
  it('a rejection is answered as the rejection it made', async () => {
    const a = await plain().create(newApproval());
    expect(await twice().decide(a.id, 'reject', 'bob')).toMatchObject({ kind: 'rejected' });
  });

  // The person sees: the first of two approvers is told "bob already approved apr_…; it needs 1 more approval"
  // as a refusal; the approval counted, but no `approved` audit entry is written and the card still shows 0 of 2.
  it('the first of two approvals is counted and answered as counted', async () => {
    const a = await plain().create(newApproval({ required: { from: ['approver'], count: 2 } }));
    expect(await twice().decide(a.id, 'approve', 'bob')).toMatchObject({ kind: 'approved', remaining: 1 });
  });

  // The person sees: nothing. The sweep (or a read) moved the approval to `expired`, but the resend answered 0 and
  // the re-read found it already expired, so nobody runs onExpire: no `expired` audit entry, no card update, and
  // the requester is never told in the thread that nothing ran.
  it('an expiry found by the sweep is recorded once', async () => {
    const a = await plain().create(newApproval());
    clock += 601_000;
    const swept = await twice().sweepExpired();
    expect((await plain().get(a.id))?.status).toBe('expired');
    expect(swept.map((s) => s.id)).toEqual([a.id]);
    expect(expired.map((s) => s.id)).toEqual([a.id]);
  });

  // The person sees: the approvers are never reminded. TAKE_DUE removed the due id and answered it; the resend
  // found nothing due and answered [], so the reminder is gone for every replica.
  it('a due reminder is handed out (and not lost)', async () => {
    const a = await plain().create(newApproval({ notify: { people: { bob: 'U0BOB' }, slack: [], dm: false, remind: 0.5 } }));
    clock += 301_000;
    const due = await twice().takeDueReminders();
    expect(await plain().takeDueReminders()).toEqual([]);
    expect(due.map((s) => s.id)).toEqual([a.id]);
  });

  it('finishing an approval is the same state however often it is sent', async () => {
    const a = await plain().create(newApproval());
    expect((await plain().decide(a.id, 'approve', 'bob')).kind).toBe('fully-approved');
    const done = await twice().finish(a.id, 'executed', { result: { summary: 'scaled' } });
    expect(done).toMatchObject({ status: 'executed', version: 3 });
    expect((await plain().get(a.id))?.version).toBe(3);
  });
});

describe('open questions: the compare-and-set script sent twice', () => {
  const clock = Date.parse('2030-01-01T00:00:00Z');
  const stores = () => {
    const prefix = `t-resend-${randomUUID()}`;
    return {
      plain: new QuestionStore(redis, prefix, () => clock),
      twice: new QuestionStore(resending(redis, ['evalsha', 'eval']), prefix, () => clock),
    };
  };

  // The person sees: alice confirms "scale worker in staging to 4" and is told "This confirmation (cnf_…) is
  // already confirmed." Nothing ran and no `confirmed` audit entry exists; the confirmation is closed, so she has
  // to ask again from the start. A drop is refused the same way.
  it('a confirmation by its requester is taken', async () => {
    const { plain, twice } = stores();
    const q = await plain.create({
      kind: 'confirm',
      requestId: 'r1',
      requester: 'alice',
      channel: 'terminal',
      text: 'scale wroker in staging to 4',
      call: { tool: 'scale', args: { namespace: 'staging', name: 'worker', replicas: 4 } },
      reading: 'Scale staging/worker from 1 to 4 replicas.',
      ttlSeconds: 60,
    });
    expect(await twice.take(q.id, 'confirm', 'alice')).toMatchObject({ kind: 'taken' });
  });

  // The person sees: alice answers the bot's question ("which namespace?") with "staging" and is refused with
  // "This question (clr_…) is already answered."; the audit records it as `denied` with the rule "not the
  // requester" although she is the requester.
  it('an answer to a clarify question by its requester is taken', async () => {
    const { plain, twice } = stores();
    const q = await plain.create({
      kind: 'clarify',
      requestId: 'r2',
      requester: 'alice',
      channel: 'terminal',
      text: 'restart worker',
      ttlSeconds: 60,
    });
    expect(await twice.take(q.id, 'answer', 'alice')).toMatchObject({ kind: 'taken' });
  });
});

describe('Slack state sent twice', () => {
  // The person sees: their reply in the thread to the bot's question is read as a new request ("staging" alone:
  // another question or help) instead of completing the first one. GETDEL removed the thread's question and
  // answered it; the resend answered nil, so the question is lost for good.
  it('the question open in a thread is taken by the reply', async () => {
    const prefix = `t-resend-${randomUUID()}`;
    const to = { channel: 'C1', thread_ts: '1.1' };
    await new ThreadQuestions(redis, prefix).remember(to, 'U1', 'clr_abc');
    const twice = new ThreadQuestions(resending(redis, ['evalsha', 'eval', 'getdel']), prefix);
    expect(await twice.take(to, 'U1')).toBe('clr_abc');
    // Taken once: the next message in the thread is a new request, and "none" survives the kept answer too.
    expect(await twice.take(to, 'U1')).toBeUndefined();
  });

  // The person sees: the approval card in Slack keeps its old state (still "pending" with Approve/Reject buttons
  // after it was approved and ran, or after it expired, in which case the requester is also never told in the
  // thread). The version claim set the new version and answered 1; the resend answered 0, so no replica updates it.
  it('a card update for a newer version is claimed by its replica', async () => {
    const prefix = `t-resend-${randomUUID()}`;
    await new SlackStore(redis, prefix).saveCard('apr_1', { channel: 'C1', ts: '1.2' }, 1);
    expect(await new SlackStore(resending(redis, ['evalsha', 'eval']), prefix).claimCardVersion('apr_1', 2)).toBe(true);
  });
});

describe('the audit append script sent twice with another writer in between', () => {
  // The person sees: an audit export with the request's entry twice (e.g. two `requested` entries for one
  // message), each with its own seq; verify() still says ok, since both are chained. 1a4320f recognises a resend
  // only when the head is still the batch's own new head; when another process (a second replica, a worker)
  // appended while this client reconnected, the resend answers "head moved" and the writer hashes its batch again
  // on top. Entries with an effect marker (executed/failed) are protected by the marker; plain entries are not.
  it('a batch is appended once even when another process appended before the resend', async () => {
    const prefix = `t-resend-audit-${randomUUID()}`;
    const other = new AuditLog(redis, { prefix });
    const client = resending(redis, ['evalsha', 'eval'], () =>
      other.append({ type: 'requested', requestId: 'other', actor: 'bob' }),
    );
    const log = new AuditLog(client, { prefix });
    await log.append({ type: 'requested', requestId: 'mine', actor: 'alice' });
    const all = await other.read();
    expect(await other.verify()).toEqual({ ok: true, count: all.length });
    expect(all.map((e) => e.requestId)).toEqual(['mine', 'other']);
  });
});

describe('commands found safe to send twice', () => {
  it('effect markers, undo records and a once-claim let go give the same state', async () => {
    const prefix = `t-resend-${randomUUID()}`;
    const client = resending(redis, ['eval', 'set', 'del']);
    const effects = new EffectLog(client, prefix);
    await effects.executing('job-1', 1, 'f1');
    expect(await effects.get('job-1')).toMatchObject({ status: 'executing', attempt: 1, fingerprint: 'f1' });
    const write = { requestId: 'r1', tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 3 }, changes: [] };
    const id = await new UndoStore(client, prefix).save(write);
    expect(await new UndoStore(redis, prefix).get(id)).toEqual(write);
    // OnceStore: the claim (SET NX, read back: 1aacb0e's pattern), the stored answer (SET), a let-go (DEL).
    const once = new OnceStore(client, prefix);
    let runs = 0;
    const run = async () => {
      runs += 1;
      return { requestId: 'q1', outcome: 'answer' as const, reason: 'ok' };
    };
    const answer = () => ({ requestId: 'q1', outcome: 'refused' as const, reason: 'taken' });
    expect(await once.once('q1', 'alice', run, answer, async () => answer())).toMatchObject({ outcome: 'answer' });
    expect(await once.once('q1', 'alice', run, answer, async () => answer())).toMatchObject({ outcome: 'answer' });
    expect(runs).toBe(1);
  });
});
