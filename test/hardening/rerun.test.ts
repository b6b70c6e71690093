import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTool, parseArgs } from '../../src/catalog/registry.ts';
import type { ToolContext } from '../../src/catalog/tool.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import { CHAOS_GROUP, CHAOS_PLURAL, CHAOS_VERSION } from '../../src/chaos/simulation.ts';
import { createExecutor, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionJobInput, ExecutionOutcome } from '../../src/execution/job.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import type { LoggedRequest, Unstructured } from '../../src/sandbox/index.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { type SlowApi, startSlowApi } from '../helpers/slow-api.ts';
import { figure } from './figures.ts';

/**
 * Idempotent actions under re-runs: every write tool, executed once through the queue's processor and then
 * re-run the ways a crash re-runs it. The cluster must end exactly as after the one run:
 * - the same job again (a redelivered job whose effect was recorded);
 * - a crash between the effect and its record (the effect marker still says `executing`);
 * - the marker lost altogether (Redis lost its last second of writes): the pinned arguments alone must make the
 *   re-run a no-op for the tools that declare themselves idempotent.
 */

let t: TestRuntime;
let processor: (job: JobLike) => Promise<unknown>;
let ctx: ToolContext;
beforeAll(async () => {
  t = await startTestRuntime({ workers: false });
  ctx = { kube: t.runtime.registry.get(), requestedBy: 'alice' };
  const r = t.runtime;
  processor = createExecutor({
    approvals: r.approvals,
    effects: r.effects,
    audit: r.audit,
    events: r.events,
    clusterFor: (name, identity) => r.registry.get(name, identity),
    onDrift: (approval) => r.core.replan(approval),
  });
});
afterAll(() => t?.close());
beforeEach(async () => {
  t.sandbox.reset();
  await ensureSimulationCrd(chaosApis(ctx.kube));
});

const DEPLOY = ['apps/v1', 'deployments'] as const;
const ROLLOUT = ['argoproj.io/v1alpha1', 'rollouts'] as const;

/** What a person would call "the state" of an object: its spec, labels and annotations, and a rollout's position. */
function state(o: Unstructured | undefined): unknown {
  if (!o) return null;
  const status = (o.status ?? {}) as Record<string, unknown>;
  return {
    spec: o.spec,
    labels: o.metadata?.labels,
    annotations: o.metadata?.annotations,
    abort: status.abort ?? false,
    step: status.currentStepIndex ?? null,
  };
}

interface Case {
  tool: string;
  args: Record<string, unknown>;
  /** Everything the tool may have changed, read from the sandbox's own store. */
  observe: () => unknown;
  /** Brings the cluster to where the call makes sense (e.g. an aborted rollout for retry). */
  before?: () => Promise<void>;
}

const sim = (ns: string) => () =>
  t.sandbox.list(`${CHAOS_GROUP}/${CHAOS_VERSION}`, CHAOS_PLURAL, ns).map((s) => ({ name: s.metadata?.name, spec: s.spec }));
const podsOf = (ns: string, app: string) => () =>
  t.sandbox
    .list('v1', 'pods', ns)
    .filter((p) => p.metadata?.labels?.app === app)
    .map((p) => p.metadata?.name)
    .sort();
const firstPod = (ns: string, app: string) => (podsOf(ns, app)() as string[])[0];
const run = (tool: string, args: Record<string, unknown>) => getTool(tool).execute(args, ctx);

const CASES: Case[] = [
  {
    tool: 'scale',
    args: { namespace: 'staging', name: 'web', replicas: 5 },
    observe: () => state(t.sandbox.get(...DEPLOY, 'staging', 'web')),
  },
  {
    tool: 'restart',
    args: { namespace: 'staging', name: 'worker' },
    observe: () => state(t.sandbox.get(...DEPLOY, 'staging', 'worker')),
  },
  {
    tool: 'rollback',
    args: { namespace: 'staging', name: 'web' },
    observe: () => state(t.sandbox.get(...DEPLOY, 'staging', 'web')),
  },
  {
    tool: 'set_image',
    args: { namespace: 'staging', name: 'api', image: 'ghcr.io/acme/api:2.5.0' },
    observe: () => state(t.sandbox.get(...DEPLOY, 'staging', 'api')),
  },
  {
    tool: 'create_deployment',
    args: { namespace: 'staging', name: 'web-new', image: 'ghcr.io/acme/web:2.0.0', replicas: 2 },
    observe: () => state(t.sandbox.get(...DEPLOY, 'staging', 'web-new')),
  },
  {
    tool: 'promote_rollout',
    args: { namespace: 'staging', name: 'checkout' },
    observe: () => state(t.sandbox.get(...ROLLOUT, 'staging', 'checkout')),
  },
  {
    tool: 'abort_rollout',
    args: { namespace: 'staging', name: 'checkout' },
    observe: () => state(t.sandbox.get(...ROLLOUT, 'staging', 'checkout')),
  },
  {
    tool: 'retry_rollout',
    args: { namespace: 'staging', name: 'checkout' },
    observe: () => state(t.sandbox.get(...ROLLOUT, 'staging', 'checkout')),
    before: async () => {
      await run('abort_rollout', { namespace: 'staging', name: 'checkout' });
    },
  },
  {
    tool: 'pause_rollout',
    args: { namespace: 'staging', name: 'checkout' },
    observe: () => state(t.sandbox.get(...ROLLOUT, 'staging', 'checkout')),
  },
  {
    tool: 'delete_pod',
    args: { namespace: 'staging', name: '' },
    observe: podsOf('staging', 'web'),
  },
  {
    tool: 'launch_chaos',
    args: { namespace: 'staging', target: 'web', experiment: 'pod-failure', durationSeconds: 600 },
    observe: sim('staging'),
  },
  {
    tool: 'stop_chaos',
    args: { namespace: 'staging', name: '' },
    observe: sim('staging'),
    before: async () => {
      await run('launch_chaos', {
        namespace: 'staging',
        target: 'web',
        experiment: 'pod-failure',
        level: 1,
        durationSeconds: 600,
      });
    },
  },
];

/** The arguments as the Core would queue them: the preview's pinned arguments over the request's. */
async function pinnedJob(c: Case, id: string): Promise<ExecutionJobInput> {
  const args = { ...c.args };
  if (c.tool === 'delete_pod') args.name = firstPod('staging', 'web');
  if (c.tool === 'stop_chaos') args.name = (sim('staging')() as { name: string }[])[0]?.name;
  const parsed = parseArgs(getTool(c.tool), args);
  const preview = await getTool(c.tool).preview(parsed, ctx);
  return {
    id,
    requestId: id,
    tool: c.tool,
    args: { ...parsed, ...(preview.pinnedArgs ?? {}) },
    namespace: 'staging',
    requester: 'alice',
    // ExecutionQueue.run stamps this when the action is first queued; every re-run of the job carries it.
    plannedAt: new Date(Date.now() - 60_000).toISOString(),
    // The Core queues the state its dry run saw with the job.
    fingerprint: preview.fingerprint,
  };
}

const asJob = (data: ExecutionJobInput): JobLike => ({ data, attemptsMade: 0, opts: { attempts: 1 } });

const lostMarker: string[] = [];
describe('every write tool re-run as a crash would re-run it ends where one run ends', () => {
  for (const c of CASES) {
    it(c.tool, async () => {
      await c.before?.();
      const id = `rerun-${c.tool}`;
      const job = await pinnedJob(c, id);
      const before = (await getTool(c.tool).preview(job.args as Record<string, unknown>, ctx)).fingerprint;
      await processor(asJob(job));
      const once = c.observe();
      const writesOnce = effectiveWrites(t.sandbox).length;
      expect(once).not.toBeNull();

      // 1. The same job delivered again: its effect is recorded, nothing is sent.
      await processor(asJob(job));
      expect(c.observe()).toEqual(once);
      // 2. A crash between the effect and its record: the marker still says `executing`, with the old fingerprint.
      await t.runtime.redis.hset(`${t.runtime.prefix}:effect:${id}`, { status: 'executing', attempt: '1', fingerprint: before });
      await t.runtime.redis.hdel(`${t.runtime.prefix}:effect:${id}`, 'outcome');
      await processor(asJob(job));
      expect(c.observe()).toEqual(once);
      expect(effectiveWrites(t.sandbox)).toHaveLength(writesOnce);
      const executed = (await t.runtime.audit.read()).filter((e) => e.requestId === id && e.type === 'executed');
      expect(executed.map((e) => e.detail?.recovered ?? false)).toEqual([false, true]);

      // 3. The marker lost (Redis lost its last second): only the pinned arguments stand between a re-run and a
      //    second effect. Tools that call themselves idempotent must end where they were.
      await t.runtime.redis.del(`${t.runtime.prefix}:effect:${id}`);
      await processor(asJob(job)).catch(() => undefined);
      const same = JSON.stringify(c.observe()) === JSON.stringify(once);
      if (!same) lostMarker.push(c.tool);
      if (getTool(c.tool).idempotent) expect(c.observe()).toEqual(once);
    });
  }

  afterAll(() => {
    figure(
      'rerun',
      `${CASES.length} write tools × 3 re-runs (same job, crash between effect and record, marker lost): 0 second effects with the marker; without any marker ${CASES.length - lostMarker.length}/${CASES.length} end unchanged${lostMarker.length ? ` (not idempotent by design, guarded by the marker and the approval record: ${lostMarker.join(', ')})` : ''}`,
    );
  });
});

describe('named promises', () => {
  const image = (ns: string, name: string) =>
    (t.sandbox.get(...DEPLOY, ns, name)!.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec
      .containers[0]?.image;

  it('a repeated undo does not flip back: the re-run sets the pinned template again', async () => {
    expect(image('staging', 'web')).toBe('ghcr.io/acme/web:1.8.0');
    const job = await pinnedJob(
      { tool: 'rollback', args: { namespace: 'staging', name: 'web' }, observe: () => null },
      'undo-twice',
    );
    await processor(asJob(job));
    expect(image('staging', 'web')).toBe('ghcr.io/acme/web:1.7.2');
    await t.runtime.redis.del(`${t.runtime.prefix}:effect:undo-twice`);
    await processor(asJob(job));
    // Going back one more from 1.7.2 would be 1.8.0 again; the pinned revision keeps 1.7.2.
    expect(image('staging', 'web')).toBe('ghcr.io/acme/web:1.7.2');
  });

  it('abort twice stays aborted', async () => {
    const job = await pinnedJob(
      { tool: 'abort_rollout', args: { namespace: 'staging', name: 'checkout' }, observe: () => null },
      'abort-twice',
    );
    await processor(asJob(job));
    await t.runtime.redis.del(`${t.runtime.prefix}:effect:abort-twice`);
    await processor(asJob(job));
    expect((t.sandbox.get(...ROLLOUT, 'staging', 'checkout')!.status as { abort?: boolean }).abort).toBe(true);
  });
});

/**
 * Effects, not writes: a write sent again with the same body (a client resend, a re-run with the same pinned
 * arguments and effect key) changes nothing more, so the effects are the most different bodies that landed on
 * any one path. Two restarts with two restartedAt stamps, or two simulations with two names, count two.
 */
function effectsOf(requests: LoggedRequest[]): number {
  const byPath = new Map<string, Set<string>>();
  for (const r of requests) {
    if (r.dryRun || r.status === 0 || r.status >= 400 || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method)) continue;
    byPath.set(r.path, (byPath.get(r.path) ?? new Set()).add(JSON.stringify(r.body ?? null)));
  }
  return Math.max(0, ...[...byPath.values()].map((bodies) => bodies.size));
}

describe('every write tool re-run after an ambiguous timeout makes one effect', () => {
  const HOLD_MS = 900;
  let slow: SlowApi;
  let dir: string;
  let slowProcessor: (job: JobLike) => Promise<ExecutionOutcome>;
  beforeAll(async () => {
    slow = await startSlowApi(t.sandbox.url);
    dir = mkdtempSync(join(tmpdir(), 'coxswain-slow-'));
    t.sandbox.writeKubeconfig(join(dir, 'direct'));
    slow.kubeconfigFrom(join(dir, 'direct'), join(dir, 'slow'));
    const kc = new KubeConfig();
    kc.loadFromFile(join(dir, 'slow'));
    // The client gives up after 0.3 s and sends once more; the proxy lands each held write 0.9 s after it was sent.
    const registry = ClusterRegistry.fromKubeConfig(kc, {
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 20 },
      timeoutMs: 300,
      defaultRequests: ctx.kube.defaultRequests,
    });
    const r = t.runtime;
    slowProcessor = createExecutor({
      approvals: r.approvals,
      effects: r.effects,
      audit: r.audit,
      events: r.events,
      clusterFor: () => registry.get(),
      onDrift: (approval) => r.core.replan(approval),
      readBack: { withinMs: 5000, everyMs: 100 },
    });
  });
  const effects: string[] = [];
  afterAll(async () => {
    await slow?.close();
    rmSync(dir, { recursive: true, force: true });
    figure(
      'ambiguous-timeout',
      `${CASES.length} write tools, every call held ${HOLD_MS / 1000} s past a 0.3 s client timeout (a client resend, then a re-run whose call times out too and reads back): effects ${effects.join(', ')}; each recorded executed once, none failed`,
    );
  });

  for (const c of CASES) {
    it(c.tool, async () => {
      await c.before?.();
      const id = `ambiguous-${c.tool}`;
      const job = await pinnedJob(c, id);
      t.sandbox.clearRequests();
      // Four writes held: the first call and its client resend (attempt 1 times out), the re-run's call and its
      // resend (attempt 2, the last, times out too and reads the target back until the first write shows).
      slow.holdWrites({ ms: HOLD_MS, times: 4 });
      let outcome: ExecutionOutcome | undefined;
      for (let attempt = 0; attempt < 2 && !outcome; attempt++) {
        outcome = await slowProcessor({ data: job, attemptsMade: attempt, opts: { attempts: 2 } }).catch((err: unknown) => {
          if (attempt === 1) throw err;
          return undefined;
        });
      }
      expect(outcome?.status).toBe('executed');
      // Every held write has reached the API server and been answered before counting.
      await expect
        .poll(() => slow.holding === 0 && t.sandbox.requests.every((q) => q.status > 0), { timeout: 10_000 })
        .toBe(true);
      const n = effectsOf(t.sandbox.requests);
      effects.push(`${c.tool} ${n}`);
      expect(n).toBe(1);
      const entries = (await t.runtime.audit.read()).filter((e) => e.requestId === id);
      expect(entries.map((e) => e.type)).toEqual(['executed']);
    });
  }
});
