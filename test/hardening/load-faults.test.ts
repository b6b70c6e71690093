import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEntry } from '../../src/audit/event.ts';
import type { Result } from '../../src/core/result.ts';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';
import { figure } from './figures.ts';
import { type LoadStack, startLoadStack } from './load-stack.ts';

/**
 * Bursts through the real paths at once: the playground API, MCP over streamable HTTP and Slack over HTTP (signed
 * events), on one runtime with its workers, the sandbox over HTTP and a real Redis; with the Kubernetes API slowed
 * by a proxy (answers late, writes held past the client's timeout and the job lock), or Redis killed and restarted
 * mid-burst. After each: every request answered, no HTTP 5xx, every cluster write has exactly one `executed` entry
 * from one allowed or approved request, no double effects, and the audit chain verifies.
 */

const FLOWS = 510;
const IN_FLIGHT = 120;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Kind = 'web-read' | 'web-stage' | 'web-prod' | 'mcp-read' | 'mcp-stage' | 'slack-read' | 'slack-stage';
// Reads, writes staging allows, and production writes that wait for bob's approval over the playground.
const CYCLE: Kind[] = [
  'web-read',
  'mcp-read',
  'slack-read',
  'web-stage',
  'mcp-stage',
  'slack-stage',
  'web-read',
  'mcp-read',
  'slack-read',
  'web-prod',
];
const STAGING = ['web', 'api', 'worker'];
const PRODUCTION = ['web', 'api', 'worker'];

interface Tally {
  requests: number;
  answered: number;
  serverErrors: string[];
  busy: number;
  /** Playground requests cut by a Redis kill mid-transaction: a 503 sentence, not sent again. */
  cut: number;
  outcomes: Record<string, number>;
  slackChannels: string[];
}

/** One person's flow: one request (or an ask and its approval), retried politely when told "busy". */
async function flow(s: LoadStack, run: string, i: number, tally: Tally, mcp: { alice: Client; dave: Client }): Promise<void> {
  const kind = CYCLE[i % CYCLE.length];
  const target = (list: string[]) => list[i % list.length];
  const image = (name: string) => `ghcr.io/acme/${name}:load-${run}-${i}`;
  const count = (outcome: string) => {
    tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1;
  };

  const web = async (path: string, body: Record<string, unknown>): Promise<Result> => {
    for (;;) {
      tally.requests++;
      const res = await fetch(`${s.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { result?: Result; error?: string; code?: string };
      // A request cut by the Redis kill mid-transaction is a 503 with a sentence (whether it was recorded is not
      // known, so it is not sent again blindly); any other 5xx is a failure.
      if (res.status === 503 && json.code === 'unavailable' && json.error) {
        tally.answered++;
        tally.cut++;
        count('cut');
        return { outcome: 'cut' } as unknown as Result;
      }
      if (res.status >= 500) tally.serverErrors.push(`web ${path} ${res.status}: ${json.error}`);
      tally.answered++;
      if (res.status === 429) {
        tally.busy++;
        await sleep(Number(res.headers.get('retry-after') ?? 1) * 1000);
        continue;
      }
      if (!json.result) throw new Error(`web ${path} ${res.status}: ${JSON.stringify(json)}`);
      count(json.result.outcome);
      return json.result;
    }
  };

  const tool = async (client: Client, name: string, args: Record<string, unknown>): Promise<void> => {
    for (;;) {
      tally.requests++;
      const r = (await client.callTool({ name, arguments: args })) as CallToolResult;
      tally.answered++;
      const result = r.structuredContent as Result | undefined;
      if (result?.retryAfterSeconds) {
        tally.busy++;
        await sleep(result.retryAfterSeconds * 1000);
        continue;
      }
      count(result?.outcome ?? 'error');
      return;
    }
  };

  const slack = async (user: string, text: string): Promise<void> => {
    const channel = `CLOAD${run}${i}`;
    tally.requests++;
    const { res } = await s.signer.mention(user, text, { channel });
    if (res.status >= 500) tally.serverErrors.push(`slack ${res.status}`);
    tally.slackChannels.push(channel);
  };

  switch (kind) {
    case 'web-read':
      await web('/api/ask', { person: 'dave', text: `describe ${target(STAGING)} in staging` });
      return;
    case 'web-stage':
      await web('/api/ask', {
        person: 'alice',
        text: `set the image of ${target(STAGING)} in staging to ${image(target(STAGING))}`,
      });
      return;
    case 'web-prod': {
      const asked = await web('/api/ask', {
        person: 'alice',
        text: `set the image of ${target(PRODUCTION)} in production to ${image(target(PRODUCTION))}`,
      });
      if (asked.outcome === 'pending' && asked.approvalId) {
        await web('/api/decide', { person: 'bob', approvalId: asked.approvalId, decision: 'approve' });
      }
      return;
    }
    case 'mcp-read':
      await tool(mcp.dave, 'list_workloads', { namespace: 'staging' });
      return;
    case 'mcp-stage':
      await tool(mcp.alice, 'set_image', { namespace: 'staging', name: target(STAGING), image: image(target(STAGING)) });
      return;
    case 'slack-read':
      await slack('U0DAVE', 'list workloads in staging');
      return;
    case 'slack-stage':
      await slack('U0ALICE', `set the image of ${target(STAGING)} in staging to ${image(target(STAGING))}`);
      return;
  }
}

/** FLOWS flows, IN_FLIGHT at a time; `midway` runs once, when a third of them have started. */
async function burst(s: LoadStack, run: string, midway?: () => Promise<void>): Promise<Tally> {
  const tally: Tally = { requests: 0, answered: 0, serverErrors: [], busy: 0, cut: 0, outcomes: {}, slackChannels: [] };
  const mcp = { alice: await s.mcp('alice'), dave: await s.mcp('dave') };
  let next = 0;
  let fault: Promise<void> | undefined;
  const runner = async () => {
    while (next < FLOWS) {
      const i = next++;
      if (midway && !fault && i >= FLOWS / 3) fault = midway();
      await flow(s, run, i, tally, mcp);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, runner));
  await fault;
  // Slack acks at once and answers in the thread: every mention gets its message (or an ephemeral refusal).
  const channels = new Set(tally.slackChannels);
  await expect
    .poll(() => [...channels].filter((c) => !s.fake.calls.some((call) => call.args.channel === c)), {
      timeout: 60_000,
      interval: 250,
    })
    .toEqual([]);
  tally.answered += channels.size;
  return tally;
}

const IMAGE = /ghcr\.io\/acme\/[a-z]+:load-[\w-]+/;

/**
 * The promises, checked against the sandbox's own request log and the audit log: each image tag names one
 * flow, so a write maps to exactly the request that asked for it.
 */
async function checkRecords(s: LoadStack): Promise<{ writes: number; executed: number }> {
  // Queued actions still finishing (a held write, a read-back) settle before counting.
  await expect
    .poll(async () => s.runtime.queue.queue.getJobCountByTypes('active', 'waiting', 'delayed', 'prioritized'), {
      timeout: 60_000,
      interval: 250,
    })
    .toBe(0);
  await expect
    .poll(() => (s.slow?.holding ?? 0) === 0 && s.sandbox.requests.every((r) => r.status > 0), { timeout: 30_000 })
    .toBe(true);

  const writes = new Map<string, Set<string>>();
  for (const r of s.sandbox.requests) {
    if (r.dryRun || r.status >= 400 || ['GET', 'HEAD'].includes(r.method)) continue;
    const tag = IMAGE.exec(JSON.stringify(r.body ?? ''))?.[0];
    expect(tag, `a write no load request asked for: ${r.method} ${r.path}`).toBeDefined();
    writes.set(tag as string, (writes.get(tag as string) ?? new Set()).add(`${r.path} ${JSON.stringify(r.body)}`));
  }
  const entries: AuditEntry[] = await s.runtime.audit.read();
  const executed = entries.filter((e) => e.type === 'executed' && e.tool === 'set_image' && e.detail?.changed !== false);
  const executedFor = (tag: string) => executed.filter((e) => e.args?.image === tag);
  const plannedFor = (tag: string) => entries.filter((e) => e.type === 'planned' && e.args?.image === tag);

  for (const [tag, bodies] of writes) {
    // 0 double effects: one write per action (a resend repeats the same body on the same path).
    expect(bodies.size, tag).toBe(1);
    // Exactly one executed entry, from one request.
    expect(executedFor(tag), tag).toHaveLength(1);
    // Planned once: an audit append resent after a Redis restart is not recorded twice.
    expect(plannedFor(tag), tag).toHaveLength(1);
    const entry = executedFor(tag)[0];
    if (entry.namespace === 'production') {
      const approval = await s.runtime.core.getApproval(entry.approvalId ?? '');
      expect(approval?.status, tag).toBe('executed');
      expect(approval?.approvedBy.map((a) => a.person)).toEqual(['bob']);
    } else {
      expect(entry.namespace).toBe('staging');
      expect(entry.approvalId).toBeUndefined();
    }
  }
  // And no executed entry without its write.
  for (const e of executed) expect(writes.has(String(e.args?.image)), JSON.stringify(e)).toBe(true);
  expect(await s.runtime.audit.verify()).toMatchObject({ ok: true });
  return { writes: writes.size, executed: executed.length };
}

function report(label: string, tally: Tally, records: { writes: number; executed: number }): void {
  // The counts vary with scheduling (how many were told "busy", how many approvals met a drift); the promises do not.
  console.log(
    `[load] ${label}: ${tally.requests} requests, ${tally.answered} answered, ${tally.busy} busy, ${tally.cut} cut by the Redis kill (503), ${tally.serverErrors.length} other 5xx, ${records.writes} writes, ${records.executed} executed, outcomes ${JSON.stringify(tally.outcomes)}`,
  );
}

describe('a burst with the Kubernetes API slowed (answers late, writes held past the client timeout and the job lock)', () => {
  let s: LoadStack;
  beforeAll(async () => {
    // A 5 s client timeout (long enough for reads on a loaded 2-core machine) and a 2 s job lock; some writes are
    // held 6 s: they land after the client gave up, and after the job lock would have expired without renewal.
    s = await startLoadStack({ redisUrl: inject('redisUrl'), slowApi: true, kubeTimeoutMs: 5000, lockDurationMs: 2000 });
  });
  afterAll(() => s?.close());

  it('answers every request, 0 HTTP 5xx, one executed entry per write, 0 double effects, the chain verifies', async () => {
    s.slow?.delayAnswers(150);
    s.slow?.holdWrites({ ms: 6000, times: 8 });
    const tally = await burst(s, 'slow');
    expect(tally.serverErrors).toEqual([]);
    expect(tally.answered).toBe(tally.requests);
    const records = await checkRecords(s);
    expect(records.writes).toBeGreaterThan(0);
    report('slow API', tally, records);
    figure(
      'load-slow-api',
      `${FLOWS} mixed flows (reads, staging writes, production writes approved by bob) at ${IN_FLIGHT} in flight over the playground API, MCP over HTTP and signed Slack events, Kubernetes answers 150 ms late and 8 writes held 6 s past a 5 s client timeout and a 2 s job lock: every request answered, 0 HTTP 5xx, every cluster write with exactly one executed entry from one allowed or approved request, 0 double effects, audit verify intact`,
    );
    expect(tally.cut).toBe(0);
  }, 240_000);
});

describe('a burst with Redis killed and restarted mid-burst (AOF always)', () => {
  let redis: PrivateRedis;
  let s: LoadStack;
  beforeAll(async () => {
    redis = await startRedis({ appendonly: true, appendfsync: 'always' });
    s = await startLoadStack({ redisUrl: redis.url, lockDurationMs: 2000 });
  });
  afterAll(async () => {
    await s?.close();
    await redis?.stop();
  });

  it('answers every request (a transaction the kill cut is a 503 sentence), no other 5xx, one executed entry per write, 0 double effects, the chain verifies', async () => {
    const tally = await burst(s, 'redis', async () => {
      await redis.kill();
      await sleep(500);
      await redis.restart();
    });
    expect(tally.serverErrors).toEqual([]);
    expect(tally.answered).toBe(tally.requests);
    const records = await checkRecords(s);
    report('redis restart', tally, records);
    figure(
      'load-redis-restart',
      `${FLOWS} mixed flows at ${IN_FLIGHT} in flight over the playground API, MCP over HTTP and signed Slack events, Redis SIGKILLed a third of the way in and restarted 0.5 s later: every request answered (one whose Redis transaction the kill cut is told so in a 503 sentence, not resent), 0 other HTTP 5xx, every cluster write with exactly one executed entry from one allowed or approved request, 0 double effects, audit verify intact`,
    );
  }, 240_000);
});

describe('back-pressure', () => {
  let s: LoadStack;
  beforeAll(async () => {
    s = await startLoadStack({ redisUrl: inject('redisUrl'), slowApi: true, maxInFlight: 4, executionTimeoutMs: 1500 });
  });
  afterAll(() => s?.close());

  it('a write the API server has not confirmed when the wait ends is answered "running", then recorded executed once, never failed', async () => {
    s.slow?.holdWrites({ ms: 4000, times: 1 });
    const res = await fetch(`${s.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'held', person: 'alice', text: 'set the image of api in staging to ghcr.io/acme/api:held-1' }),
    });
    const { result } = (await res.json()) as { result: Result };
    expect(res.status).toBe(200);
    expect(result.outcome).toBe('running');
    expect(result.reason).toMatch(/^Sent: .*the API server has not confirmed it.*keeps checking/);
    const mine = async () => (await s.runtime.audit.read()).filter((e) => e.requestId === result.requestId);
    await expect.poll(async () => (await mine()).map((e) => e.type), { timeout: 30_000 }).toContain('executed');
    expect((await mine()).filter((e) => e.type === 'executed' || e.type === 'failed').map((e) => e.type)).toEqual(['executed']);
    figure(
      'running',
      'a write held 4 s at the API server, the request waiting 1.5 s: answered "running" ("Sent: … the API server has not confirmed it … keeps checking"), then 1 executed entry and 0 failed',
    );
  });

  it('past MAX_IN_FLIGHT a request is answered 429 "busy, try again in a moment" with Retry-After, nothing of it started or recorded; asked again, it runs', async () => {
    const ask = (id: string, i: number) =>
      fetch(`${s.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, person: 'alice', text: `set the image of web in staging to ghcr.io/acme/web:busy-${i}` }),
      });
    // Four writes held at the API server keep the web channel full while three more arrive.
    s.slow?.holdWrites({ ms: 2000, times: 4 });
    const first = [0, 1, 2, 3].map((i) => ask(`first-${i}`, i));
    await expect.poll(() => s.slow?.holding, { timeout: 30_000 }).toBe(4);
    const refused = await Promise.all([4, 5, 6].map((i) => ask(`late-${i}`, i)));
    const bodies = await Promise.all(refused.map((r) => r.json() as Promise<{ result: Result }>));
    expect(refused.map((r) => [r.status, r.headers.get('retry-after')])).toEqual(Array(3).fill([429, '1']));
    for (const b of bodies) {
      expect(b.result).toMatchObject({ outcome: 'refused', retryAfterSeconds: 1 });
      expect(b.result.reason).toMatch(/busy.*try again in a moment/);
    }
    const audit = async () => (await s.runtime.audit.read()).map((e) => e.requestId);
    expect((await audit()).filter((id) => id.includes('late-'))).toEqual([]);
    expect((await Promise.all(first)).map((r) => r.status)).toEqual([200, 200, 200, 200]);

    const again = await Promise.all([4, 5, 6].map((i) => ask(`late-${i}`, i)));
    const results = await Promise.all(again.map((r) => r.json() as Promise<{ result: Result }>));
    expect(results.map((r) => r.result.outcome)).toEqual(['executed', 'executed', 'executed']);
    figure(
      'back-pressure',
      'MAX_IN_FLIGHT=4 on the web channel, 4 writes held at the API server, 3 more asks: 3 × HTTP 429 with Retry-After 1 and "busy, try again in a moment", 0 audit entries for them; asked again with the same ids: 3 executed',
    );
  });
});
