import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStore } from '../../src/approvals/store.ts';
import type { AuditLog } from '../../src/audit/log.ts';
import type { EffectLog } from '../../src/execution/effects.ts';
import { createExecutor, type ExecutorDeps, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { outsideScale } from '../helpers/outside-scale.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

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
  /** Wraps the re-plan of a drift (default the Core's replan). */
  onDrift?: (replan: ExecutorDeps['onDrift']) => ExecutorDeps['onDrift'];
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

/** A point every matching request waits at until release() (a gate holds only the first). */
function barrier(): Gate {
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

/** A point a copy only signals (it does not wait there). */
function signal(): { reached: Promise<void>; pass(): Promise<void> } {
  let reach!: () => void;
  const reached = new Promise<void>((r) => {
    reach = r;
  });
  return { reached, pass: async () => reach() };
}

function replicasOf(rt: TestRuntime, namespace: string, name: string): number | undefined {
  const d = rt.sandbox.get('apps/v1', 'deployments', namespace, name) as { spec?: { replicas?: number } } | undefined;
  return d?.spec?.replicas;
}

let t: TestRuntime;
let dir: string;
let client: Redis;
beforeAll(async () => {
  t = await startTestRuntime({ workers: false });
  dir = mkdtempSync(join(tmpdir(), 'coxswain-rt6-'));
  t.sandbox.writeKubeconfig(join(dir, 'direct'));
  client = new Redis(t.config.REDIS_URL as string);
}, 60_000);
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
  client?.disconnect();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a copy whose marker read is stale: the claim it read was ended failed since', () => {
  // FOUND: run() takes an `executing` marker it read for a claim still open, and records a moved-and-as-asked target as
  // its own landed call without checking that claim is still there; the claimant's call was refused 403 and recorded
  // `failed` in between, the person then scaled by hand, and APPEND writes `executed` over the `failed` marker: audit
  // failed + executed for a scale coxswain never made, marker executed, approval failed.
  it('the claimant refused 403 and recorded failed, the person scales by hand: no executed over the failed end', async () => {
    t.sandbox.reset();
    const before = replicasOf(t, 'production', 'web') ?? 1;
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
    expect(replicasOf(t, 'production', 'web')).toBe(asked);
    // Nothing coxswain sent landed: the end is A's failure, whatever B answers.
    expect({ b: said(bOutcome).slice(0, 20), ...(await state(t, job)) }).toEqual({
      b: expect.not.stringMatching(/^executed$/),
      ends: ['failed'],
      approval: 'failed',
      marker: 'failed',
      newApprovals: 0,
    });
  });

  // FOUND (the same hole, a non-idempotent tool): the claimant's pod delete is refused 403 and recorded `failed`; the pod
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
    const before = replicasOf(t, 'production', 'web') ?? 1;
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
  // FOUND: settleClaim's compare-and-set refuses the live copy's claim (L claimed after S read the dead claim) and S
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
    // S cannot take L's claim over and defers to it: RunningElsewhere, which BullMQ retries (not the last attempt).
    expect(said(await firstTry)).toMatch(/^Another worker is running restart/);
    // BullMQ's retry of S (attempt 2 of 2, the stall count kept) while L's call is still out.
    const sOutcome = await s.run(job, { ...retrying, attemptsMade: 1 });
    lCall.release();
    const lOutcome = await running;
    expect(said(lOutcome)).toBe('executed');
    expect(bodiesPerPath(t)).toBe(1);
    expect({ s: said(sOutcome).slice(0, 24), ...(await state(t, job)) }).toEqual({
      s: expect.not.stringMatching(/^restart did not happen/),
      ends: ['executed'],
      approval: 'executed',
      marker: 'executed',
      newApprovals: 0,
    });
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
    const before = replicasOf(t, 'production', 'web') ?? 1;
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
    expect(replicasOf(t, 'production', 'web')).toBe(before + 4);
    expect(bodiesPerPath(t)).toBe(1);
    expect(await state(t, job)).toEqual({ ends: ['executed'], approval: 'executed', marker: 'executed', newApprovals: 0 });
    expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
  });

  it('attempt 1 claims, attempt 2 takes over and is refused 403, then attempt 1 is refused too: one failed end', async () => {
    t.sandbox.reset();
    const before = replicasOf(t, 'production', 'web') ?? 1;
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
