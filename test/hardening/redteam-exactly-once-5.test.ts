import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/audit/log.ts';
import { EffectLog } from '../../src/execution/effects.ts';
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
  state,
} from '../helpers/job-copies.ts';
import { outsideScale } from '../helpers/outside-scale.ts';
import { resending } from '../helpers/redis-resend.ts';
import { effectiveWrites, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, exactly once, round 5 (against efe99b6: ExecutionQueue reads the effect marker for a job failed with
 * RunningElsewhere; a RunningElsewhere met while recording the last attempt's end waits the read-back window).
 * Attacked here: TAKE_OVER sent twice after a dropped connection with nothing in between (the run loses to its own
 * first send), the drift path's re-plan lost between the `failed` record and onDrift (a transient error or a crash),
 * the token rule when the stalled path takes a live claim over and the live run's call is refused, and every effect
 * and audit script sent twice on whole runs. Real Redis, the real sandbox behind an HTTP proxy per copy.
 *
 * The promises: an approved/allowed write takes effect at most once and exactly once when it can; it is recorded
 * `executed` exactly once (never twice, never `failed` while it happened); nothing runs without its approval; the
 * approval is finished with the end the audit records.
 */
let t: TestRuntime;
let dir: string;
let client: Redis;
copiesRound('coxswain-rt5-', (r) => {
  ({ t, dir, client } = r);
});

describe('TAKE_OVER sent twice with nothing in between', () => {
  // FOUND: TAKE_OVER is a plain EVAL whose compare is "the owner is still the one I read", so when ioredis sends it again
  // after a dropped connection (its first send landed) the resend finds the run's own new owner and answers 0: the
  // stalled path (settleClaim) takes that for a live copy and throws RunningElsewhere with the claim now its own,
  // outside the try/catch that waits on the last attempt; on the job's last attempt nobody is left to end it (no audit
  // end, approval `approved`, marker `executing` for good, the person told `running` on every ask).
  it('the stalled path settles a dead claim, its TAKE_OVER resent: one failed end, approval finished', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    // The worker that claimed died before its call went out (the target is as approved).
    await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'dead-run');
    const effects = new EffectLog(resending(client, ['eval'], undefined, 1), t.runtime.prefix);
    const s = await copyOf(t, dir, { effects });
    t.sandbox.clearRequests();
    const sOutcome = await s.run(job, { stalledCounter: 2 });
    const marker = await t.runtime.effects.get(job.id);
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect({
      s: said(sOutcome).slice(0, 30),
      ...(await state(t, job)),
      ownerIsDead: marker?.owner === 'dead-run',
    }).toEqual({
      s: expect.stringMatching(/^restart did not happen/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'failed',
      newApprovals: 0,
      ownerIsDead: false,
    });
  });

  it("a later attempt's TAKE_OVER resent, its dry run refused 403: the claim is its own, one failed end", async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'attempt-1');
    const effects = new EffectLog(resending(client, ['eval'], undefined, 1), t.runtime.prefix);
    const c = await copyOf(t, dir, { effects });
    c.proxy.decide = (r) => (realWrite(r) ? undefined : { status: 403 });
    t.sandbox.clearRequests();
    const cOutcome = await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    expect(said(cOutcome)).not.toMatch(/^Another worker/);
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect(await state(t, job)).toEqual({ ends: ['failed'], approval: 'failed', marker: 'failed', newApprovals: 0 });
  });
});

describe("the drift path's re-plan after its `failed` record", () => {
  // FOUND: drift() records `failed` (audit, marker, approval) before it re-plans; when onDrift fails (a transient Redis
  // error in the Core's handle, or the worker dies right there), BullMQ's retry reads the `failed` marker and ends in
  // failedElsewhere: the request is never planned again, yet the approval's error and the audit say "the request was
  // planned again for a new approval", and no new approval exists.
  it('onDrift fails once with a dropped connection: the retry still re-plans the request (one new approval)', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'web' });
    // Someone scales web after the approval: the approved restart's target drifted.
    await outsideScale(t.sandbox, 'production', 'web', 7);
    let failures = 1;
    const a = await copyOf(t, dir, {
      onDrift: (replan) => async (approval) => {
        if (failures-- > 0) throw new Error('Connection is closed.');
        return replan(approval);
      },
    });
    t.sandbox.clearRequests();
    const first = await a.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    const second = await a.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect({ first: said(first).slice(0, 40), second: said(second), ...(await state(t, job)) }).toEqual({
      // The dropped connection is now waited out (durably), so the first attempt may re-plan itself.
      first: expect.stringMatching(/Redis|^drift$/),
      second: 'drift',
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
  });

  it('two copies drift at once, one re-plan slow: one failed end, one new approval, both answer drift', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'web' });
    await outsideScale(t.sandbox, 'production', 'web', 5);
    const slow = gate();
    const a = await copyOf(t, dir, {
      onDrift: (replan) => async (approval) => {
        await slow.pass();
        return replan(approval);
      },
    });
    const b = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const first = a.run(job);
    await slow.reached;
    const bOutcome = await b.run(job);
    slow.release();
    const aOutcome = await first;
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    // B read `failed` before A's re-plan: a drift whose re-plan has not happened is re-planned by whoever finds it,
    // under the approval's own id, so B's re-plan is A's (one new approval).
    expect(said(aOutcome)).toBe('drift');
    // B finds A's drift recorded: it re-plans under the same id (the one new approval) and answers drift too.
    expect(said(bOutcome)).toMatch(/^drift$|drift: production\/web changed after approval/);
    expect(await state(t, job)).toEqual({ ends: ['failed'], approval: 'failed', marker: 'drift', newApprovals: 1 });
  });
});

describe('the token rule when the stalled path takes a live claim over', () => {
  it("the live copy's call is refused 403 after the takeover: it leaves the end to the settler, one failed end", async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    const a = await copyOf(t, dir);
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall, status: 403 });
    t.sandbox.clearRequests();
    const first = a.run(job);
    await aCall.reached;
    const took = gate();
    const s = await copyOf(t, dir, { hooks: { afterTakeOver: took.pass } });
    const settled = s.run(job, { stalledCounter: 2 });
    await took.reached;
    took.release();
    aCall.release();
    const [aOutcome, sOutcome] = await Promise.all([first, settled]);
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect(said(sOutcome)).toMatch(/^restart did not happen/);
    expect(said(aOutcome)).not.toBe('executed');
    expect(await state(t, job)).toEqual({ ends: ['failed'], approval: 'failed', marker: 'failed', newApprovals: 0 });
  });
});

describe('every effect and audit script sent twice on whole runs', () => {
  const twice = () => {
    const effects = new EffectLog(resending(client, ['eval']), t.runtime.prefix);
    const audit = new AuditLog(resending(client, ['evalsha', 'eval']), { prefix: t.runtime.prefix });
    return { effects, audit };
  };

  it('a restart with CLAIM and the audit append each sent twice: one executed, one restart', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'worker' });
    const a = await copyOf(t, dir, twice());
    t.sandbox.clearRequests();
    expect(said(await a.run(job))).toBe('executed');
    expect(restartedAt(t, 'production', 'worker')).toBe(rfc3339(job.plannedAt));
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
    expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
  });

  it('a drift with the append and DRIFTED each sent twice: one failed end, one new approval, a later copy answers drift', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'web' });
    await outsideScale(t.sandbox, 'production', 'web', 9);
    const a = await copyOf(t, dir, twice());
    t.sandbox.clearRequests();
    const aOutcome = await a.run(job);
    const later = await (await copyOf(t, dir)).run(job);
    expect([said(aOutcome), said(later)]).toEqual(['drift', 'drift']);
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect(await state(t, job)).toEqual({ ends: ['failed'], approval: 'failed', marker: 'drift', newApprovals: 1 });
    expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
  });
});
