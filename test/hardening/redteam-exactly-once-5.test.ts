import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStore } from '../../src/approvals/store.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { EffectLog } from '../../src/execution/effects.ts';
import { createExecutor, type ExecutorDeps, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { rfc3339 } from '../../src/kube/write.ts';
import { outsideScale } from '../helpers/outside-scale.ts';
import { resending } from '../helpers/redis-resend.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

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
  dir = mkdtempSync(join(tmpdir(), 'coxswain-rt5-'));
  t.sandbox.writeKubeconfig(join(dir, 'direct'));
  client = new Redis(t.config.REDIS_URL as string);
}, 60_000);
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => {});
  client?.disconnect();
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
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
      first: expect.stringMatching(/Redis/),
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
