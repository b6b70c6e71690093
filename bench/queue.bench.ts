/**
 * `npm run bench:queue`: the execution queue against the sandbox, with 1 and 4 workers, beside a bare BullMQ
 * add → complete round trip on the same Redis in the same run.
 *
 * - bare:     Queue.add + waitUntilFinished, a processor that returns at once;
 * - tool:     the same scale call (dry run + patch) made directly, no queue (the work itself);
 * - coxswain: ExecutionQueue.run → executor (effect marker, dry run, patch, audit, records) → awaited outcome.
 * Overhead ratio = (coxswain p50 − tool p50) / bare p50: what the bot adds around the work, in units of a bare
 * BullMQ trip (the trip itself included, so 1× would be "nothing but BullMQ").
 * Per-job overhead ratio = p50 over jobs of (that job's enqueue → executed − the time its own tool calls took
 * inside the worker) / bare p50: the same quantity measured within each job, so it does not depend on the tool
 * calls of two different phases taking equally long (on a busy machine they do not).
 *
 * The three run in interleaved rounds (the order rotating each round), so a machine busy with other work slows
 * all three alike instead of whichever happened to run at that moment. Two figures no load changes much are
 * printed beside the times: Redis commands per job, counted by the server (INFO commandstats, commands inside
 * Lua scripts included), and CPU per job (this process plus redis-server; the sandbox runs in a process of its
 * own, like an API server).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { buildRuntime, startWorkers } from '../src/app/runtime.ts';
import { getTool } from '../src/catalog/registry.ts';
import { loadConfig } from '../src/config/config.ts';
import { figure } from '../test/hardening/figures.ts';
import { startRedis } from '../test/helpers/redis.ts';
import { spawnSandbox } from './sandbox-process.ts';

const JOBS = Number(process.env.BENCH_JOBS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PER_ROUND = Math.max(1, Math.round(JOBS / ROUNDS));

type Kind = 'bare' | 'tool' | 'coxswain';
const KINDS: Kind[] = ['bare', 'tool', 'coxswain'];

interface Tally {
  latencies: number[];
  /** Per job, its latency minus the time its tool calls took inside the worker (coxswain only). */
  ownTimes: number[];
  seconds: number;
  redisCommands: number;
  cpuMs: number;
}

const emptyTally = (): Tally => ({ latencies: [], ownTimes: [], seconds: 0, redisCommands: 0, cpuMs: 0 });

/** A closed loop of `inFlight` callers, each waiting for its answer before sending the next (slot = caller). */
async function measure(
  inFlight: number,
  jobs: number,
  run: (i: number, slot: number) => Promise<string | undefined>,
  into: Tally,
) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, slot) => {
      while (next < jobs) {
        const i = next++;
        const t0 = performance.now();
        const id = await run(i, slot);
        const latency = performance.now() - t0;
        into.latencies.push(latency);
        if (id) into.ownTimes.push(latency - (toolTime.get(id) ?? 0));
      }
    }),
  );
  into.seconds += (performance.now() - start) / 1000;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function figures(t: Tally) {
  const n = t.latencies.length;
  return {
    perSecond: n / t.seconds,
    p50: quantile(t.latencies, 0.5),
    p99: quantile(t.latencies, 0.99),
    ownP50: t.ownTimes.length ? quantile(t.ownTimes, 0.5) : Number.NaN,
    commands: t.redisCommands / n,
    cpuMs: t.cpuMs / n,
  };
}

const fmt = (f: ReturnType<typeof figures>) =>
  `${f.perSecond.toFixed(0).padStart(6)} req/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   ${f.commands.toFixed(1).padStart(5)} Redis cmds/job   ${f.cpuMs.toFixed(2).padStart(6)} ms CPU/job`;

const redis = await startRedis();
const admin = new Redis(redis.url);
/** Commands Redis has run so far (every client, scripts' inner calls included, this counter's INFO not), and CPU so far. */
async function counters(): Promise<{ commands: number; cpuMs: number }> {
  const info = await admin.info('everything');
  let commands = 0;
  for (const [, name, calls] of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) if (name !== 'info') commands += Number(calls);
  const redisCpu = (field: string) => Number(new RegExp(`^${field}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0) * 1000;
  const own = process.cpuUsage();
  return { commands, cpuMs: (own.user + own.system) / 1000 + redisCpu('used_cpu_user') + redisCpu('used_cpu_sys') };
}

const kubeconfig = join(mkdtempSync(join(tmpdir(), 'coxswain-bench-')), 'kubeconfig');
const sandbox = await spawnSandbox(kubeconfig);
const config = loadConfig({
  REDIS_URL: redis.url,
  REDIS_PREFIX: 'bench',
  KUBECONFIG: kubeconfig,
  PLANNER: 'offline',
  LOG_LEVEL: 'silent',
});
const connection = { url: redis.url, maxRetriesPerRequest: null };
const scale = getTool('scale');
// One workload per caller, so concurrent callers do not fight over one object's resourceVersion.
const TARGETS = ['web', 'api', 'worker'].flatMap((name) => ['staging', 'production'].map((namespace) => ({ namespace, name })));
const args = (i: number, slot: number) => ({ ...TARGETS[slot % TARGETS.length], replicas: 1 + (i % 5) });

/**
 * Time spent in the scale tool's own calls, per coxswain job: the worker hands the job's text to the tool as
 * `requestText`, and the bench sets the text to the job id. The wrapped tool is the registry's, which the
 * worker uses.
 */
const toolTime = new Map<string, number>();
for (const method of ['preview', 'execute'] as const) {
  const original = scale[method].bind(scale);
  Object.assign(scale, {
    [method]: async (a: Parameters<typeof original>[0], ctx: Parameters<typeof original>[1]) => {
      const t0 = performance.now();
      try {
        return await original(a, ctx);
      } finally {
        if (ctx.requestText) toolTime.set(ctx.requestText, (toolTime.get(ctx.requestText) ?? 0) + performance.now() - t0);
      }
    },
  });
}

console.log(`${JOBS} jobs of each kind per worker count, in ${ROUNDS} interleaved rounds`);
try {
  for (const concurrency of [1, 4]) {
    const name = `bare-${concurrency}`;
    const queue = new Queue(name, { connection, prefix: 'bench' });
    const events = new QueueEvents(name, { connection, prefix: 'bench' });
    const worker = new Worker(name, async () => ({ ok: true }), { connection, prefix: 'bench', concurrency });
    const runtime = await buildRuntime(config, { queueName: `actions-${concurrency}` });
    const workers = startWorkers(runtime, { chaos: false, concurrency });
    await Promise.all([events.waitUntilReady(), worker.waitUntilReady(), workers.worker.waitUntilReady()]);
    const kube = runtime.registry.get();

    const runs: Record<Kind, (i: number, slot: number) => Promise<string | undefined>> = {
      bare: async () => {
        await (await queue.add('noop', {})).waitUntilFinished(events);
        return undefined;
      },
      tool: async (i, slot) => {
        await scale.preview(args(i, slot), { kube });
        await scale.execute(args(i, slot), { kube });
        return undefined;
      },
      coxswain: async (i, slot) => {
        const id = randomUUID();
        await runtime.queue.run({ id, requestId: id, tool: 'scale', args: args(i, slot), requester: 'alice', text: id });
        return id;
      },
    };
    const tallies: Record<Kind, Tally> = { bare: emptyTally(), tool: emptyTally(), coxswain: emptyTally() };
    // Warm-up (connections, scripts loaded, JIT), not counted.
    for (const kind of KINDS) await measure(concurrency, 2 * concurrency, runs[kind], emptyTally());
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < KINDS.length; k++) {
        const kind = KINDS[(round + k) % KINDS.length];
        const before = await counters();
        await measure(concurrency, PER_ROUND, runs[kind], tallies[kind]);
        const after = await counters();
        tallies[kind].redisCommands += after.commands - before.commands;
        tallies[kind].cpuMs += after.cpuMs - before.cpuMs;
      }
    }
    await Promise.all([workers.close(), worker.close(), events.close(), queue.close()]);
    await runtime.close();

    const [bare, tool, coxswain] = KINDS.map((k) => figures(tallies[k]));
    const ratio = Math.max(0, coxswain.p50 - tool.p50) / bare.p50;
    const ownRatio = coxswain.ownP50 / bare.p50;
    const cpuRatio = Math.max(0, coxswain.cpuMs - tool.cpuMs) / bare.cpuMs;
    console.log(`workers: ${concurrency}   (${concurrency} in flight)`);
    console.log(`  bare BullMQ   ${fmt(bare)}`);
    console.log(`  tool alone    ${fmt(tool)}`);
    console.log(`  coxswain      ${fmt(coxswain)}`);
    console.log(`  overhead (p50, coxswain − tool) / bare = ${ratio.toFixed(2)}×   (goal: under 2×)`);
    console.log(
      `  per-job overhead (p50 of latency − own tool calls) / bare = ${coxswain.ownP50.toFixed(1)} ms / ${bare.p50.toFixed(1)} ms = ${ownRatio.toFixed(2)}×`,
    );
    console.log(`  overhead in CPU (coxswain − tool) / bare = ${cpuRatio.toFixed(2)}×`);
    const short = (f: ReturnType<typeof figures>) =>
      `${f.perSecond.toFixed(0)} req/s, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms`;
    figure(
      `${concurrency} worker${concurrency > 1 ? 's' : ''}`,
      `bare BullMQ ${short(bare)}; tool calls alone ${short(tool)}; coxswain ${short(coxswain)}; overhead (coxswain p50 − tool p50) / bare p50 = ${ratio.toFixed(1)}× (goal < 2×: ${ratio < 2 ? 'met' : 'not met'})`,
    );
  }
} finally {
  await admin.quit();
  sandbox.child.kill('SIGTERM');
  await redis.stop();
}
