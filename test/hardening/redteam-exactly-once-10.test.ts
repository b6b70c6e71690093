import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildRuntime, type Runtime } from '../../src/app/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import {
  ageClaim,
  approvedJob,
  asked,
  copiesRound,
  copyOf,
  ONCE_RETENTION,
  onceKey,
  ownerOf,
  said,
  sleep,
  until,
} from '../helpers/job-copies.ts';
import { replicasOf, type TestRuntime } from '../helpers/runtime.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';

/**
 * Red team, exactly once, round 10 (against d42f56a: a run renews its OnceStore claim every 5 s; a waiting caller of
 * the same owner takes a claim over only after it stayed past the 120 s lease, unrenewed, for two beats).
 * Replica B is the test runtime (its own Redis connection); replica A is a second runtime on the same Redis, prefix
 * and sandbox whose Redis connection runs through a TCP proxy that can stall (a network that hangs, a replica whose
 * link to Redis is slow). Real Redis, the real sandbox.
 *
 * Ages are faked with PEXPIRE as in round 9 (a claim's age is what OnceStore reads from its TTL): it stands for two
 * minutes in which the claim was not renewed (a Redis or a link down that long while the run was alive).
 *
 * The promises: one request, one approval (a retry gets the first one's answer); nothing runs twice.
 */

let t: TestRuntime;
let client: Redis;
let proxy: TcpProxy;
let a: Runtime;
let dir: string;
copiesRound('coxswain-rt10-', (r) => {
  ({ t, dir, client } = r);
});
beforeAll(async () => {
  const url = new URL(t.config.REDIS_URL as string);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 6379) });
  url.hostname = '127.0.0.1';
  url.port = String(proxy.port);
  a = await buildRuntime(loadConfig({ ...t.env, REDIS_URL: url.toString() }), {
    inventoryTtlMs: 0,
    executionTimeoutMs: 20_000,
  });
}, 60_000);
// Runs before copiesRound's own (hooks after a file's tests run last-registered first).
afterAll(async () => {
  proxy?.resume();
  await a?.close();
  await proxy?.close();
});

const request = (id: string, personId: string, name: string) => ({
  id,
  channel: 'terminal' as const,
  actor: { personId },
  call: { tool: 'restart', args: { namespace: 'production', name } },
});

describe("a live run whose renewals do not reach Redis (replica A's link stalls)", () => {
  // FOUND: alice's request R runs on replica A (a slow dry run); A's link to Redis then stalls (the
  // connection hangs without resetting), so its heartbeat EXPIREs queue in the socket and never land. The claim is past
  // its lease (faked). Slack retries R to replica B, which sees the claim past its lease and unrenewed for two beats and
  // takes it over: B runs handleNew for R. A's link comes back, A's queued commands land, and A's live run goes on and
  // asks its own approval. R is asked twice (a lease with no fencing of what the run does under it).
  // LEFT (docs/guarantees.md, rounds 8–10): OnceStore never takes a claim over (a takeover ran live work twice), so a
  // caller meeting a claim nothing will end waits its 150 s and is told the request is still being handled; nothing
  // is asked twice.
  it.fails('replica A stalls on Redis mid-run, the retry on replica B: one approval', async () => {
    t.sandbox.reset();
    const id = `rt10-stall-${randomUUID().slice(0, 8)}`;
    const req = request(id, 'alice', 'web');
    t.sandbox.faults.delayNext({ pathIncludes: '/namespaces/production/deployments/web', ms: 2000 });
    const first = a.core.handle(req);
    await until('the claim', async () => ((await client.get(onceKey(t, `request:${id}`))) ?? '').startsWith('claim:'));
    proxy.pause();
    try {
      await ageClaim(t, client, `request:${id}`);
      const retry = await t.runtime.core.handle(req);
      proxy.resume();
      const byA = await first;
      expect({
        first: byA.outcome,
        retry: retry.outcome,
        same: byA.approvalId === retry.approvalId,
        asked: (await asked(t, id)).length,
      }).toEqual({ first: 'pending', retry: 'pending', same: true, asked: 1 });
    } finally {
      proxy.resume();
    }
  }, 60_000);

  // HELD: the same stall, but the retry is bob's with alice's id (another owner): OnceStore never reads an
  // age for him, he gets "taken", and alice's run is the only one that asks.
  // LEFT (docs/guarantees.md, rounds 8–10): OnceStore never takes a claim over (a takeover ran live work twice), so a
  // caller meeting a claim nothing will end waits its 150 s and is told the request is still being handled; nothing
  // is asked twice.
  it.fails("replica A stalls on Redis mid-run, bob reuses alice's id on replica B: refused, one approval", async () => {
    t.sandbox.reset();
    const id = `rt10-owner-${randomUUID().slice(0, 8)}`;
    t.sandbox.faults.delayNext({ pathIncludes: '/namespaces/production/deployments/api', ms: 2000 });
    const first = a.core.handle(request(id, 'alice', 'api'));
    await until('the claim', async () => ((await client.get(onceKey(t, `request:${id}`))) ?? '').startsWith('claim:'));
    proxy.pause();
    try {
      await ageClaim(t, client, `request:${id}`);
      const bob = await t.runtime.core.handle(request(id, 'bob', 'api'));
      proxy.resume();
      const byA = await first;
      expect({ first: byA.outcome, bob: bob.outcome, asked: (await asked(t, id)).length }).toEqual({
        first: 'pending',
        bob: 'refused',
        asked: 1,
      });
    } finally {
      proxy.resume();
    }
  }, 60_000);
});

describe('an undo on a replica whose link stalls', () => {
  // FOUND: undo claims `undo:<requestId>` as 'any actor'. alice's undo of an executed scale runs on replica
  // A (a slow dry run) and A's link to Redis stalls; carol clicks undo on replica B, polls, and once the claim is past
  // its lease (faked) and unrenewed two beats she takes it over and asks the inverse again. A's link comes back and
  // alice's undo asks its own: two undo requests for one write ("one undo per original action").
  // LEFT (docs/guarantees.md, rounds 8–10): OnceStore never takes a claim over (a takeover ran live work twice), so a
  // caller meeting a claim nothing will end waits its 150 s and is told the request is still being handled; nothing
  // is asked twice.
  it.fails("alice's undo on stalled replica A, carol's on replica B: one undo request", async () => {
    t.sandbox.reset();
    const before = replicasOf(t.sandbox, 'production', 'web');
    const job = await approvedJob(t, 'scale', { namespace: 'production', name: 'web', replicas: before + 2 });
    const c = await copyOf(t, dir);
    expect(said(await c.run(job))).toBe('executed');
    const undoId = job.approvalId as string;
    t.sandbox.faults.delayNext({ pathIncludes: '/namespaces/production/deployments/web', ms: 2000 });
    const first = a.core.undo({ undoId, channel: 'terminal', actor: { personId: 'alice' } });
    const key = `undo:${job.requestId}`;
    await until('the claim', async () => ((await client.get(onceKey(t, key))) ?? '').startsWith('claim:'));
    proxy.pause();
    try {
      await ageClaim(t, client, key);
      const second = await t.runtime.core.undo({ undoId, channel: 'terminal', actor: { personId: 'carol' } });
      proxy.resume();
      const byA = await first;
      const undos = (await t.runtime.audit.read()).filter(
        (e) => e.type === 'requested' && (e.detail as { undoOf?: string } | undefined)?.undoOf === job.requestId,
      ).length;
      expect({ a: byA.outcome, b: second.outcome, same: byA.approvalId === second.approvalId, undos }).toEqual({
        a: 'pending',
        b: 'pending',
        same: true,
        undos: 1,
      });
    } finally {
      proxy.resume();
    }
  }, 60_000);
});

describe('a live run whose renewals do land', () => {
  // HELD: the round 9 case run longer than two beats: a dry run of 13 s under a claim faked past its lease,
  // a retry polling all along. The beats at 5 s and 10 s bring the age back; the retry waits and returns the first's
  // answer. One approval.
  it('a 13 s dry run past its lease, a retry polling throughout: one approval', async () => {
    t.sandbox.reset();
    const id = `rt10-long-${randomUUID().slice(0, 8)}`;
    const req = request(id, 'alice', 'worker');
    t.sandbox.faults.delayNext({ pathIncludes: '/namespaces/production/deployments/worker', ms: 13_000 });
    const first = t.runtime.core.handle(req);
    await ageClaim(t, client, `request:${id}`);
    const retry = t.runtime.core.handle(req);
    const [x, y] = await Promise.all([first, retry]);
    expect({
      first: x.outcome,
      retry: y.outcome,
      same: x.approvalId === y.approvalId,
      asked: (await asked(t, id)).length,
    }).toEqual({
      first: 'pending',
      retry: 'pending',
      same: true,
      asked: 1,
    });
  }, 60_000);

  // FOUND: the "two beats" are measured with the waiting replica's wall clock (Date.now), not a monotonic
  // one. The claim is past its lease (a Redis down two minutes while the run was alive: the TTL ran on); the run's next
  // beat is at most 5 s away. The waiting replica's clock steps forward 11 s (NTP, a VM resumed) just after it first
  // saw the claim past its lease: at its next poll "unrenewed for two beats" holds, 0.1 s later, and it takes over the
  // live run before that run's beat can land. R is asked twice.
  it("the waiter's wall clock steps 11 s forward: a live run is not taken over", async () => {
    t.sandbox.reset();
    const id = `rt10-clock-${randomUUID().slice(0, 8)}`;
    const req = request(id, 'alice', 'web');
    t.sandbox.faults.delayNext({ pathIncludes: '/namespaces/production/deployments/web', ms: 4000 });
    const first = t.runtime.core.handle(req);
    await ageClaim(t, client, `request:${id}`);
    const real = Date.now.bind(Date);
    let offset = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => real() + offset);
    try {
      const retry = t.runtime.core.handle(req);
      await sleep(250);
      offset = 11_000;
      const [x, y] = await Promise.all([first, retry]);
      clock.mockRestore();
      expect({
        first: x.outcome,
        retry: y.outcome,
        same: x.approvalId === y.approvalId,
        asked: (await asked(t, id)).length,
      }).toEqual({ first: 'pending', retry: 'pending', same: true, asked: 1 });
    } finally {
      clock.mockRestore();
    }
  }, 60_000);
});

describe('a run that ended, its answer lost by a Redis restart', () => {
  // FOUND: alice's request R ran to the end (approval X asked, in the audit log and to the approvers) and
  // stored its answer; Redis then restarts from an AOF/RDB that has the claim but not the answer (the last second
  // lost), so the key is back to a claim that nobody renews. A Slack retry of R (or a client resending its id) polls it:
  // past the lease and unrenewed for two beats, it is read as a call that dropped before it ran and is taken over:
  // handleNew runs again and asks approval Y for the same request. A claim tells neither "ran and answered" from
  // "never ran".
  // LEFT (docs/guarantees.md, rounds 8–10): OnceStore never takes a claim over (a takeover ran live work twice), so a
  // caller meeting a claim nothing will end waits its 150 s and is told the request is still being handled; nothing
  // is asked twice.
  it.fails('the stored answer is lost, the key back to its claim: the retry gets approval X, nothing asked again', async () => {
    t.sandbox.reset();
    const id = `rt10-lost-${randomUUID().slice(0, 8)}`;
    const req = request(id, 'alice', 'api');
    const first = await t.runtime.core.handle(req);
    expect(first.outcome).toBe('pending');
    // The restart brings back the claim the answer had replaced (its age since the claim, faked to 125 s).
    await client.set(onceKey(t, `request:${id}`), `claim:${randomUUID()}:${ownerOf('alice')}`, 'EX', ONCE_RETENTION - 125);
    const retry = await t.runtime.core.handle(req);
    expect({ retry: retry.outcome, approval: retry.approvalId, asked: (await asked(t, id)).length }).toEqual({
      retry: 'pending',
      approval: first.approvalId,
      asked: 1,
    });
  }, 60_000);
});
