import { describe, expect, it } from 'vitest';
import {
  approvedJob,
  barrier,
  bodiesPerPath,
  copiesRound,
  copyOf,
  gate,
  realWrite,
  said,
  signal,
  state,
} from '../helpers/job-copies.ts';
import { outsideScale } from '../helpers/outside-scale.ts';
import { effectiveWrites, replicasOf, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, exactly once, round 6 (against 500a756: TAKE_OVER answers a takeover already its own as taken, the stalled
 * path waits for the other end on the last attempt, a drift recorded failed whose re-plan never happened is re-planned).
 * Attacked here: the token rule seen from a copy whose marker read is stale (the claim it read was ended since), the
 * stalled path's BullMQ retry after its own RunningElsewhere (the live claim it deferred to), and a run that claims,
 * is taken over by a later attempt, then ends. Real Redis, the real sandbox behind an HTTP proxy per copy.
 *
 * The promises: an approved/allowed write takes effect at most once and exactly once when it can; it is recorded
 * `executed` exactly once (never twice, never `failed` while it happened); nothing runs without its approval; the
 * approval is finished with the end the audit records.
 */

let t: TestRuntime;
let dir: string;
copiesRound('coxswain-rt6-', (r) => {
  ({ t, dir } = r);
});

describe('a copy whose marker read is stale: the claim it read was ended failed since', () => {
  // FOUND (fixed: run() takes the claim it read over before recording a recovery): run() takes an `executing` marker it read for a claim still open, and records a moved-and-as-asked target as
  // its own landed call without checking that claim is still there; the claimant's call was refused 403 and recorded
  // `failed` in between, the person then scaled by hand, and APPEND writes `executed` over the `failed` marker: audit
  // failed + executed for a scale coxswain never made, marker executed, approval failed.
  it('the claimant refused 403 and recorded failed, the person scales by hand: no executed over the failed end', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const asked = before + 3;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: asked });
    const a = await copyOf(t, dir);
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall, status: 403 });
    t.sandbox.clearRequests();
    const first = a.run(job);
    // A's claim is written and its call is at the API server.
    await aCall.reached;
    // B (a copy handed out when the lock was lost) reads the marker (A's claim); its dry run is slow.
    const bRead = signal();
    const b = await copyOf(t, dir, { hooks: { afterMarkerRead: bRead.pass } });
    const bPreview = barrier();
    b.proxy.decide = (r) => (realWrite(r) ? undefined : { hold: bPreview });
    const second = b.run(job);
    await bRead.reached;
    // A's call is refused: A records `failed` (its own claim) and finishes the approval failed.
    aCall.release();
    const aOutcome = await first;
    expect(said(aOutcome)).toMatch(/403|forbidden|not allowed/i);
    // Told it failed, the person scales by hand to the number asked.
    await outsideScale(t.sandbox, 'production', 'web', asked);
    bPreview.release();
    const bOutcome = await second;
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(asked);
    // Nothing coxswain sent landed: the end is A's failure, whatever B answers.
    expect({ b: said(bOutcome).slice(0, 20), ...(await state(t, job)) }).toEqual({
      b: expect.not.stringMatching(/^executed$/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'failed',
      newApprovals: 0,
    });
  });

  // FOUND (fixed, the same hole, a non-idempotent tool): the claimant's pod delete is refused 403 and recorded `failed`; the pod
  // is then deleted by someone else (kubectl, an eviction); the stale copy's dry run answers not_found, which after a
  // claim reads as "the call landed" (tookEffect), and `executed` is appended over the `failed` end.
  it('a pod delete refused 403 and recorded failed, the pod then deleted by someone else: no executed over it', async () => {
    t.sandbox.reset();
    const pod = t.sandbox
      .list('v1', 'pods', 'production')
      .map((p) => p.metadata?.name as string)
      .sort()[0];
    const job = await approvedJob(t, 'delete_pod', { namespace: 'production', name: pod });
    const a = await copyOf(t, dir);
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall, status: 403 });
    t.sandbox.clearRequests();
    const first = a.run(job);
    await aCall.reached;
    const bRead = signal();
    const b = await copyOf(t, dir, { hooks: { afterMarkerRead: bRead.pass } });
    const bPreview = barrier();
    b.proxy.decide = (r) => (realWrite(r) ? undefined : { hold: bPreview });
    const second = b.run(job);
    await bRead.reached;
    aCall.release();
    expect(said(await first)).toMatch(/403|forbidden|not allowed/i);
    // Someone else deletes the pod (kubectl delete pod), from outside coxswain.
    const res = await fetch(`${t.sandbox.url}/api/v1/namespaces/production/pods/${pod}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${t.sandbox.token}` },
    });
    expect(res.status).toBeLessThan(300);
    bPreview.release();
    const bOutcome = await second;
    expect({ b: said(bOutcome).slice(0, 20), ...(await state(t, job)) }).toEqual({
      b: expect.not.stringMatching(/^executed$/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'failed',
      newApprovals: 0,
    });
  });

  it('the claimant executed in between: the stale copy records nothing more and answers executed', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 2 });
    const a = await copyOf(t, dir);
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall });
    t.sandbox.clearRequests();
    const first = a.run(job);
    await aCall.reached;
    const bRead = signal();
    const b = await copyOf(t, dir, { hooks: { afterMarkerRead: bRead.pass } });
    const bPreview = barrier();
    b.proxy.decide = (r) => (realWrite(r) ? undefined : { hold: bPreview });
    const second = b.run(job);
    await bRead.reached;
    aCall.release();
    expect(said(await first)).toBe('executed');
    bPreview.release();
    expect(said(await second)).toBe('executed');
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });
});

describe("the stalled path's BullMQ retry after its own RunningElsewhere", () => {
  // FOUND (fixed: the stalled path waits for the live end on every attempt, then ends unrecoverably): settleClaim's compare-and-set refuses the live copy's claim (L claimed after S read the dead claim) and S
  // throws RunningElsewhere, which is transient, so on any attempt but the last BullMQ retries it; the retry (still past
  // the stall limit) reads L's claim as the one to settle, takes it over (the compare now matches L), reads back for
  // the window while L's call is still out, and ends it `failed`; L's call lands and its `executed` is appended over
  // the `failed`: audit failed + executed, approval failed, for a restart that happened once.
  it('S defers to a live claim on attempt 1 of 2; its retry takes that claim over: not failed + executed', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    // The worker that died holding the claim (its call never went out).
    await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'dead-run');
    const sRead = gate();
    const s = await copyOf(t, dir, { hooks: { afterMarkerRead: sRead.pass } });
    const l = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const retrying = { stalledCounter: 2, opts: { attempts: 2 } };
    const firstTry = s.run(job, { ...retrying, attemptsMade: 0 });
    await sRead.reached;
    // The live copy (its lock lost, not dead) reads the dead claim, finds nothing moved, claims and calls; its call is held.
    const lCall = gate();
    l.proxy.add(realWrite, { hold: lCall });
    const running = l.run(job, { stalledCounter: 1 });
    await lCall.reached;
    sRead.release();
    // S cannot take L's claim over and defers to it. It was RunningElsewhere, which BullMQ retried (not the last
    // attempt), and the retry took L's claim over. Now S waits the read-back window for L's end on every attempt and
    // past it ends unrecoverably (BullMQ retries nothing): the retry this test first made cannot happen.
    const first = await firstTry;
    expect(said(first)).toMatch(/^Another worker is running restart/);
    expect(first).toBeTypeOf('string');
    lCall.release();
    const lOutcome = await running;
    expect(said(lOutcome)).toBe('executed');
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });

  it('S defers on attempt 1 of 2; L ends executed before the retry: the retry answers executed, one end', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    await t.runtime.effects.executing(job.id, 1, job.fingerprint as string, 'dead-run');
    const sRead = gate();
    const s = await copyOf(t, dir, { hooks: { afterMarkerRead: sRead.pass } });
    const l = await copyOf(t, dir);
    t.sandbox.clearRequests();
    const retrying = { stalledCounter: 2, opts: { attempts: 2 } };
    const firstTry = s.run(job, { ...retrying, attemptsMade: 0 });
    await sRead.reached;
    const lCall = gate();
    l.proxy.add(realWrite, { hold: lCall });
    const running = l.run(job, { stalledCounter: 1 });
    await lCall.reached;
    sRead.release();
    expect(said(await firstTry)).toMatch(/^Another worker is running restart/);
    lCall.release();
    expect(said(await running)).toBe('executed');
    expect(said(await s.run(job, { ...retrying, attemptsMade: 1 }))).toBe('executed');
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });
});

describe('the token rule: a run that claims, is taken over by a later attempt, then ends', () => {
  it('attempt 1 lands its scale, its answer held; attempt 2 takes over and records it; attempt 1 ends: one executed', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 4 });
    const a = await copyOf(t, dir);
    const aAnswer = gate();
    a.proxy.add(realWrite, { holdAnswer: aAnswer });
    t.sandbox.clearRequests();
    const first = a.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    await aAnswer.reached;
    // Attempt 2 (BullMQ thought attempt 1 ended: its lock was lost) takes the claim over and finds the scale landed.
    const b = await copyOf(t, dir);
    const bOutcome = await b.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    aAnswer.release();
    const aOutcome = await first;
    expect([said(aOutcome), said(bOutcome)]).toEqual(['executed', 'executed']);
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(before + 4);
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
    expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
  });

  it('attempt 1 claims, attempt 2 takes over and is refused 403, then attempt 1 is refused too: one failed end', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 1 });
    const a = await copyOf(t, dir);
    const aCall = gate();
    a.proxy.add(realWrite, { hold: aCall, status: 403 });
    t.sandbox.clearRequests();
    const first = a.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    await aCall.reached;
    const b = await copyOf(t, dir);
    b.proxy.add(realWrite, { status: 403 });
    const bOutcome = await b.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    aCall.release();
    const aOutcome = await first;
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect([said(aOutcome), said(bOutcome)].every((o) => /403|forbidden|not allowed/i.test(o))).toBe(true);
    expect(await state(t, job)).toEqual({ ends: ['failed'], approval: 'failed', marker: 'failed', newApprovals: 0 });
  });
});
