/**
 * `npm run bench:queue`: the execution queue against the sandbox, with 1 and 4 workers, beside a bare BullMQ
 * add → complete round trip on the same Redis in the same run.
 *
 * - bare:     Queue.add + waitUntilFinished, a processor that returns at once;
 * - tool:     the same scale call (dry run + patch) made directly, no queue (the work itself);
 * - coxswain: ExecutionQueue.run → executor (effect marker, dry run, patch, audit, records) → awaited outcome.
 * Overhead ratio = (coxswain − tool) / bare: what the bot adds around the work, in units of a bare BullMQ trip.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { buildRuntime, startWorkers } from '../src/app/runtime.ts';
import { getTool } from '../src/catalog/registry.ts';
import { loadConfig } from '../src/config/config.ts';
import { startSandbox } from '../src/sandbox/index.ts';
import { startRedis } from '../test/helpers/redis.ts';

const JOBS = Number(process.env.BENCH_JOBS ?? 200);

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** A closed loop of `inFlight` callers, each waiting for its answer before sending the next (slot = caller). */
async function measure(inFlight: number, run: (i: number, slot: number) => Promise<unknown>): Promise<Figures> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, slot) => {
      while (next < JOBS) {
        const i = next++;
        const t0 = performance.now();
        await run(i, slot);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { perSecond: JOBS / seconds, p50: at(0.5), p99: at(0.99) };
}

const fmt = (f: Figures) =>
  `${f.perSecond.toFixed(0).padStart(6)} req/s   p50 ${f.p50.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms`;

const redis = await startRedis();
const sandbox = await startSandbox();
const kubeconfig = join(mkdtempSync(join(tmpdir(), 'coxswain-bench-')), 'kubeconfig');
sandbox.writeKubeconfig(kubeconfig);
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

try {
  for (const concurrency of [1, 4]) {
    const name = `bare-${concurrency}`;
    const queue = new Queue(name, { connection, prefix: 'bench' });
    const events = new QueueEvents(name, { connection, prefix: 'bench' });
    const worker = new Worker(name, async () => ({ ok: true }), { connection, prefix: 'bench', concurrency });
    await Promise.all([events.waitUntilReady(), worker.waitUntilReady()]);
    const bare = await measure(concurrency, async () => (await queue.add('noop', {})).waitUntilFinished(events));
    await Promise.all([worker.close(), events.close(), queue.close()]);

    const runtime = await buildRuntime(config, { queueName: `actions-${concurrency}` });
    const workers = startWorkers(runtime, { chaos: false, concurrency });
    await workers.worker.waitUntilReady();
    const kube = runtime.registry.get();
    const tool = await measure(concurrency, async (i, slot) => {
      await scale.preview(args(i, slot), { kube });
      await scale.execute(args(i, slot), { kube });
    });
    const coxswain = await measure(concurrency, (i, slot) =>
      runtime.queue.run({ id: randomUUID(), requestId: randomUUID(), tool: 'scale', args: args(i, slot), requester: 'alice' }),
    );
    await workers.close();
    await runtime.close();

    const ratio = Math.max(0, coxswain.p50 - tool.p50) / bare.p50;
    console.log(`workers: ${concurrency}   (${JOBS} jobs, ${concurrency} in flight)`);
    console.log(`  bare BullMQ   ${fmt(bare)}`);
    console.log(`  tool alone    ${fmt(tool)}`);
    console.log(`  coxswain      ${fmt(coxswain)}`);
    console.log(`  overhead (p50, coxswain − tool) / bare = ${ratio.toFixed(2)}×   (goal: under 2×)`);
  }
} finally {
  await sandbox.stop();
  await redis.stop();
}
