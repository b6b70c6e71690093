import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { EffectLog } from '../../src/execution/effects.ts';
import type { ExecutionOutcome } from '../../src/execution/job.ts';
import { rfc3339 } from '../../src/kube/write.ts';
import {
  approvedJob,
  bodiesPerPath,
  copiesRound,
  copyOf,
  gate,
  realWrite,
  restartedAt,
  said,
  sleep,
  state,
  workerOf,
} from '../helpers/job-copies.ts';
import { resending } from '../helpers/redis-resend.ts';
import { effectiveWrites, replicasOf, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, exactly once, round 4 (against bda62d9: TAKE_OVER is a compare-and-set on the owner read, a later attempt
 * takes over an earlier attempt's claim, RunningElsewhere on the last attempt waits the read-back window and the
 * waiting person reads `running`). Attacked here: the claim rule itself (CLAIM still writes over a live run's claim,
 * so the run that re-claimed may end `failed` a call that is still out), a claim of the same attempt left by a worker
 * that died (nobody may end it, and the last attempt cannot), the token rule across a later attempt that took over a
 * live claim, and CLAIM resent after a dropped connection with another copy's claim in between. Real Redis, the real
 * sandbox behind an HTTP proxy per copy, real BullMQ where the person's answer is the question.
 *
 * The promises: an approved/allowed write takes effect at most once and exactly once when it can; it is recorded
 * `executed` exactly once (never twice, never `failed` while it happened); nothing runs without its approval; the
 * approval is finished with the end the audit records.
 */
let t: TestRuntime;
let dir: string;
let client: Redis;
copiesRound('coxswain-rt4-', (r) => {
  ({ t, dir, client } = r);
});

describe('CLAIM over a live claim whose call is still out', () => {
  // FOUND (left, it.fails below): CLAIM writes over any `executing` marker, so a second copy (the job's lock was lost while the first copy was
  // paused between its claim and its call) becomes the owner of a call that is still out, ends it `failed` when its
  // own call is refused and its read-back closes, and the first copy's restart then lands and is appended `executed`
  // over that `failed` (audit failed + executed, approval failed).
  // Left (it.fails): a run that replaces a claim cannot know whether the replaced run is still live with its call
  // out (a process paused past the read-back window); ending the job \`failed\` can then precede that call's
  // \`executed\`. docs/guarantees.md names the limit.
  it.fails('a second copy re-claims while the first call is held, its own call refused 503: not failed + executed', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    const a = await copyOf(t, dir);
    const b = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall });
    const first = a.run(job);
    await aCall.reached;
    // The copy BullMQ handed out after the lock was lost: reads A's claim, the target unchanged, claims, calls.
    b.proxy.decide = (r) => (realWrite(r) ? { status: 503 } : undefined);
    const bOutcome = await b.run(job, { stalledCounter: 1 });
    aCall.release();
    const aOutcome = await first;
    expect(restartedAt(t, 'production', 'api')).toBe(rfc3339(job.plannedAt));
    expect(bodiesPerPath(t)).toBe(1);
    expect({ a: said(aOutcome), b: said(bOutcome).slice(0, 40), ...(await state(t, job)) }).toMatchObject({
      a: 'executed',
      ends: ['executed'],
      approval: 'executed',
      marker: 'executed',
    });
  });

  // FOUND (left, it.fails below): the same through a resend: A's CLAIM is sent again after a dropped connection, B claimed in between and its
  // call is out; the resend makes A the owner again, A's own call is refused, its read-back closes before B's call
  // lands, A ends it `failed`, and B's restart lands and is appended `executed` over it.
  // Left (it.fails): a run that replaces a claim cannot know whether the replaced run is still live with its call
  // out (a process paused past the read-back window); ending the job \`failed\` can then precede that call's
  // \`executed\`. docs/guarantees.md names the limit.
  it.fails('CLAIM resent with another copy claimed in between, that copy call held: not failed + executed', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'worker' });
    const b = await copyOf(t, dir);
    const bCall = gate();
    b.proxy.add(realWrite, { hold: bCall });
    let running: Promise<ExecutionOutcome | string> | undefined;
    const effects = new EffectLog(
      resending(
        client,
        ['eval'],
        async () => {
          running = b.run(job, { stalledCounter: 1 });
          await bCall.reached;
        },
        1,
      ),
      t.runtime.prefix,
    );
    const a = await copyOf(t, dir, { effects });
    a.proxy.decide = (r) => (realWrite(r) ? { status: 503 } : undefined);
    t.sandbox.clearRequests();
    const aOutcome = await a.run(job);
    bCall.release();
    const bOutcome = await (running as Promise<ExecutionOutcome | string>);
    expect(restartedAt(t, 'production', 'worker')).toBe(rfc3339(job.plannedAt));
    expect({ a: said(aOutcome).slice(0, 40), b: said(bOutcome), ...(await state(t, job)) }).toMatchObject({
      b: 'executed',
      ends: ['executed'],
      approval: 'executed',
      marker: 'executed',
    });
  });
});

describe('a claim of the same attempt left by a worker that died', () => {
  // FOUND (left, it.fails below): a worker SIGKILLed after its claim, before its call, leaves `executing` owned by a dead run of the same
  // attempt; the copy BullMQ runs after the stall (not at the stall limit) on the job's last attempt meets a refusal
  // (its read 403), its `failed` end is refused for the dead run's claim, RunningElsewhere fails the job in BullMQ,
  // and no run is left to record: no audit end, approval `approved` and marker `executing` for good, the person told
  // "running".
  // Left (it.fails): the last attempt waits the read-back window for the other claim's end and, not knowing whether
  // that run is dead or only paused, never takes it over: the job stays unended (the waiting person reads \`running\`).
  it.fails('the last attempt after the stall, its read refused 403: one failed end is recorded, the approval finished', async () => {
    t.sandbox.reset();
    const w = await workerOf(t, dir, { attempts: 1, backoffMs: 100 });
    try {
      const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
      await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'dead-run');
      // RBAC on the deployment changed since the approval: every read and dry run is refused.
      w.proxy.decide = (r) => (realWrite(r) ? undefined : { status: 403 });
      t.sandbox.clearRequests();
      const told = await w.queue.run(job, 20_000).then(
        (o) => o.status,
        (err: unknown) => (err instanceof Error ? `failed: ${err.message}` : String(err)),
      );
      await sleep(500);
      expect(effectiveWrites(t.sandbox)).toEqual([]);
      expect({ told: told.slice(0, 40), ...(await state(t, job)) }).toMatchObject({
        ends: ['failed'],
        approval: 'failed',
        marker: 'failed',
      });
    } finally {
      await w.close();
    }
  });
});

describe('the token rule across a later attempt', () => {
  it('attempt 1 still live, attempt 2 takes its claim over and calls; attempt 1 refused 403 first: one executed', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    const a = await copyOf(t, dir);
    const c = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall, status: 403 });
    const first = a.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    await aCall.reached;
    const cCall = gate();
    c.proxy.add(realWrite, { hold: cCall });
    const second = c.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    await cCall.reached;
    aCall.release();
    const aOutcome = await first;
    cCall.release();
    const cOutcome = await second;
    // A's refusal may not end C's claim: A leaves the end to C.
    expect(said(aOutcome)).toMatch(/^Another worker is running restart/);
    expect(said(cOutcome)).toBe('executed');
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });

  it('a later attempt takes over an ended attempt while a stalled-path copy read the same claim: one end', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: 8 });
    // Attempt 1 claimed and ended (its scale refused 503, never sent); both attempt 2 and a stall settler read it.
    await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'attempt-1');
    const sRead = gate();
    const s = await copyOf(t, dir, { hooks: { afterMarkerRead: sRead.pass } });
    const c = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const settled = s.run(job, { attemptsMade: 1, opts: { attempts: 2 }, stalledCounter: 2 });
    await sRead.reached;
    const cOutcome = await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    sRead.release();
    const sOutcome = await settled;
    expect(said(cOutcome)).toBe('executed');
    expect(said(sOutcome)).toMatch(/^(executed|Another worker is running scale)/);
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(8);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });
});

describe('a later attempt that takes over a claim whose run is still live', () => {
  // FOUND (left, it.fails below): run() takes an earlier attempt's claim for ended ("BullMQ starts the next attempt only after the last
  // ended"), but a copy of attempt 1 whose lock was lost is still running: attempt 2 takes its claim over, its own call
  // is refused (403) and it ends the job `failed`; attempt 1's restart then lands and is appended `executed` over it.
  // Left (it.fails): a run that replaces a claim cannot know whether the replaced run is still live with its call
  // out (a process paused past the read-back window); ending the job \`failed\` can then precede that call's
  // \`executed\`. docs/guarantees.md names the limit.
  it.fails('attempt 1 live with its call out, attempt 2 takes over and is refused: not failed + executed', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    const a = await copyOf(t, dir);
    const c = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall });
    const first = a.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    await aCall.reached;
    c.proxy.add(realWrite, { status: 403 }, 2);
    const cOutcome = await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    aCall.release();
    const aOutcome = await first;
    expect(restartedAt(t, 'production', 'api')).toBe(rfc3339(job.plannedAt));
    expect({ a: said(aOutcome), c: said(cOutcome).slice(0, 40), ...(await state(t, job)) }).toMatchObject({
      a: 'executed',
      ends: ['executed'],
      approval: 'executed',
      marker: 'executed',
    });
  });
});

describe('what the waiting person is told after RunningElsewhere ended the job in BullMQ', () => {
  // FOUND (fixed: ExecutionQueue reads the effect marker): a `failed` end refused for another copy's claim throws RunningElsewhere from the executor's error path
  // (after recordFailed), not through the last attempt's wait (endOf), so BullMQ fails the job with "Another worker is
  // running"; the other copy records `executed` a moment later, but asking again (the same job id, kept 7 days) still
  // answers `running`, never the recorded end.
  it('the other copy executes just after; asking again answers executed, not running', async () => {
    t.sandbox.reset();
    const w = await workerOf(t, dir, { attempts: 1, backoffMs: 100 });
    try {
      const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'web' });
      // The copy whose lock was lost has claimed; its restart is on its way.
      const a = await copyOf(t, dir);
      const aCall = gate();
      a.proxy.add(realWrite, { hold: aCall });
      t.sandbox.clearRequests();
      const first = a.run(job);
      await aCall.reached;
      // The worker's run of the job (the same attempt) has its dry run refused 403.
      w.proxy.decide = (r) => (realWrite(r) ? undefined : { status: 403 });
      const told = await w.queue.run(job, 20_000).then(
        (o) => o.status,
        (err: unknown) => (err instanceof Error ? `failed: ${err.message}` : String(err)),
      );
      aCall.release();
      expect(said(await first)).toBe('executed');
      expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
      const again = await w.queue.run(job, 5_000).then(
        (o) => o.status,
        (err: unknown) => (err instanceof Error ? `failed: ${err.message}` : String(err)),
      );
      expect({ told, again }).toEqual({ told: expect.stringMatching(/^(executed|running)$/), again: 'executed' });
    } finally {
      await w.close();
    }
  });
});
