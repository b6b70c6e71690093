import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../src/app/runtime.ts';
import { getTool, parseArgs } from '../../src/catalog/registry.ts';
import type { ToolContext } from '../../src/catalog/tool.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import { CHAOS_GROUP, CHAOS_PLURAL, CHAOS_VERSION } from '../../src/chaos/simulation.ts';
import { createExecutor, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionOutcome } from '../../src/execution/job.ts';
import { startExecutionWorker } from '../../src/execution/worker.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { type SlowApi, startSlowApi } from '../helpers/slow-api.ts';

/**
 * Red team, exactly once: the API server applies a write and the answer never reaches coxswain as a success (a
 * 500 from a gateway after the write landed, or the connection dropped once the request was sent). The client
 * sends it again; the job is re-run. The write must count once in the cluster and be recorded `executed` once,
 * never `failed` while it happened.
 */

type Fault = '500' | 'drop' | 'refuse';

/** An HTTP proxy in front of the sandbox that lets the next real write land, then spoils its answer. */
async function startSpoilingProxy(target: string) {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let next: { fault: Fault; left: number } | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const write = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method ?? '');
      const spoil = write && !url.searchParams.getAll('dryRun').includes('All') && next && next.left > 0 ? next : undefined;
      if (spoil) spoil.left -= 1;
      if (spoil?.fault === 'refuse') return void res.destroy();
      const up = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            if (spoil?.fault === 'drop') return void res.destroy();
            if (spoil) {
              res.writeHead(500, { 'content-type': 'application/json' });
              return void res.end(JSON.stringify({ kind: 'Status', status: 'Failure', code: 500, message: 'gateway' }));
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      up.on('error', () => res.destroy());
      up.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    spoil: (fault: Fault, times: number) => {
      next = { fault, left: times };
    },
    close: async () => {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let t: TestRuntime;
let ctx: ToolContext;
let proxy: Awaited<ReturnType<typeof startSpoilingProxy>>;
let dir: string;
let processor: (job: JobLike) => Promise<ExecutionOutcome>;
beforeAll(async () => {
  t = await startTestRuntime({ workers: false });
  ctx = { kube: t.runtime.registry.get(), requestedBy: 'alice' };
  proxy = await startSpoilingProxy(t.sandbox.url);
  dir = mkdtempSync(join(tmpdir(), 'coxswain-redteam-'));
  t.sandbox.writeKubeconfig(join(dir, 'direct'));
  writeFileSync(join(dir, 'spoiled'), readFileSync(join(dir, 'direct'), 'utf8').replaceAll(t.sandbox.url, proxy.url));
  const kc = new KubeConfig();
  kc.loadFromFile(join(dir, 'spoiled'));
  const registry = ClusterRegistry.fromKubeConfig(kc, {
    retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
    timeoutMs: 5000,
    defaultRequests: ctx.kube.defaultRequests,
  });
  const r = t.runtime;
  processor = createExecutor({
    approvals: r.approvals,
    effects: r.effects,
    audit: r.audit,
    events: r.events,
    clusterFor: () => registry.get(),
    onDrift: (approval) => r.core.replan(approval),
    readBack: { withinMs: 3000, everyMs: 100 },
  });
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const podsOf = (app: string) =>
  t.sandbox
    .list('v1', 'pods', 'staging')
    .filter((p) => p.metadata?.labels?.app === app)
    .map((p) => p.metadata?.name as string)
    .sort();
const sims = () => t.sandbox.list(`${CHAOS_GROUP}/${CHAOS_VERSION}`, CHAOS_PLURAL, 'staging');

interface Case {
  tool: string;
  args: () => Promise<Record<string, unknown>>;
}

const CASES: Case[] = [
  { tool: 'delete_pod', args: async () => ({ namespace: 'staging', name: podsOf('web')[0] }) },
  {
    tool: 'stop_chaos',
    args: async () => {
      await ensureSimulationCrd(chaosApis(ctx.kube));
      await getTool('launch_chaos').execute(
        { namespace: 'staging', target: 'web', experiment: 'pod-failure', level: 1, durationSeconds: 600 },
        ctx,
      );
      return { namespace: 'staging', name: sims()[0]?.metadata?.name };
    },
  },
  {
    tool: 'create_deployment',
    args: async () => ({ namespace: 'staging', name: 'web-new', image: 'ghcr.io/acme/web:2.0.0', replicas: 2 }),
  },
  { tool: 'restart', args: async () => ({ namespace: 'staging', name: 'worker' }) },
  {
    tool: 'launch_chaos',
    args: async () => {
      await ensureSimulationCrd(chaosApis(ctx.kube));
      return { namespace: 'staging', target: 'web', experiment: 'pod-failure', durationSeconds: 600 };
    },
  },
  { tool: 'scale', args: async () => ({ namespace: 'staging', name: 'web', replicas: 5 }) },
  { tool: 'rollback', args: async () => ({ namespace: 'staging', name: 'web' }) },
  { tool: 'set_image', args: async () => ({ namespace: 'staging', name: 'api', image: 'ghcr.io/acme/api:2.5.0' }) },
  { tool: 'promote_rollout', args: async () => ({ namespace: 'staging', name: 'checkout' }) },
  { tool: 'abort_rollout', args: async () => ({ namespace: 'staging', name: 'checkout' }) },
  { tool: 'pause_rollout', args: async () => ({ namespace: 'staging', name: 'checkout' }) },
  {
    tool: 'retry_rollout',
    args: async () => {
      await getTool('abort_rollout').execute({ namespace: 'staging', name: 'checkout' }, ctx);
      return { namespace: 'staging', name: 'checkout' };
    },
  },
];

describe('a write that landed but whose answer was spoiled is recorded executed once', () => {
  for (const fault of ['500', 'drop'] as const) {
    for (const c of CASES) {
      it(`${c.tool}, answer ${fault === '500' ? 'HTTP 500' : 'connection dropped'}`, async () => {
        t.sandbox.reset();
        const parsed = parseArgs(getTool(c.tool), await c.args());
        const preview = await getTool(c.tool).preview(parsed, ctx);
        const id = `spoiled-${fault}-${c.tool}`;
        const job = {
          id,
          requestId: id,
          tool: c.tool,
          args: { ...parsed, ...(preview.pinnedArgs ?? {}) },
          namespace: 'staging',
          requester: 'alice',
          plannedAt: new Date().toISOString(),
          fingerprint: preview.fingerprint,
        };
        t.sandbox.clearRequests();
        proxy.spoil(fault, 1);
        let outcome: ExecutionOutcome | undefined;
        let error: unknown;
        for (let attempt = 0; attempt < 2 && !outcome; attempt++) {
          outcome = await processor({ data: job, attemptsMade: attempt, opts: { attempts: 2 } }).catch((err: unknown) => {
            error = err;
            return undefined;
          });
        }
        const entries = (await t.runtime.audit.read()).filter((e) => e.requestId === id);
        expect({ status: outcome?.status, error: outcome ? undefined : String(error) }).toEqual({
          status: 'executed',
          error: undefined,
        });
        expect(entries.map((e) => e.type)).toEqual(['executed']);
        // Effects, not writes: a resend with the same body changes nothing more; two bodies on one path are two.
        const bodies = new Map<string, Set<string>>();
        for (const w of effectiveWrites(t.sandbox))
          bodies.set(w.path, (bodies.get(w.path) ?? new Set()).add(JSON.stringify(w.body ?? null)));
        expect(bodies.size).toBeGreaterThan(0);
        expect(Math.max(...[...bodies.values()].map((b) => b.size))).toBe(1);
      });
    }
  }
});

describe('a write that no worker has taken when the wait ends', () => {
  let q: TestRuntime;
  beforeAll(async () => {
    q = await startTestRuntime({ workers: false, overrides: { executionTimeoutMs: 1000 } });
  }, 60_000);
  afterAll(() => q?.close());

  it('is told running, not failed, and runs once when a worker comes', async () => {
    const ask = () =>
      q.runtime.core.handle({
        channel: 'terminal',
        actor: { personId: 'alice' },
        call: { tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 4 } },
      });
    const r = await ask();
    // Workers busy with a burst, or a worker process restarting: the action is queued and will run.
    expect({ outcome: r.outcome, reason: r.reason }).toMatchObject({ outcome: 'running' });
    const workers = startWorkers(q.runtime, { chaos: false });
    try {
      await expect.poll(() => replicasOf(q.sandbox, 'staging', 'web'), { timeout: 20_000 }).toBe(4);
      const entries = (await q.runtime.audit.read()).filter((e) => e.requestId === r.requestId);
      await expect
        .poll(
          async () => (await q.runtime.audit.read()).filter((e) => e.requestId === r.requestId && e.type === 'executed').length,
        )
        .toBe(1);
      expect(entries.some((e) => e.type === 'failed')).toBe(false);
      expect(effectiveWrites(q.sandbox, 'deployments/scale')).toHaveLength(1);
    } finally {
      await workers.close();
    }
  });
});

describe('one job run twice at once (its lock lost while its write was held) makes one effect', () => {
  let slow: SlowApi;
  let twice: (job: JobLike) => Promise<ExecutionOutcome>;
  beforeAll(async () => {
    slow = await startSlowApi(t.sandbox.url);
    writeFileSync(join(dir, 'slow'), readFileSync(join(dir, 'direct'), 'utf8').replaceAll(t.sandbox.url, slow.url));
    const kc = new KubeConfig();
    kc.loadFromFile(join(dir, 'slow'));
    const registry = ClusterRegistry.fromKubeConfig(kc, { timeoutMs: 5000, defaultRequests: ctx.kube.defaultRequests });
    const r = t.runtime;
    twice = createExecutor({
      approvals: r.approvals,
      effects: r.effects,
      audit: r.audit,
      events: r.events,
      clusterFor: () => registry.get(),
      onDrift: (approval) => r.core.replan(approval),
      readBack: { withinMs: 3000, everyMs: 100 },
    });
  });
  afterAll(() => slow?.close());

  for (const c of CASES) {
    it(c.tool, async () => {
      t.sandbox.reset();
      const parsed = parseArgs(getTool(c.tool), await c.args());
      const preview = await getTool(c.tool).preview(parsed, ctx);
      const id = `twice-${c.tool}`;
      const job = {
        id,
        requestId: id,
        tool: c.tool,
        args: { ...parsed, ...(preview.pinnedArgs ?? {}) },
        namespace: 'staging',
        requester: 'alice',
        plannedAt: new Date().toISOString(),
        fingerprint: preview.fingerprint,
      };
      t.sandbox.clearRequests();
      // Both runs' first writes are held, so the second run previews before the first run's write lands.
      slow.holdWrites({ ms: 700, times: 2 });
      const runs = await Promise.all(
        [0, 1].map(() => twice({ data: job, attemptsMade: 0, opts: { attempts: 1 } }).catch((err: unknown) => String(err))),
      );
      await expect.poll(() => slow.holding === 0 && t.sandbox.requests.every((q) => q.status > 0)).toBe(true);
      expect(runs.map((o) => (typeof o === 'string' ? o : o.status))).toEqual(['executed', 'executed']);
      expect((await t.runtime.audit.read()).filter((e) => e.requestId === id).map((e) => e.type)).toEqual(['executed']);
      const bodies = new Map<string, Set<string>>();
      for (const w of effectiveWrites(t.sandbox))
        bodies.set(w.path, (bodies.get(w.path) ?? new Set()).add(JSON.stringify(w.body ?? null)));
      expect(Math.max(...[...bodies.values()].map((b) => b.size))).toBe(1);
    });
  }
});

describe('a second copy of a job that read the marker before the first copy ended it', () => {
  // BullMQ hands a job whose lock was lost (a Redis restart) to a second worker while the first still runs. The
  // second reads the marker (no end yet), then its slow dry run returns after the first recorded `executed`. It
  // had written `executing` over that end and recorded a second execution: the Redis-kill figure's flaky 2.
  let slow: SlowApi;
  let late: (job: JobLike) => Promise<ExecutionOutcome>;
  beforeAll(async () => {
    slow = await startSlowApi(t.sandbox.url);
    writeFileSync(join(dir, 'late'), readFileSync(join(dir, 'direct'), 'utf8').replaceAll(t.sandbox.url, slow.url));
    const kc = new KubeConfig();
    kc.loadFromFile(join(dir, 'late'));
    const registry = ClusterRegistry.fromKubeConfig(kc, { timeoutMs: 10_000, defaultRequests: ctx.kube.defaultRequests });
    const r = t.runtime;
    late = createExecutor({
      approvals: r.approvals,
      effects: r.effects,
      audit: r.audit,
      events: r.events,
      clusterFor: () => registry.get(),
      onDrift: (approval) => r.core.replan(approval),
    });
  });
  afterAll(() => slow?.close());

  it.each([
    { tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 5 } },
    { tool: 'restart', args: { namespace: 'staging', name: 'worker' } },
  ])(
    '$tool: one effect and one executed entry',
    async ({ tool, args }) => {
      t.sandbox.reset();
      const parsed = parseArgs(getTool(tool), args);
      const preview = await getTool(tool).preview(parsed, ctx);
      const id = `late-copy-${tool}`;
      const job = {
        id,
        requestId: id,
        tool,
        args: { ...parsed, ...(preview.pinnedArgs ?? {}) },
        namespace: 'staging',
        requester: 'alice',
        plannedAt: new Date().toISOString(),
        fingerprint: preview.fingerprint,
      };
      t.sandbox.clearRequests();
      slow.delayAnswers(1500);
      const second = late({ data: job, attemptsMade: 0, opts: { attempts: 1 } });
      // The second copy has read the marker (it is waiting for its slow dry run) when the first starts.
      await new Promise((r) => setTimeout(r, 200));
      const first = await processor({ data: job, attemptsMade: 0, opts: { attempts: 1 } });
      expect(first.status).toBe('executed');
      const outcome = await second.finally(() => slow.delayAnswers(0));
      expect(outcome.status).toBe('executed');
      expect((await t.runtime.audit.read()).filter((e) => e.requestId === id).map((e) => e.type)).toEqual(['executed']);
      expect(effectiveWrites(t.sandbox)).toHaveLength(1);
    },
    30_000,
  );
});

describe('an idempotent write that never went out while someone else changed its target', () => {
  it('is sent again, not recorded as having taken effect', async () => {
    t.sandbox.reset();
    const args = { namespace: 'staging', name: 'web', replicas: 5 };
    const preview = await getTool('scale').preview(args, ctx);
    const id = 'never-sent';
    const job = {
      id,
      requestId: id,
      tool: 'scale',
      args,
      namespace: 'staging',
      requester: 'alice',
      plannedAt: new Date().toISOString(),
      fingerprint: preview.fingerprint,
    };
    // The API server refuses the connection (the call and the client's resend never arrive): attempt 1 ends
    // transient with the marker `executing`. bob scales by hand before the queue's retry.
    proxy.spoil('refuse', 2);
    const first = await processor({ data: job, attemptsMade: 0, opts: { attempts: 2 } }).catch((e: unknown) => String(e));
    expect(typeof first).toBe('string');
    await getTool('scale').execute({ namespace: 'staging', name: 'web', replicas: 7 }, ctx);
    const second = await processor({ data: job, attemptsMade: 1, opts: { attempts: 2 } });
    // Was: "scale had already taken effect … nothing ran twice", recorded executed, with 7 replicas.
    expect({ status: second.status, replicas: replicasOf(t.sandbox, 'staging', 'web') }).toEqual({
      status: 'executed',
      replicas: 5,
    });
    const entries = (await t.runtime.audit.read()).filter((e) => e.requestId === id);
    expect(entries.map((e) => [e.type, e.detail?.recovered ?? false])).toEqual([['executed', false]]);
  });
});

describe('a job whose worker stops more often than BullMQ would allow (its default maxStalledCount, 2)', () => {
  it('is read back and recorded, not failed inside Redis without a record', async () => {
    const slow = await startSlowApi(t.sandbox.url);
    writeFileSync(join(dir, 'slow'), readFileSync(join(dir, 'direct'), 'utf8').replaceAll(t.sandbox.url, slow.url));
    const kc = new KubeConfig();
    kc.loadFromFile(join(dir, 'slow'));
    const registry = ClusterRegistry.fromKubeConfig(kc, { timeoutMs: 10_000, defaultRequests: ctx.kube.defaultRequests });
    const r = t.runtime;
    const deps = {
      approvals: r.approvals,
      effects: r.effects,
      audit: r.audit,
      events: r.events,
      clusterFor: () => registry.get(),
      onDrift: (approval: Parameters<typeof r.core.replan>[0]) => r.core.replan(approval),
      readBack: { withinMs: 3000, everyMs: 100 },
    };
    // A worker that dies once its call is out or once it reaches its record (SIGKILL, OOM): it never records,
    // and stops renewing its lock.
    const dying = createExecutor({ ...deps, audit: { appendWithEffect: () => new Promise<never>(() => {}) } });
    let picked = 0;
    const opts = {
      connection: { url: t.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: r.prefix,
      name: r.queue.queue.name,
      lockDurationMs: 1000,
      stalledIntervalMs: 300,
    };
    t.sandbox.reset();
    t.sandbox.clearRequests();
    const args = { namespace: 'staging', name: 'web', replicas: 6 };
    const preview = await getTool('scale').preview(args, ctx);
    const id = 'stalled-out';
    const job = { id, requestId: id, tool: 'scale', args, namespace: 'staging', requester: 'alice' };
    slow.holdWrites({ ms: 1500, times: 1 });
    const answer = r.queue.run({ ...job, fingerprint: preview.fingerprint }, 30_000).catch((err: unknown) => String(err));
    // Three workers die holding the job, one after the other: three stalls, one more than BullMQ allows by default.
    for (let i = 1; i <= 3; i++) {
      const w = startExecutionWorker((j) => {
        picked += 1;
        return dying(j);
      }, opts);
      await expect.poll(() => picked, { timeout: 15_000 }).toBe(i);
      if (i === 1) await expect.poll(() => slow.holding, { timeout: 15_000 }).toBe(1);
      void w.worker.close(true);
    }
    const b = startExecutionWorker(createExecutor(deps), opts);
    try {
      // Was: 'job stalled more than allowable limit', no audit entry, while the scale had landed.
      expect(await answer).toMatchObject({ status: 'executed', recovered: true });
      expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(6);
      expect((await r.audit.read()).filter((e) => e.requestId === id).map((e) => e.type)).toEqual(['executed']);
      const bodies = new Set(effectiveWrites(t.sandbox, 'deployments/scale').map((w) => JSON.stringify(w.body ?? null)));
      expect(bodies.size).toBe(1);
    } finally {
      await b.close();
      await slow.close();
    }
  });

  it('that never sent its call is recorded failed with a sentence, and nothing is called', async () => {
    const r = t.runtime;
    const opts = {
      connection: { url: t.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: r.prefix,
      name: r.queue.queue.name,
      lockDurationMs: 1000,
      stalledIntervalMs: 300,
    };
    t.sandbox.reset();
    t.sandbox.clearRequests();
    const id = 'stalled-before-call';
    const job = {
      id,
      requestId: id,
      tool: 'scale',
      args: { namespace: 'staging', name: 'web', replicas: 7 },
      namespace: 'staging',
      requester: 'alice',
    };
    const answer = r.queue.run(job, 30_000).catch((err: unknown) => String(err));
    // Each worker dies as soon as it takes the job (a job that crashes its worker before any call).
    let picked = 0;
    for (let i = 1; i <= 3; i++) {
      const w = startExecutionWorker(() => {
        picked += 1;
        return new Promise<never>(() => {});
      }, opts);
      await expect.poll(() => picked, { timeout: 15_000 }).toBe(i);
      void w.worker.close(true);
    }
    const b = startExecutionWorker(processor, opts);
    try {
      expect(await answer).toMatch(/scale did not happen: the worker running scale stopped 3 times .* never went out/);
      expect((await r.audit.read()).filter((e) => e.requestId === id).map((e) => e.type)).toEqual(['failed']);
      expect(effectiveWrites(t.sandbox)).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
