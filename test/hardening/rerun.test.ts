import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getTool, parseArgs } from '../../src/catalog/registry.ts';
import type { ToolContext } from '../../src/catalog/tool.ts';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import { CHAOS_GROUP, CHAOS_PLURAL, CHAOS_VERSION } from '../../src/chaos/simulation.ts';
import { createExecutor, type JobLike } from '../../src/execution/executor.ts';
import type { ExecutionJobInput } from '../../src/execution/job.ts';
import type { Unstructured } from '../../src/sandbox/index.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
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
