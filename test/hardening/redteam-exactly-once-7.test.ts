import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { EffectLog } from '../../src/execution/effects.ts';
import type { ExecutionJobInput } from '../../src/execution/job.ts';
import {
  approvedJob,
  barrier,
  bodiesPerPath,
  copiesRound,
  copyOf,
  realWrite,
  said,
  signal,
  state,
} from '../helpers/job-copies.ts';
import { outsideScale } from '../helpers/outside-scale.ts';
import { resending } from '../helpers/redis-resend.ts';
import { effectiveWrites, replicasOf, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, exactly once, round 7 (against 5df2508: the token rule, TAKE_OVER as a compare-and-set that answers its own
 * takeover as taken, the stalled path waiting then ending unrecoverably, a drift recorded `failed` re-planned by the
 * next run). Attacked here: the drift check on a later attempt (the marker an earlier attempt left), the drift's
 * re-plan lost where no next run() comes (the last attempt, the stalled path), drift() meeting another run's `failed`
 * end, and TAKE_OVER resent with a later attempt's takeover in between. Real Redis, the real sandbox behind an HTTP
 * proxy per copy.
 *
 * The promises: an approved/allowed write takes effect at most once and exactly once when it can; it is recorded
 * `executed` exactly once (never twice, never `failed` while it happened); nothing runs without its approval (an
 * approved action whose target changed since the approval does not run); approvals are finished consistently.
 */

let t: TestRuntime;
let dir: string;
let client: Redis;
copiesRound('coxswain-rt7-', (r) => {
  ({ t, dir, client } = r);
});

/** A copy whose re-plan of a drift fails once with a dropped connection (the Core's handle lost Redis). */
const replanFailsOnce = () => {
  let failures = 1;
  return {
    onDrift:
      (replan: (a: Parameters<typeof t.runtime.core.replan>[0]) => Promise<string | undefined>) =>
      async (approval: Parameters<typeof t.runtime.core.replan>[0]) => {
        if (failures-- > 0) throw new Error('Connection is closed.');
        return replan(approval);
      },
  };
};

describe('the drift check on a later attempt', () => {
  // FOUND (fixed): run() skips the drift check whenever the marker is `executing` (an earlier attempt's claim), so after an
  // attempt whose scale never reached the API server (503) a person's own scale is not drift to the retry: the target
  // moved, is not as asked (so not "landed"), and attempt 2 sends the approved scale over the person's change.
  it('attempt 1 refused 503 before the API server, a person scales by hand, attempt 2: drift, not a scale over it', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 3 });
    const c = await copyOf(t, dir);
    let refusing = true;
    c.proxy.decide = (r) => (refusing && realWrite(r) ? { status: 503 } : undefined);
    t.sandbox.clearRequests();
    const first = await c.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    expect(first).toBeTypeOf('string');
    expect((await t.runtime.effects.get(job.id))?.status).toBe('executing');
    refusing = false;
    // Between the attempts (BullMQ's backoff), someone scales web by hand to another number.
    await outsideScale(t.sandbox, 'production', 'web', before + 1);
    const second = await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    expect({ replicas: replicasOf(t.sandbox, 'production', 'web'), second: said(second), ...(await state(t, job)) }).toEqual({
      replicas: before + 1,
      second: 'drift',
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
  });

  it('attempt 1 refused 503, nobody touches the target, attempt 2: it scales once, one executed', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 2 });
    const c = await copyOf(t, dir);
    let refusing = true;
    c.proxy.decide = (r) => (refusing && realWrite(r) ? { status: 503 } : undefined);
    t.sandbox.clearRequests();
    // The re-plan's dropped connection is now waited out (durably): the first run may re-plan itself; either way the
    // stalled path below answers one drift with one new approval.
    await c.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    refusing = false;
    expect(said(await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } }))).toBe('executed');
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(before + 2);
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });
});

describe("a drift's re-plan lost where no next run() comes", () => {
  // FOUND (fixed): drift() records `failed` and then re-plans outside durably(); a dropped connection in onDrift on the job's
  // LAST attempt goes to the error path, whose record finds the drift's own `failed` end and throws "could not reach
  // Redis": the job ends in BullMQ, no run is left to re-plan (round 5's fix is in run() only), the approval and the
  // audit say "the request was planned again for a new approval", none exists, and the person is told a Redis error.
  it('onDrift drops its connection once on the last attempt: the request is still re-planned (one new approval)', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'web' });
    await outsideScale(t.sandbox, 'production', 'web', (replicasOf(t.sandbox, 'production', 'web') ?? 1) + 4);
    const c = await copyOf(t, dir, replanFailsOnce());
    t.sandbox.clearRequests();
    const only = await c.run(job, { attemptsMade: 0, opts: { attempts: 1 } });
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect({ told: said(only).slice(0, 60), ...(await state(t, job)) }).toEqual({
      told: expect.stringMatching(/drift/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
  });

  // FOUND (fixed): the stalled path (settleClaim) ends a `failed` marker with failedElsewhere without looking at it: a drift
  // whose re-plan was lost (the worker died between the `failed` record and onDrift, its second stall) is never
  // re-planned, though its error says the request was planned again.
  it('attempt 1 loses its re-plan, the job then reaches the stall limit: the stalled path re-plans it', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    await outsideScale(t.sandbox, 'production', 'api', (replicasOf(t.sandbox, 'production', 'api') ?? 1) + 3);
    const c = await copyOf(t, dir, replanFailsOnce());
    t.sandbox.clearRequests();
    // The re-plan's dropped connection is now waited out (durably): the first run may re-plan itself; either way the
    // stalled path below answers one drift with one new approval.
    await c.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    // The run died there (as if SIGKILLed after the `failed` record): BullMQ's stalled check hands the job out again,
    // now past the stall limit.
    const s = await copyOf(t, dir);
    const settled = await s.run(job, { attemptsMade: 0, opts: { attempts: 2 }, stalledCounter: 2 });
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect({ told: said(settled).slice(0, 60), ...(await state(t, job)) }).toEqual({
      told: expect.stringMatching(/drift/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
  });
});

describe("drift() meeting another run's `failed` end", () => {
  // FOUND (fixed): drift() takes recordFailed's undefined ("no executed end") for leave to re-plan, but undefined also means
  // another run's failure is the end: A's scale was refused 403 and recorded `failed`; B (its marker read before A's
  // claim) then sees a person's scale as drift, its `failed` is not appended (one is there), and it re-plans anyway:
  // a new approval is asked and DRIFTED turns A's `failed` marker into a drift, while the audit and the approval say 403.
  it("A refused 403 and recorded failed, B then sees a person's scale as drift: no re-plan, A's end stands", async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 2 });
    // B (the copy handed out when the lock was lost) reads no marker; its dry run is slow.
    const bRead = signal();
    const b = await copyOf(t, dir, { hooks: { afterMarkerRead: bRead.pass } });
    const bPreview = barrier();
    b.proxy.decide = (r) => (realWrite(r) ? undefined : { hold: bPreview });
    t.sandbox.clearRequests();
    const second = b.run(job);
    await bRead.reached;
    // A claims, its scale is refused 403: A records `failed` and finishes the approval failed.
    const a = await copyOf(t, dir);
    a.proxy.add(realWrite, { status: 403 });
    expect(said(await a.run(job))).toMatch(/403|forbidden|not allowed/i);
    // Someone scales web by hand; B's dry run then answers.
    await outsideScale(t.sandbox, 'production', 'web', before + 5);
    bPreview.release();
    const bOutcome = await second;
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(before + 5);
    expect({ b: said(bOutcome).slice(0, 5), ...(await state(t, job)) }).toEqual({
      b: expect.not.stringMatching(/^drift$/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'failed',
      newApprovals: 0,
    });
  });
});

describe('TAKE_OVER resent with a later attempt taking over in between', () => {
  it('the stalled path takes a dead claim, attempt 2 runs to its end before the resend: one executed', async () => {
    t.sandbox.reset();
    const job: ExecutionJobInput = await approvedJob(t, 'restart', { namespace: 'production', name: 'worker' });
    await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'dead-run');
    const c = await copyOf(t, dir);
    let later: string | undefined;
    // The first send of S's TAKE_OVER lands; while its client reconnects, attempt 2 runs the job to its end.
    const effects = new EffectLog(
      resending(
        client,
        ['eval'],
        async () => {
          later = said(await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } }));
        },
        1,
      ),
      t.runtime.prefix,
    );
    const s = await copyOf(t, dir, { effects });
    t.sandbox.clearRequests();
    const settled = await s.run(job, { attemptsMade: 1, opts: { attempts: 2 }, stalledCounter: 2 });
    expect({ later, s: said(settled) }).toEqual({ later: 'executed', s: 'executed' });
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
    expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
  });
});
