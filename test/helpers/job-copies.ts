import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ApprovalStore } from '../../src/approvals/store.ts';
import type { AuditLog } from '../../src/audit/log.ts';
import { getTool, parseArgs } from '../../src/catalog/registry.ts';
import type { ToolContext } from '../../src/catalog/tool.ts';
import type { EffectLog } from '../../src/execution/effects.ts';
import { createExecutor, type ExecutorDeps, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { ExecutionQueue } from '../../src/execution/queue.ts';
import { startExecutionWorker } from '../../src/execution/worker.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from './runtime.ts';

/**
 * Copies of one job for the exactly-once red-team rounds (test/hardening/redteam-exactly-once-{3,…,10}.test.ts):
 * each copy is its own executor (one worker) with its own HTTP proxy in front of the real sandbox, which can hold a
 * request before the API server, hold its answer after the API server applied it, refuse it or spoil its answer;
 * gates on the copy's calls to the real Redis stores stop it at a chosen await point. Real Redis, the real sandbox.
 */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long OnceStore keeps a key (24 h), which rounds 9 and 10 shorten to age a claim. */
export const ONCE_RETENTION = 24 * 3600;

/** OnceStore's Redis key for `key` in this runtime. */
export const onceKey = (t: TestRuntime, key: string) => `${t.runtime.prefix}:once:${key}`;

/** The owner OnceStore records for a terminal request of `personId`. */
export const ownerOf = (personId: string) => JSON.stringify(['terminal', personId, undefined, undefined, undefined]);

/** The claim on `key` as 125 s of a run without a renewal leave it: the same token, a TTL that ran 125 s. */
export async function ageClaim(t: TestRuntime, client: Redis, key: string): Promise<void> {
  await until(`the claim ${key}`, async () => ((await client.get(onceKey(t, key))) ?? '').startsWith('claim:'));
  await client.pexpire(onceKey(t, key), (ONCE_RETENTION - 125) * 1000);
}

/** Pending audit entries (approvals asked) of one request id. */
export const asked = async (t: TestRuntime, requestId: string) =>
  (await t.runtime.audit.read()).filter((e) => e.requestId === requestId && e.type === 'pending').map((e) => e.approvalId);

/** What a round's file shares: the runtime (no workers), a directory for kubeconfigs, a plain Redis client. */
export interface Round {
  t: TestRuntime;
  dir: string;
  client: Redis;
}

/**
 * The setup every round shares, as hooks of the calling file: `use` gets the round once it runs (before the tests), and
 * everything it opened, copies included, is closed after the file. Hooks the file adds after this run inside it.
 */
export function copiesRound(prefix: string, use: (round: Round) => void): void {
  let round: Round | undefined;
  beforeAll(async () => {
    const t = await startTestRuntime({ workers: false });
    const dir = mkdtempSync(join(tmpdir(), prefix));
    t.sandbox.writeKubeconfig(join(dir, 'direct'));
    round = { t, dir, client: new Redis(t.config.REDIS_URL as string) };
    use(round);
  }, 60_000);
  afterAll(async () => {
    await closeCopies();
    round?.client.disconnect();
    await round?.t.close();
    if (round) rmSync(round.dir, { recursive: true, force: true });
  });
}

/** Waits until `check` holds (polling), or fails the test with `what`. */
export async function until(what: string, check: () => Promise<boolean>, withinMs = 20_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A point where a copy waits: `reached` when the copy gets there, `release()` lets it go on (once). */
export interface Gate {
  reached: Promise<void>;
  release(): void;
  pass(): Promise<void>;
}

export function gate(): Gate {
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

/** A point every matching request waits at until release() (a gate holds only the first). */
export function barrier(): Gate {
  let reach!: () => void;
  let free!: () => void;
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
      reach();
      await released;
    },
  };
}

/** A point a copy passes without waiting: `reached` tells the test it got there. */
export function signal(): { reached: Promise<void>; pass(): Promise<void> } {
  let reach!: () => void;
  const reached = new Promise<void>((r) => {
    reach = r;
  });
  return { reached, pass: async () => reach() };
}

export interface Req {
  method: string;
  path: string;
  dryRun: boolean;
}
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const realWrite = (r: Req) => WRITE_METHODS.has(r.method) && !r.dryRun;

/**
 * What the proxy does with one request: wait at `hold` before the API server; answer `status` itself (the API
 * server never sees it); or forward it (the API server applies it) and then wait at `holdAnswer` and/or answer
 * `spoil` instead of the real answer (the answer to a write that landed is lost).
 */
export interface Action {
  hold?: Gate;
  status?: number;
  holdAnswer?: Gate;
  spoil?: number;
}

export interface ApiProxy {
  url: string;
  /** The next `times` requests matching get `action` (rules are tried in order, after `decide`). */
  add(match: (r: Req) => boolean, action: Action, times?: number): void;
  /** A test's own decision per request (stateful scenarios); undefined = the rules, then forward. */
  decide?: (r: Req) => Action | undefined;
  close(): Promise<void>;
}

export function statusBody(code: number) {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code, message: `test proxy answered ${code}` });
}

/** An HTTP proxy in front of the sandbox, one per copy of a job, so each copy's calls are steered on their own. */
export async function startApiProxy(target: string): Promise<ApiProxy> {
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
export interface Hooks {
  /** After its first read of the effect marker returned. */
  afterMarkerRead?: () => Promise<void>;
  /** After its takeOver (settleStalled) returned. */
  afterTakeOver?: () => Promise<void>;
}

export interface CopyOptions {
  /** Wraps the re-plan of a drift (default the Core's replan). */
  onDrift?: (replan: ExecutorDeps['onDrift']) => ExecutorDeps['onDrift'];
  hooks?: Hooks;
  /** The effect log underneath (default the runtime's), e.g. one over a client that sends scripts twice. */
  effects?: EffectLog;
  /** The audit log underneath (default the runtime's). */
  audit?: AuditLog;
}

export interface Copy {
  proxy: ApiProxy;
  exec: (job: JobLike) => Promise<ExecutionOutcome>;
  /** One run of the job; its answer, or the message it threw. */
  run(job: ExecutionJobInput, extra?: Partial<JobLike>): Promise<ExecutionOutcome | string>;
}

const opened: { close(): Promise<void> }[] = [];

/** Closes every copy's proxy (afterAll). */
export async function closeCopies(): Promise<void> {
  for (const p of opened.splice(0)) await p.close().catch(() => {});
}

/** One copy of the executor (one worker's run), with its own proxy to the sandbox and its own hooks. */
export async function copyOf(rt: TestRuntime, dir: string, opts: CopyOptions = {}): Promise<Copy> {
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
    onDrift: (opts.onDrift ?? ((f) => f))((approval) => r.core.replan(approval)),
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

export interface QueuedWorker {
  queue: ExecutionQueue;
  proxy: ApiProxy;
  /** The attempt (1-based) of the job the worker runs now. */
  attempt: number;
  /** Graceful stop of the worker (waits for its active job), as `coxswain worker` does on SIGTERM. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** A real BullMQ queue and worker of its own (its own queue name) running a copy of the executor. */
export async function workerOf(
  rt: TestRuntime,
  dir: string,
  opts: { attempts: number; backoffMs: number },
): Promise<QueuedWorker> {
  const copy = await copyOf(rt, dir);
  const name = `rt-${Math.random().toString(36).slice(2, 10)}`;
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
export async function approvedJob(rt: TestRuntime, tool: string, args: Record<string, unknown>): Promise<ExecutionJobInput> {
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

/** An allowed write (staging), as the Core queues it: pinned arguments and the dry run's fingerprint. */
export async function allowedJob(
  rt: TestRuntime,
  id: string,
  tool: string,
  args: Record<string, unknown>,
): Promise<ExecutionJobInput> {
  const ctx: ToolContext = { kube: rt.runtime.registry.get(), requestedBy: 'alice' };
  const parsed = parseArgs(getTool(tool), args);
  const preview = await getTool(tool).preview(parsed, ctx);
  return {
    id,
    requestId: id,
    tool,
    args: { ...parsed, ...(preview.pinnedArgs ?? {}) },
    namespace: typeof args.namespace === 'string' ? args.namespace : undefined,
    requester: 'alice',
    plannedAt: new Date().toISOString(),
    fingerprint: preview.fingerprint,
  };
}

/** Someone else's change (a person with kubectl, an HPA), straight to the API server. */
export async function othersScale(rt: TestRuntime, namespace: string, name: string, replicas: number): Promise<void> {
  const tool = getTool('scale');
  await tool.execute(parseArgs(tool, { namespace, name, replicas }), { kube: rt.runtime.registry.get() });
}

/** The job's ends in the audit log (`executed` / `failed`), in order. */
export async function ends(rt: TestRuntime, requestId: string): Promise<string[]> {
  return (await rt.runtime.audit.read())
    .filter((e) => e.requestId === requestId && (e.type === 'executed' || e.type === 'failed'))
    .map((e) => e.type);
}

/** Effects, not writes: per path, how many different bodies landed (a resend of the same body changes nothing). */
export function bodiesPerPath(rt: TestRuntime): number {
  const bodies = new Map<string, Set<string>>();
  for (const w of effectiveWrites(rt.sandbox))
    bodies.set(w.path, (bodies.get(w.path) ?? new Set()).add(JSON.stringify(w.body ?? null)));
  return Math.max(0, ...[...bodies.values()].map((b) => b.size));
}

/** How the job ended for the person: the approval, the audit, the marker, and whether the request was asked again. */
export async function state(rt: TestRuntime, job: ExecutionJobInput) {
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

export const said = (o: ExecutionOutcome | string) => (typeof o === 'string' ? o : o.status);

export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
export function restartedAt(rt: TestRuntime, namespace: string, name: string): unknown {
  const d = rt.sandbox.get('apps/v1', 'deployments', namespace, name) as
    | { spec?: { template?: { metadata?: { annotations?: Record<string, string> } } } }
    | undefined;
  return d?.spec?.template?.metadata?.annotations?.[RESTARTED_AT];
}
