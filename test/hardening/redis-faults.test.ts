import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/core/result.ts';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';
import { figure } from './figures.ts';

/**
 * Redis faults: a SIGKILLed Redis with AOF everysec restarted mid-flow, and a connection that stalls without
 * breaking. The promises: no action runs twice, none runs without its approval record, and the same workers
 * (ioredis reconnects, BullMQ resumes) carry on by themselves.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Short locks so a job whose worker lost Redis is found stalled quickly; the real defaults are 30 s.
const WORKERS = { lockDurationMs: 1500, stalledIntervalMs: 500 };

async function ask(t: TestRuntime, person: string, text: string): Promise<Result> {
  return t.runtime.core.handle({ channel: 'terminal', actor: { personId: person }, text });
}
const approve = (t: TestRuntime, approvalId: string, person = 'bob') =>
  t.runtime.core.decide({ approvalId, decision: 'approve', channel: 'terminal', actor: { personId: person } });

/** Every execution in production had an approval that is recorded executed and names who approved it. */
async function everyExecutionApproved(t: TestRuntime): Promise<number> {
  const executed = (await t.runtime.audit.read()).filter((e) => e.type === 'executed' && e.namespace === 'production');
  for (const e of executed) {
    expect(e.approvalId, JSON.stringify(e)).toBeDefined();
    const approval = await t.runtime.core.getApproval(e.approvalId as string);
    expect(approval?.status).toBe('executed');
    expect(approval?.approvedBy.length).toBeGreaterThan(0);
  }
  return executed.length;
}

describe('Redis SIGKILLed and restarted (AOF everysec)', () => {
  let redis: PrivateRedis;
  let t: TestRuntime;
  beforeAll(async () => {
    redis = await startRedis({ appendonly: true, appendfsync: 'everysec' });
    t = await startTestRuntime({ redisUrl: redis.url, workers: WORKERS });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  it('a pending approval survives the crash, and a crash during the real call runs it once', async () => {
    // ioredis prints connection errors nobody listens to with console.error: every connection must listen.
    const consoleError = vi.spyOn(console, 'error');
    const pending = await ask(t, 'alice', 'scale web in production to 8');
    expect(pending.outcome, pending.reason).toBe('pending');
    // everysec: what was written more than a second before the crash is on disk.
    await sleep(1200);
    await redis.kill();
    await redis.restart();
    expect((await t.runtime.core.getApproval(pending.approvalId as string))?.status).toBe('pending');

    // Now crash while the approved call is in flight: the real PATCH answers 1.5 s late.
    t.sandbox.clearRequests();
    t.sandbox.faults.delayNext({ method: 'PATCH', pathIncludes: '/deployments/web/scale', ms: 1500, times: 3 });
    const decided = approve(t, pending.approvalId as string);
    await expect
      .poll(async () => (await t.runtime.effects.get(pending.approvalId as string))?.status, { timeout: 15_000, interval: 50 })
      .toBe('executing');
    await redis.kill();
    await sleep(300);
    await redis.restart();
    const r = await decided;

    // Whatever the decision's own wait saw, the action ends executed, once, with its approval.
    await expect
      .poll(async () => (await t.runtime.core.getApproval(pending.approvalId as string))?.status, { timeout: 20_000 })
      .toBe('executed');
    expect(replicasOf(t.sandbox, 'production', 'web')).toBe(8);
    expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
    const approved = await everyExecutionApproved(t);
    const writes = effectiveWrites(t.sandbox, 'deployments/scale').length;

    expect(consoleError.mock.calls.map(String).filter((c) => c.includes('Unhandled error event'))).toEqual([]);
    consoleError.mockRestore();

    // The same workers carry on: a new request after both crashes runs end to end.
    const after = await ask(t, 'alice', 'scale worker in staging to 2');
    expect(after.outcome, after.reason).toBe('executed');
    figure(
      'redis kill (AOF everysec)',
      `2 SIGKILLs (pending approval; mid-call): approval kept, decision answered "${r.outcome}", ${writes - 1} double executions, ${approved} executions all with an approval record, workers resumed without restart`,
    );
  }, 60_000);

  it('a job whose approval was lost, or is not approved (a decision lost with the last second), runs nothing', async () => {
    t.sandbox.clearRequests();
    const job = {
      tool: 'scale',
      args: { namespace: 'production', name: 'api', replicas: 1 },
      requester: 'alice',
      namespace: 'production',
    };
    const ghost = t.runtime.queue.run({ ...job, id: 'apr_lost', requestId: 'lost-1', approvalId: 'apr_lost' }, 20_000);
    await expect(ghost).rejects.toThrow(/gone, so nothing ran/);
    const pending = await ask(t, 'alice', 'scale api in production to 1');
    expect(pending.outcome, pending.reason).toBe('pending');
    const early = t.runtime.queue.run(
      { ...job, id: pending.approvalId as string, requestId: pending.requestId, approvalId: pending.approvalId },
      20_000,
    );
    await expect(early).rejects.toThrow(/is pending, so nothing ran/);
    // The approval is closed with that sentence rather than left to a job id that can no longer run: ask again.
    expect((await t.runtime.core.getApproval(pending.approvalId as string))?.status).toBe('failed');
    expect(effectiveWrites(t.sandbox)).toEqual([]);
    figure(
      'redis lost records',
      'a queued job whose approval is gone, and one whose approval is still pending: 0 writes, both refused with a sentence',
    );
  });
});

describe('a stalled Redis connection (TCP proxy pauses traffic)', () => {
  let redis: PrivateRedis;
  let proxy: TcpProxy;
  let t: TestRuntime;
  beforeAll(async () => {
    redis = await startRedis();
    proxy = await startTcpProxy({ port: redis.port });
    t = await startTestRuntime({ redisUrl: `redis://127.0.0.1:${proxy.port}`, workers: WORKERS });
  });
  afterAll(async () => {
    proxy?.resume();
    await t?.close();
    await proxy?.close();
    await redis?.stop();
  });

  it('a stall longer than the job lock during the real call still runs the action once', async () => {
    const pending = await ask(t, 'alice', 'scale api in production to 6');
    expect(pending.outcome, pending.reason).toBe('pending');
    t.sandbox.clearRequests();
    t.sandbox.faults.delayNext({ method: 'PATCH', pathIncludes: '/deployments/api/scale', ms: 1000, times: 3 });
    const decided = approve(t, pending.approvalId as string);
    await expect
      .poll(async () => (await t.runtime.effects.get(pending.approvalId as string))?.status, { timeout: 15_000, interval: 50 })
      .toBe('executing');
    proxy.pause();
    // Longer than the lock (1.5 s): the lock expires in Redis while nobody can renew it.
    await sleep(3000);
    proxy.resume();
    const r = await decided;
    await expect
      .poll(async () => (await t.runtime.core.getApproval(pending.approvalId as string))?.status, { timeout: 20_000 })
      .toBe('executed');
    expect(replicasOf(t.sandbox, 'production', 'api')).toBe(6);
    expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
    const approved = await everyExecutionApproved(t);

    // A stall during a decision: the click waits, then lands once.
    const second = await ask(t, 'alice', 'scale worker in production to 5');
    expect(second.outcome, second.reason).toBe('pending');
    proxy.pause();
    const late = Promise.all([approve(t, second.approvalId as string), approve(t, second.approvalId as string, 'carol')]);
    await sleep(1500);
    proxy.resume();
    const outcomes = (await late).map((x) => x.outcome).sort();
    expect(outcomes).toEqual(['executed', 'refused']);
    expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(2);
    figure(
      'redis stall',
      `3 s stall (2× the job lock) mid-call and 1.5 s stall during two concurrent approvals: decision answered "${r.outcome}", ${effectiveWrites(t.sandbox, 'deployments/scale').length} writes for 2 actions (0 doubles), ${approved + 1} executions all approved, workers resumed by themselves`,
    );
  }, 60_000);
});
