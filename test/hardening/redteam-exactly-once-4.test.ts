import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStore } from '../../src/approvals/store.ts';
import type { AuditLog } from '../../src/audit/log.ts';
import { EffectLog } from '../../src/execution/effects.ts';
import { createExecutor, type ExecutorDeps, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { ExecutionQueue } from '../../src/execution/queue.ts';
import { startExecutionWorker } from '../../src/execution/worker.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { rfc3339 } from '../../src/kube/write.ts';
import { resending } from '../helpers/redis-resend.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A point where a copy waits: `reached` when the copy gets there, `release()` lets it go on (once). */
interface Gate {
  reached: Promise<void>;
  release(): void;
  pass(): Promise<void>;
}

function gate(): Gate {
  let reach!: () => void;
  let free!: () => void;
  let used = false;
  const reached = new Promise<void>((r) => {
    reach = r;
  });
  const released = new Promise<void>((r) => {
    free = r;
  });
  return {
    reached,
    release: () => free(),
    pass: async () => {
      if (used) return;
      used = true;
      reach();
      await released;
    },
  };
}

interface Req {
  method: string;
  path: string;
  dryRun: boolean;
}
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const realWrite = (r: Req) => WRITE_METHODS.has(r.method) && !r.dryRun;

/**
 * What the proxy does with one request: wait at `hold` before the API server; answer `status` itself (the API
 * server never sees it); or forward it (the API server applies it) and then wait at `holdAnswer` and/or answer
 * `spoil` instead of the real answer (the answer to a write that landed is lost).
 */
interface Action {
  hold?: Gate;
  status?: number;
  holdAnswer?: Gate;
  spoil?: number;
}

interface ApiProxy {
  url: string;
  /** The next `times` requests matching get `action` (rules are tried in order, after `decide`). */
  add(match: (r: Req) => boolean, action: Action, times?: number): void;
  /** A test's own decision per request (stateful scenarios); undefined = the rules, then forward. */
  decide?: (r: Req) => Action | undefined;
  close(): Promise<void>;
}

function statusBody(code: number) {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, message: `test proxy answered ${code}` });
}

/** An HTTP proxy in front of the sandbox, one per copy of a job, so each copy's calls are steered on their own. */
async function startApiProxy(target: string): Promise<ApiProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const rules: { match: (r: Req) => boolean; action: Action; left: number }[] = [];
  const proxy: ApiProxy = {
    url: '',
    add: (match, action, times = 1) => {
      rules.push({ match, action, left: times });
    },
    close: async () => {
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const pick = (r: Req): Action | undefined => {
    const decided = proxy.decide?.(r);
    if (decided) return decided;
    const rule = rules.find((x) => x.match(r));
    if (!rule) return undefined;
    rule.left -= 1;
    if (rule.left <= 0) rules.splice(rules.indexOf(rule), 1);
    return rule.action;
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const r = { method: req.method ?? 'GET', path: url.pathname, dryRun: url.searchParams.getAll('dryRun').includes('All') };
      const action = pick(r);
      await action?.hold?.pass();
      if (action?.status) {
        res.writeHead(action.status, { 'content-type': 'application/json' });
        res.end(statusBody(action.status));
        return;
      }
      const up = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', async () => {
            await action?.holdAnswer?.pass();
            if (res.destroyed) return;
            if (action?.spoil) {
              res.writeHead(action.spoil, { 'content-type': 'application/json' });
              res.end(statusBody(action.spoil));
              return;
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
  proxy.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return proxy;
}

/** Where a copy of a job stops or signals on its own Redis stores (the stores themselves are the real ones). */
interface Hooks {
  /** After its first read of the effect marker returned. */
  afterMarkerRead?: () => Promise<void>;
  /** After its takeOver (settleStalled) returned. */
  afterTakeOver?: () => Promise<void>;
}

interface CopyOptions {
  hooks?: Hooks;
  /** The effect log underneath (default the runtime's), e.g. one over a client that sends scripts twice. */
  effects?: EffectLog;
  /** The audit log underneath (default the runtime's). */
  audit?: AuditLog;
}

interface Copy {
  proxy: ApiProxy;
  exec: (job: JobLike) => Promise<ExecutionOutcome>;
  /** One run of the job; its answer, or the message it threw. */
  run(job: ExecutionJobInput, extra?: Partial<JobLike>): Promise<ExecutionOutcome | string>;
}

const opened: { close(): Promise<void> }[] = [];

/** One copy of the executor (one worker's run), with its own proxy to the sandbox and its own hooks. */
async function copyOf(rt: TestRuntime, dir: string, opts: CopyOptions = {}): Promise<Copy> {
  const proxy = await startApiProxy(rt.sandbox.url);
  opened.push(proxy);
  const file = join(dir, `kc-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, readFileSync(join(dir, 'direct'), 'utf8').replaceAll(rt.sandbox.url, proxy.url));
  const kc = new KubeConfig();
  kc.loadFromFile(file);
  const registry = ClusterRegistry.fromKubeConfig(kc, {
    retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
    timeoutMs: 15_000,
    defaultRequests: rt.runtime.registry.get().defaultRequests,
  });
  const r = rt.runtime;
  const base = opts.effects ?? r.effects;
  const hooks = opts.hooks ?? {};
  let reads = 0;
  const effects = {
    get: async (id: string) => {
      const marker = await base.get(id);
      if (reads++ === 0) await hooks.afterMarkerRead?.();
      return marker;
    },
    executing: (...a: Parameters<EffectLog['executing']>) => base.executing(...a),
    executed: (id: string, outcome: ExecutionOutcome) => base.executed(id, outcome),
    final: (...a: Parameters<EffectLog['final']>) => base.final(...a),
    takeOver: async (...a: Parameters<EffectLog['takeOver']>) => {
      const took = await base.takeOver(...a);
      await hooks.afterTakeOver?.();
      return took;
    },
    drifted: (...a: Parameters<EffectLog['drifted']>) => base.drifted(...a),
  } as unknown as EffectLog;
  const approvals = {
    get: (id: string) => r.approvals.get(id),
    finish: (...a: Parameters<ApprovalStore['finish']>) => r.approvals.finish(...a),
  } as unknown as ApprovalStore;
  const auditLog = opts.audit ?? r.audit;
  const deps: ExecutorDeps = {
    approvals,
    effects,
    audit: { appendWithEffect: (e, w) => auditLog.appendWithEffect(e, w) },
    events: r.events,
    clusterFor: () => registry.get(),
    onDrift: (approval) => r.core.replan(approval),
    readBack: { withinMs: 2000, everyMs: 100 },
  };
  const exec = createExecutor(deps);
  return {
    proxy,
    exec: (job) => {
      reads = 0;
      return exec(job);
    },
    run: (job, extra = {}) => {
      reads = 0;
      return exec({ data: job, attemptsMade: 0, opts: { attempts: 1 }, ...extra }).catch((err: unknown) =>
        err instanceof Error ? err.message : String(err),
      );
    },
  };
}

interface QueuedWorker {
  queue: ExecutionQueue;
  proxy: ApiProxy;
  /** The attempt (1-based) of the job the worker runs now. */
  attempt: number;
  /** Graceful stop of the worker (waits for its active job), as `coxswain worker` does on SIGTERM. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** A real BullMQ queue and worker of its own (its own queue name) running a copy of the executor. */
async function workerOf(rt: TestRuntime, dir: string, opts: { attempts: number; backoffMs: number }): Promise<QueuedWorker> {
  const copy = await copyOf(rt, dir);
  const name = `rt4-${Math.random().toString(36).slice(2, 10)}`;
  const connection = { url: rt.config.REDIS_URL, maxRetriesPerRequest: null };
  const queue = new ExecutionQueue({ connection, prefix: rt.runtime.prefix, name, effects: rt.runtime.effects, ...opts });
  const w: QueuedWorker = {
    queue,
    proxy: copy.proxy,
    attempt: 0,
    stopWorker: () => worker.close(),
    close: async () => {
      await worker.close();
      await queue.close();
    },
  };
  const worker = startExecutionWorker(
    (job) => {
      w.attempt = job.attemptsMade + 1;
      return copy.exec(job);
    },
    { connection, prefix: rt.runtime.prefix, name, concurrency: 1 },
  );
  await worker.worker.waitUntilReady();
  return w;
}

/** A write in production asked by alice and approved by bob, as the Core queues it (engine-decide.ts). */
async function approvedJob(rt: TestRuntime, tool: string, args: Record<string, unknown>): Promise<ExecutionJobInput> {
  const asked = await rt.runtime.core.handle({ channel: 'terminal', actor: { personId: 'alice' }, call: { tool, args } });
  expect(asked.outcome, asked.reason).toBe('pending');
  const t = await rt.runtime.approvals.decide(asked.approvalId as string, 'approve', 'bob');
  if (t.kind !== 'fully-approved') throw new Error(`not approved: ${t.kind}`);
  const s = t.state;
  return {
    id: s.id,
    requestId: s.requestId,
    approvalId: s.id,
    tool: s.tool,
    args: s.args,
    namespace: s.namespace,
    requester: s.requester,
    approvedBy: s.approvedBy.map((a) => a.person),
    text: s.text,
    fingerprint: s.preview.fingerprint,
    plannedAt: new Date().toISOString(),
  };
}

/** The job's ends in the audit log (`executed` / `failed`), in order. */
async function ends(rt: TestRuntime, requestId: string): Promise<string[]> {
  return (await rt.runtime.audit.read())
    .filter((e) => e.requestId === requestId && (e.type === 'executed' || e.type === 'failed'))
    .map((e) => e.type);
}

/** Effects, not writes: per path, how many different bodies landed (a resend of the same body changes nothing). */
function bodiesPerPath(rt: TestRuntime): number {
  const bodies = new Map<string, Set<string>>();
  for (const w of effectiveWrites(rt.sandbox))
    bodies.set(w.path, (bodies.get(w.path) ?? new Set()).add(JSON.stringify(w.body ?? null)));
  return Math.max(0, ...[...bodies.values()].map((b) => b.size));
}

/** How the job ended for the person: the approval, the audit, the marker, and whether the request was asked again. */
async function state(rt: TestRuntime, job: ExecutionJobInput) {
  const approval = job.approvalId ? await rt.runtime.approvals.get(job.approvalId) : undefined;
  const marker = await rt.runtime.effects.get(job.id);
  const replan = job.approvalId
    ? (await rt.runtime.audit.read()).filter(
        (e) => e.requestId === `${job.requestId}:replan:${job.approvalId}` && e.type === 'pending',
      ).length
    : 0;
  return {
    ends: await ends(rt, job.requestId),
    approval: approval?.status,
    marker: marker?.status === 'executed' ? marker.outcome?.status : marker?.status,
    newApprovals: replan,
  };
}

const said = (o: ExecutionOutcome | string) => (typeof o === 'string' ? o : o.status);

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
function restartedAt(rt: TestRuntime, namespace: string, name: string): unknown {
  const d = rt.sandbox.get('apps/v1', 'deployments', namespace, name) as
    | { spec?: { template?: { metadata?: { annotations?: Record<string, string> } } } }
    | undefined;
  return d?.spec?.template?.metadata?.annotations?.[RESTARTED_AT];
}

let t: TestRuntime;
let dir: string;
let client: Redis;
beforeAll(async () => {
  t = await startTestRuntime({ workers: false });
  dir = mkdtempSync(join(tmpdir(), 'coxswain-rt4-'));
  t.sandbox.writeKubeconfig(join(dir, 'direct'));
  client = new Redis(t.config.REDIS_URL as string);
}, 60_000);
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
  client?.disconnect();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
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
