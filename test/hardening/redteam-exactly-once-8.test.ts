import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import type { ExecutionJobInput } from '../../src/execution/job.ts';
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
  until,
  workerOf,
} from '../helpers/job-copies.ts';
import { outsideScale } from '../helpers/outside-scale.ts';
import { effectiveWrites, replicasOf, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, exactly once, round 8 (against c36bc5a: the drift check on a later attempt whose earlier claim's call did
 * not land, the re-plan and its marker waited out through `durably`, the last attempt's error path and the stalled path
 * re-planning a drift they find recorded, drift() leaving another run's non-drift `failed` alone). Attacked here: the
 * new drift check after an earlier claim whose call DID land (its answer lost, a person's change after it), the same on
 * the stalled path, `durably` retrying a re-plan whose first try left the Core's once-claim behind, concurrent re-plans
 * of one recorded drift, and drift() meeting another copy's drift end. Real Redis, the real sandbox behind an HTTP proxy
 * per copy, real BullMQ where the retry matters.
 *
 * The promises: an approved write takes effect at most once; its end is recorded exactly once and truly (never
 * `failed`/"nothing ran" while it happened, guarantee 2b); the approval is finished with that end; nothing is written
 * over a person's change; a drift is re-planned into exactly one new approval.
 */

let t: TestRuntime;
let dir: string;
let client: Redis;
copiesRound('coxswain-rt8-', (r) => {
  ({ t, dir, client } = r);
});

/** The real scale writes coxswain's copies sent to the API server for one Deployment (the person's are not counted). */
const scaleWrites = (namespace: string, name: string) =>
  effectiveWrites(t.sandbox).filter((w) => w.path.includes(`/namespaces/${namespace}/deployments/${name}`)).length;

describe('the drift check after an earlier claim whose call landed', () => {
  // FOUND: c36bc5a runs the drift check on a later attempt whenever the target is neither the approval's nor the claim's
  // fingerprint. But a moved target that is not as asked is also what a LANDED scale looks like once a person changed it
  // afterwards: attempt 1's scale lands, its answer is lost (503 after the API server applied it, the client's resend
  // likewise), BullMQ backs off; a person scales web to another number; attempt 2 reads "moved, not as asked" and records
  // `failed` "drift: … so nothing ran; the request was planned again" and asks a NEW approval to scale again. The audit
  // and the approval say nothing ran while the scale happened (2b), and approving the re-plan writes a second time over
  // the person's change.
  // LEFT (docs/guarantees.md): the target after a 503 and a person's change is the same whether the call landed (this
  // test) or was refused before the API server (round 7's, which asks for drift): the run records the drift saying the
  // earlier call may have landed, sends nothing again and asks a new approval. Telling the two apart needs the
  // object's generation at approval time (two spec changes since, not one).
  it.fails('real BullMQ: attempt 1 lands, its answer is lost, a person rescales, attempt 2: executed once, no re-plan', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 3 });
    const w = await workerOf(t, dir, { attempts: 2, backoffMs: 2500 });
    try {
      let losing = true;
      // Every real write goes through to the API server (it lands), and its answer is replaced by a 503.
      w.proxy.decide = (r) => (losing && realWrite(r) ? { spoil: 503 } : undefined);
      t.sandbox.clearRequests();
      const outcome = w.queue.run(job, 60_000);
      await until('attempt 1 to end', async () => ((await w.queue.queue.getJob(job.id))?.attemptsMade ?? 0) >= 1);
      expect(replicasOf(t.sandbox, 'production', 'web')).toBe(before + 3);
      const landed = scaleWrites('production', 'web');
      expect(landed).toBeGreaterThan(0);
      // During BullMQ's backoff, a person scales web by hand to another number.
      losing = false;
      await outsideScale(t.sandbox, 'production', 'web', before + 1);
      const told = await outcome.then(said, (e: unknown) => (e instanceof Error ? e.message : String(e)));
      expect({
        told: told.slice(0, 8),
        replicas: replicasOf(t.sandbox, 'production', 'web'),
        ...(await state(t, job)),
      }).toEqual({
        told: 'executed',
        replicas: before + 1,
        ends: ['executed'],
        approval: 'executed',
        marker: 'executed',
        newApprovals: 0,
      });
    } finally {
      await w.close();
    }
  }, 60_000);

  // FOUND: the stalled path has the same blind spot (read-back's "an idempotent call landed only when the target is as
  // asked"): the worker's scale lands and the worker hangs/dies before its answer, a person then scales by hand, the job
  // reaches the stall limit and settleClaim reads back "no change" for 2 s and records `failed` "did not happen … shows
  // no change" although the scale happened.
  // LEFT (docs/guarantees.md), the same ambiguity on the stalled path: it now records that the call may or may not have
  // happened (no longer "did not happen … shows no change") and sends nothing again.
  it.fails('stalled path: the claimant scale landed, the worker died, a person rescales: executed, not "did not happen"', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'api') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'api', replicas: before + 2 });
    // A's scale reaches the API server and lands; A never gets its answer (the worker is gone).
    const a = await copyOf(t, dir);
    const dead = gate();
    const never = barrier();
    let sent = 0;
    // The first real write lands and its answer never comes; nothing after it reaches the API server (the worker is dead).
    a.proxy.decide = (r) => (realWrite(r) && sent++ === 0 ? { holdAnswer: dead } : sent > 0 ? { hold: never } : undefined);
    t.sandbox.clearRequests();
    void a.run(job);
    await dead.reached;
    expect(replicasOf(t.sandbox, 'production', 'api')).toBe(before + 2);
    expect((await t.runtime.effects.get(job.id))?.status).toBe('executing');
    await outsideScale(t.sandbox, 'production', 'api', before + 5);
    // BullMQ hands the job out past the stall limit: the stalled path settles it.
    const s = await copyOf(t, dir);
    const settled = await s.run(job, { attemptsMade: 0, opts: { attempts: 2 }, stalledCounter: 2 });
    expect({
      told: said(settled).slice(0, 8),
      replicas: replicasOf(t.sandbox, 'production', 'api'),
      ...(await state(t, job)),
    }).toEqual({
      told: 'executed',
      replicas: before + 5,
      ends: ['executed'],
      approval: 'executed',
      marker: 'executed',
      newApprovals: 0,
    });
  });

  // HELD: the control for the two above: attempt 1's scale lands and its answer is lost, nobody touches the target;
  // attempt 2 reads the target as asked and records the recovery, nothing sent again in effect, one `executed`.
  it('attempt 1 lands, its answer is lost, nobody touches it, attempt 2: one effect, one executed', async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'worker') ?? 1;
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'worker', replicas: before + 2 });
    const c = await copyOf(t, dir);
    let losing = true;
    c.proxy.decide = (r) => (losing && realWrite(r) ? { spoil: 503 } : undefined);
    t.sandbox.clearRequests();
    const first = await c.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    expect(first).toBeTypeOf('string');
    losing = false;
    const second = await c.run(job, { attemptsMade: 1, opts: { attempts: 2 } });
    expect(said(second)).toBe('executed');
    expect(replicasOf(t.sandbox, 'production', 'worker')).toBe(before + 2);
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
  });
});

describe("durably's retry of a drift's re-plan", () => {
  // FOUND: c36bc5a wraps onDrift in durably(), which calls it again after an unreachable Redis. But the Core's re-plan is
  // a handle() behind OnceStore: when Redis drops while it runs, its SET NX claim has landed and both handleNew's command
  // and the claim's letGo fail ("Connection is closed"), so the claim stays. durably's second call meets its own
  // (same-owner) claim, polls it for OnceStore's 150 s and gets "Request … is already being handled", which replan()
  // answers as no approval: the drift is made final (DRIFTED) with no new approval, its audit entry and the approval
  // saying "the request was planned again for a new approval", and no later run re-plans it.
  // LEFT (docs/guarantees.md, rounds 8–10): OnceStore never takes a claim over (a takeover ran live work twice), so a
  // caller meeting a claim nothing will end waits its 150 s and is told the request is still being handled; nothing
  // is asked twice.
  it.fails('the re-plan loses Redis after its once-claim landed: the retried re-plan still asks one new approval', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'web' });
    await outsideScale(t.sandbox, 'production', 'web', (replicasOf(t.sandbox, 'production', 'web') ?? 1) + 4);
    const approval = await t.runtime.approvals.get(job.approvalId as string);
    const owner = JSON.stringify([approval?.channel ?? 'terminal', approval?.requester, undefined, undefined, undefined]);
    const onceKey = `${t.runtime.prefix}:once:request:${job.requestId}:replan:${job.approvalId}`;
    let dropped = false;
    const c = await copyOf(t, dir, {
      onDrift: (replan) => async (a) => {
        if (!dropped) {
          dropped = true;
          // What handle() leaves when Redis drops mid-re-plan: its claim (OnceStore's token) landed, the rest failed.
          await client.set(onceKey, `claim:${randomUUID()}:${owner}`, 'EX', 24 * 3600);
          throw new Error('Connection is closed.');
        }
        return replan(a);
      },
    });
    t.sandbox.clearRequests();
    const only = await c.run(job, { attemptsMade: 0, opts: { attempts: 1 } });
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    const marker = await t.runtime.effects.get(job.id);
    expect({
      told: said(only),
      newApprovalId: marker?.outcome?.status === 'drift' ? typeof marker.outcome.newApprovalId : 'none',
      ...(await state(t, job)),
    }).toEqual({
      told: 'drift',
      newApprovalId: 'string',
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
  }, 240_000);

  // HELD: a drift recorded by a run that died before its re-plan, then the stalled path and the last attempt's run()
  // both find it at once and both re-plan (endFailed): the Core's once-id makes them one request, one new approval.
  it('two runs re-plan one recorded drift at once: one new approval, one failed end', async () => {
    t.sandbox.reset();
    const job = await approvedJob(t, 'restart', { namespace: 'production', name: 'api' });
    await outsideScale(t.sandbox, 'production', 'api', (replicasOf(t.sandbox, 'production', 'api') ?? 1) + 3);
    // A records the drift and dies in its re-plan (it never returns).
    const died = signal();
    const a = await copyOf(t, dir, {
      onDrift: () => async () => {
        await died.pass();
        return new Promise<string | undefined>(() => {});
      },
    });
    t.sandbox.clearRequests();
    void a.run(job, { attemptsMade: 0, opts: { attempts: 2 } });
    await died.reached;
    expect((await t.runtime.effects.get(job.id))?.status).toBe('failed');
    const s = await copyOf(t, dir);
    const l = await copyOf(t, dir);
    const [bySettle, byRun] = await Promise.all([
      s.run(job, { attemptsMade: 0, opts: { attempts: 2 }, stalledCounter: 2 }),
      l.run(job, { attemptsMade: 1, opts: { attempts: 2 } }),
    ]);
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    const marker = await t.runtime.effects.get(job.id);
    expect({ s: said(bySettle), l: said(byRun), ...(await state(t, job)) }).toEqual({
      s: 'drift',
      l: 'drift',
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
    expect(marker?.outcome?.status === 'drift' && marker.outcome.newApprovalId).toBeTruthy();
    expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
  });
});

describe("drift() meeting another copy's drift end", () => {
  // HELD: B (the copy handed out when the lock was lost) read no marker; A then saw the person's scale, recorded the drift
  // and died before its re-plan; B's slow dry run then sees the same drift: its `failed` is not appended (A's is there),
  // and the `drift:` end it reads is re-planned by B (c36bc5a's branch), once; nothing is written, one end.
  it("A records drift and dies before re-planning, B's stale read then sees drift too: one re-plan, one end", async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'worker') ?? 1;
    const job: ExecutionJobInput = await approvedJob(t, 'scale', {
      namespace: 'production',
      name: 'worker',
      replicas: before + 2,
    });
    const bRead = signal();
    const b = await copyOf(t, dir, { hooks: { afterMarkerRead: bRead.pass } });
    const bPreview = barrier();
    b.proxy.decide = (r) => (realWrite(r) ? undefined : { hold: bPreview });
    const second = b.run(job);
    await bRead.reached;
    await outsideScale(t.sandbox, 'production', 'worker', before + 6);
    t.sandbox.clearRequests();
    const died = signal();
    const a = await copyOf(t, dir, {
      onDrift: () => async () => {
        await died.pass();
        return new Promise<string | undefined>(() => {});
      },
    });
    void a.run(job);
    await died.reached;
    bPreview.release();
    const bOutcome = await second;
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    expect({ b: said(bOutcome), replicas: replicasOf(t.sandbox, 'production', 'worker'), ...(await state(t, job)) }).toEqual({
      b: 'drift',
      replicas: before + 6,
      ends: ['failed'],
      approval: 'failed',
      marker: 'drift',
      newApprovals: 1,
    });
  });
});
