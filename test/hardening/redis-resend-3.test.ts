import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SlackStore } from '../../src/adapters/slack/store.ts';
import { ThreadQuestions } from '../../src/adapters/slack/threads.ts';
import { ApprovalStore } from '../../src/approvals/store.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { OnceStore } from '../../src/core/once.ts';
import type { Result } from '../../src/core/result.ts';
import { newApproval } from '../helpers/approval.ts';
import { answersExpire, click, decideEngine, resending } from '../helpers/redis-resend.ts';

/**
 * Red team, round 3: Redis commands sent twice, against the fixes of round 2 (2926145: the approval and question
 * stores keep a writer token with each compare-and-set; the audit append recognises its own new head; the resumed
 * approval needs no job and an open window; OnceStore lets go of its own claim only).
 *
 * A "late resend" is ioredis sending a command again after an outage longer than the two minutes RedisScript keeps
 * its answer (maxRetriesPerRequest null: it waits through any outage; a network partition between one replica and
 * Redis lets the other replicas write meanwhile). As in rounds 1 and 2, a Proxy sends the command twice; between
 * the two sends another process writes and the kept answers are expired (as Redis does after two minutes).
 *
 * After this round: the app's client fails a pending command after bounded reconnects (src/app/redis-options.ts,
 * held by test/app/redis-options.test.ts), so a resend always lands while the answer is kept and the five late-resend
 * cases left as `it.fails` below cannot happen with it; they stay to show what the bound protects. The resume at the
 * exact millisecond of expiry and OnceStore's stored answer (now a compare-and-set on the claim) are fixed.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: Redis;
beforeAll(async () => {
  redis = new Redis(inject('redisUrl'));
  // Every script once, so Redis has them cached and the first send of each is the script itself (not NOSCRIPT).
  const prefix = `t-resend3-warm-${randomUUID()}`;
  const approvals = new ApprovalStore(redis, { prefix });
  const a = await approvals.create(newApproval());
  await approvals.decide(a.id, 'reject', 'bob');
  await approvals.takeDueReminders();
  await new AuditLog(redis, { prefix }).append({ type: 'requested', requestId: 'warm', actor: 'alice' });
  await new ThreadQuestions(redis, prefix).take({ channel: 'C1', thread_ts: '1.1' }, 'U1');
  await new SlackStore(redis, prefix).claimCardVersion('apr_warm', 1);
});
afterAll(() => redis?.quit());

describe('the audit head check with two processes (a late resend)', () => {
  // The person sees: `coxswain audit export` shows alice's `requested` entry twice (seq 1 and seq 3, around the
  // worker's entry), and verify() says ok. 2926145 recognises a late resend only while the head is still the
  // batch's own new head; when another process (a second replica, the worker) appended meanwhile, the resend finds
  // neither the expected head nor its own, answers "head moved", and the writer hashes the batch again on top.
  // Round 1's test of this case passes only because the kept answer is still there; after two minutes it is not.
  it.fails('a batch resent after its kept answer expired, with another process appending meanwhile, is appended once', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    const other = new AuditLog(redis, { prefix });
    const log = new AuditLog(
      resending(redis, ['evalsha', 'eval'], async () => {
        await other.append({ type: 'requested', requestId: 'r-other', actor: 'bob' });
        await answersExpire(redis, prefix);
      }),
      { prefix },
    );
    await log.append({ type: 'requested', requestId: 'r-mine', actor: 'alice' });
    const all = await other.read();
    expect(await other.verify()).toEqual({ ok: true, count: all.length });
    expect(all.map((e) => e.requestId)).toEqual(['r-mine', 'r-other']);
  });

  it('a batch resent after its kept answer expired, with no other writer, is appended once (2926145 holds)', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    await new AuditLog(redis, { prefix }).append({ type: 'requested', requestId: 'r-before', actor: 'carol' });
    const log = new AuditLog(
      resending(redis, ['evalsha', 'eval'], () => answersExpire(redis, prefix)),
      { prefix },
    );
    const entry = await log.append({ type: 'requested', requestId: 'r-mine', actor: 'alice' });
    const all = await new AuditLog(redis, { prefix }).read();
    expect(all.map((e) => e.requestId)).toEqual(['r-before', 'r-mine']);
    expect(entry.streamId).toBe(all[1].streamId);
  });
});

describe('the writer token: a late resend racing a second writer', () => {
  // The person sees: bob approves the first of two approvals on replica A, whose connection to Redis drops for
  // more than two minutes (his click landed); carol approves on replica B and the action runs. When A reconnects,
  // bob is told "Approval apr_… is closed: it was already approved …" for the approval he himself counted, and the
  // audit log has no `approved` entry by bob at all: it records an action that needed two approvers with only
  // carol's approval. The writer token answers a resend only while the version is still the one it wrote;
  // carol's write moved it on, so the resend answers "someone changed it" and the re-read finds it closed.
  it.fails("bob's first of two approvals, resent late after carol's approval completed it, is answered and audited as bob's", async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    const b = decideEngine(redis, prefix);
    const a = await b.approvals.create(newApproval({ required: { from: ['approver'], count: 2 } }));
    let carol: Result | undefined;
    const replicaA = decideEngine(
      resending(redis, ['evalsha', 'eval'], async () => {
        carol = await click(b.deps, a.id, 'approve', 'carol');
        await answersExpire(redis, prefix);
      }),
      prefix,
    );
    const bob = await click(replicaA.deps, a.id, 'approve', 'bob');
    expect(carol?.outcome).not.toBe('refused');
    expect([...replicaA.queued, ...b.queued].map((j) => j.approvedBy)).toEqual([['bob', 'carol']]);
    const approved = (await new AuditLog(redis, { prefix }).read()).filter((e) => e.type === 'approved');
    expect(approved.map((e) => e.actor).sort()).toEqual(['bob', 'carol']);
    expect(bob.outcome).toBe('approved');
  });

  it('two approvers rejecting at once (the same next state): the late resend of the first finds its own token, the second is refused', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    const b = decideEngine(redis, prefix);
    const a = await b.approvals.create(newApproval());
    let carol: Result | undefined;
    const replicaA = decideEngine(
      resending(redis, ['evalsha', 'eval'], async () => {
        carol = await click(b.deps, a.id, 'reject', 'carol');
        await answersExpire(redis, prefix);
      }),
      prefix,
    );
    const bob = await click(replicaA.deps, a.id, 'reject', 'bob');
    expect(bob).toMatchObject({ outcome: 'denied' });
    expect(carol).toMatchObject({ outcome: 'refused' });
    const entries = await new AuditLog(redis, { prefix }).read();
    expect(entries.map((e) => [e.type, e.actor])).toEqual([['rejected', 'bob']]);
    expect((await b.approvals.get(a.id))?.status).toBe('rejected');
  });

  it('a late resend of a compare-and-set whose version another writer reached with the same state does not count as its own', async () => {
    // Two replicas approving a one-approver approval at once: only the one whose token is stored is answered as
    // the approver; the other is refused, and the queue gets one job with one approver.
    const prefix = `t-resend3-${randomUUID()}`;
    const b = decideEngine(redis, prefix);
    const a = await b.approvals.create(newApproval());
    let carol: Result | undefined;
    const replicaA = decideEngine(
      resending(redis, ['evalsha', 'eval'], async () => {
        carol = await click(b.deps, a.id, 'approve', 'carol');
        await answersExpire(redis, prefix);
      }),
      prefix,
    );
    const bob = await click(replicaA.deps, a.id, 'approve', 'bob');
    expect(bob.outcome).not.toBe('refused');
    expect(carol?.outcome).toBe('refused');
    expect([...replicaA.queued, ...b.queued].map((j) => j.approvedBy)).toEqual([['bob']]);
  });
});

describe('the resume window at its boundary', () => {
  async function stopped(now: () => number) {
    const prefix = `t-resend3-${randomUUID()}`;
    const e = decideEngine(redis, prefix, now);
    const a = await e.approvals.create(newApproval());
    expect((await e.approvals.decide(a.id, 'approve', 'bob', () => ({ ok: true }))).kind).toBe('fully-approved');
    return { ...e, a };
  }

  it('one millisecond before its expiry, the approver resumes an approval never queued', async () => {
    let clock = Date.parse('2030-01-01T00:00:00Z');
    const { deps, queued, a } = await stopped(() => clock);
    clock = Date.parse(a.expiresAt) - 1;
    expect((await click(deps, a.id, 'approve', 'bob')).outcome).not.toBe('refused');
    expect(queued.map((j) => j.id)).toEqual([a.id]);
  });

  // The person sees (one millisecond wide): at the exact millisecond of expiresAt a pending approval is expired
  // (transitions.ts: expiresAt <= now) and its click refused, while an approved-but-never-queued one is still
  // resumed and runs (windowClosed: now > expiresAt). The two rules disagree on whether the window includes its end.
  it('at the exact millisecond of its expiry the resume is refused, as a pending approval is', async () => {
    let clock = Date.parse('2030-01-01T00:00:00Z');
    const { deps, queued, a } = await stopped(() => clock);
    const pending = decideEngine(redis, `t-resend3-${randomUUID()}`, () => clock);
    const p = await pending.approvals.create(newApproval());
    clock = Date.parse(a.expiresAt);
    expect(Date.parse(p.expiresAt)).toBe(clock);
    expect((await click(pending.deps, p.id, 'approve', 'bob')).outcome).toBe('refused');
    expect((await click(deps, a.id, 'approve', 'bob')).outcome).toBe('refused');
    expect(queued).toEqual([]);
  });
});

describe('scripts the first two rounds tested only with the answer still kept', () => {
  // The person sees: the approvers are never reminded of a pending approval (it expires unnoticed). TAKE_DUE
  // removed the due id and answered it; sent again after the kept answer expired, it finds nothing due and answers
  // [], and no replica holds the id any more. Round 1 tested the resend only while the answer was kept.
  it.fails('a due reminder resent after its kept answer expired is handed out (and not lost)', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    let clock = Date.parse('2030-01-01T00:00:00Z');
    const plain = new ApprovalStore(redis, { prefix, now: () => clock });
    const late = new ApprovalStore(
      resending(redis, ['evalsha', 'eval'], () => answersExpire(redis, prefix)),
      {
        prefix,
        now: () => clock,
      },
    );
    const a = await plain.create(newApproval({ notify: { people: { bob: 'U0BOB' }, slack: [], dm: false, remind: 0.5 } }));
    clock += 301_000;
    const due = await late.takeDueReminders();
    expect(await plain.takeDueReminders()).toEqual([]);
    expect(due.map((s) => s.id)).toEqual([a.id]);
  });

  // The person sees: their reply in the thread to the bot's question ("staging") is read as a new request (another
  // question, or help) instead of answering the first: the take deleted the thread's question and, resent after the
  // kept answer expired, answered nil.
  it.fails('the question open in a thread, taken by a reply resent after its kept answer expired, is answered', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    const to = { channel: 'C1', thread_ts: '1.1' };
    await new ThreadQuestions(redis, prefix).remember(to, 'U1', 'clr_abc');
    const late = new ThreadQuestions(
      resending(redis, ['evalsha', 'eval'], () => answersExpire(redis, prefix)),
      prefix,
    );
    expect(await late.take(to, 'U1')).toBe('clr_abc');
  });

  // The person sees: the approval card keeps its old state (still "pending" with Approve/Reject after it was
  // approved and ran, or after it expired). The version claim set the new version; resent after its kept answer
  // expired it answers 0 (not newer than itself), so no replica updates the card.
  it.fails('a card version claim resent after its kept answer expired is still claimed by its replica', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    await new SlackStore(redis, prefix).saveCard('apr_1', { channel: 'C1', ts: '1.2' }, 1);
    const late = new SlackStore(
      resending(redis, ['evalsha', 'eval'], () => answersExpire(redis, prefix)),
      prefix,
    );
    expect(await late.claimCardVersion('apr_1', 2)).toBe(true);
  });
});

describe("OnceStore: compare-and-delete and the stored answer's plain SET", () => {
  const whileRunning = (): Result => ({ requestId: 'undo-w1', outcome: 'refused', reason: 'already being handled' });
  const taken = async (): Promise<Result> => ({ requestId: 'undo-w1', outcome: 'refused', reason: 'taken' });

  it('a let-go resent after the id holds a stored answer leaves the answer', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    const key = `${prefix}:once:undo:w1`;
    const second = new OnceStore(redis, prefix);
    const first = new OnceStore(
      resending(redis, ['eval'], async () => {
        await second.once(
          'undo:w1',
          'alice',
          async () => ({ requestId: 'undo-w1', outcome: 'answer', reason: 'second' }),
          whileRunning,
          taken,
        );
      }),
      prefix,
    );
    await expect(
      first.once('undo:w1', 'alice', async () => Promise.reject(new Error('Connection is closed.')), whileRunning, taken),
    ).rejects.toThrow();
    expect(JSON.parse((await redis.get(key)) ?? 'null')).toMatchObject({ owner: 'alice', result: { reason: 'second' } });
  });

  // The person sees: alice's undo of a production write asks for approval apr_1; bob rejects it. alice sends the
  // undo again: it is answered "undo pending approval apr_1" (the rejected one) and nothing is asked, for a day
  // (RETENTION 24 h). The first replica stored its answer with a plain SET whose answer was lost; meanwhile another
  // replica forgot that answer (its approval was turned down, engine.ts) and claimed the id afresh; the late resent
  // SET overwrote that claim with the forgotten answer, and the new run's let-go (failed: a transient error) is a
  // compare-and-delete that no longer finds its token, so the stale answer stays.
  it('a stored answer resent after it was forgotten and the id claimed afresh does not come back', async () => {
    const prefix = `t-resend3-${randomUUID()}`;
    const key = `${prefix}:once:undo:w1`;
    const stale: Result = { requestId: 'undo-w1', outcome: 'pending', approvalId: 'apr_1', reason: 'undo needs approval apr_1' };
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let second: Promise<Result> | undefined;
    const first = new OnceStore(
      // The `set` is the claim (SET NX); the stored answer is now the 1st `eval` (a compare-and-set on the claim).
      resending(
        redis,
        ['eval'],
        async () => {
          await new OnceStore(redis, prefix).forget('undo:w1', 'apr_1');
          second = new OnceStore(redis, prefix).once(
            'undo:w1',
            'alice',
            async () => {
              await gate;
              throw new Error('Connection is closed.');
            },
            whileRunning,
            taken,
          );
          second.catch(() => {});
          while (!(await redis.get(key))?.startsWith('claim:')) await sleep(5);
        },
        1,
      ),
      prefix,
    );
    expect(await first.once('undo:w1', 'alice', async () => stale, whileRunning, taken)).toEqual(stale);
    release();
    await expect(second).rejects.toThrow();
    const runs: string[] = [];
    const third = await new OnceStore(redis, prefix, { waitMs: 300 }).once(
      'undo:w1',
      'alice',
      async () => {
        runs.push('third');
        return { requestId: 'undo-w1', outcome: 'answer', reason: 'asked afresh' };
      },
      whileRunning,
      taken,
    );
    expect(runs).toEqual(['third']);
    expect(third.reason).toBe('asked afresh');
  });
});
