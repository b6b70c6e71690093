/**
 * Slack adapter figures (npm run bench:slack):
 *  - ack latency of signed Events API requests, 100 at a time (Slack allows 3 s; goal p99 < 100 ms);
 *  - mention → approval card posted, with the offline planner (plan, policy, dry run, approval, card).
 * The bot runs as `coxswain serve` and the sandbox as `coxswain sandbox`, each in its own process, on a private
 * redis-server; this process only sends signed requests and plays the Slack Web API. Nothing leaves the machine.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { approvalIdOf, slackEnv, spawnServe } from '../test/adapters/slack-fixture.ts';
import { figure } from '../test/hardening/figures.ts';
import { startFakeSlack } from '../test/helpers/fake-slack.ts';
import { startRedis } from '../test/helpers/redis.ts';
import { spawnSandbox } from './sandbox-process.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CONCURRENCY = 100;
const CARDS = Number(process.env.CARDS ?? 50);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? Number.NaN };
}

function line(name: string, ms: number[]): string {
  const { n, p50, p99, max } = stats(ms);
  const f = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
  return `${name.padEnd(40)} n=${String(n).padStart(4)}  p50 ${f(p50)}  p99 ${f(p99)}  max ${f(max)}`;
}

const dir = mkdtempSync(join(tmpdir(), 'coxswain-bench-slack-'));
const kubeconfig = join(dir, 'kubeconfig');
const redis = await startRedis();
const sandbox = await spawnSandbox(kubeconfig);
const fake = await startFakeSlack();
const env = slackEnv({
  redisUrl: redis.url,
  prefix: `bench-slack-${randomUUID().slice(0, 8)}`,
  kubeconfig,
  sandboxUrl: sandbox.url,
  slackApiUrl: fake.apiUrl,
});
const bot = await spawnServe(env);
const posted = () => fake.callsOf('chat.postMessage').length;
try {
  // Warm up: token check, inventory cache, JIT.
  for (let i = 0; i < 20; i++) await bot.signer.mention('U0DAVE', 'list workloads in staging', { channel: `CWARM${i}` });
  await fake.waitFor('chat.postMessage', () => posted() >= 20, 60_000);

  // Baseline: the same server's /healthz under the same burst, so the ack figure can be read against the machine.
  const acks: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const t0 = performance.now();
        await fetch(`http://127.0.0.1:${bot.port}/healthz`).then((r) => r.text());
        baseline.push(performance.now() - t0);
      }),
    );
    const before = posted();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, i) => {
        const t0 = performance.now();
        const { res } = await bot.signer.mention('U0DAVE', 'list workloads in staging', { channel: `CACK${round}-${i}` });
        acks.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`ack answered ${res.status}`);
      }),
    );
    // Every event is answered (the work after the ack) before the next round starts.
    await fake.waitFor('chat.postMessage', () => posted() >= before + CONCURRENCY, 120_000);
  }

  const cards: number[] = [];
  for (let i = 0; i < CARDS; i++) {
    const channel = `CCARD${i}`;
    const t0 = performance.now();
    await bot.signer.mention('U0ALICE', `scale web in prod to ${7 + (i % 5)}`, { channel });
    await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === channel && approvalIdOf(c.args.blocks) !== undefined,
      60_000,
    );
    cards.push(performance.now() - t0);
  }

  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`coxswain Slack adapter — node ${process.version}, ${cpus().length} CPUs, load average ${load}`);
  console.log(`${ROUNDS}×${CONCURRENCY} concurrent signed events, ${CARDS} cards`);
  console.log(line(`baseline GET /healthz (${CONCURRENCY} concurrent)`, baseline));
  console.log(line(`ack latency (${CONCURRENCY} concurrent)`, acks));
  console.log(line('mention → card posted (offline)', cards));
  console.log(`ack p99 goal < 100 ms: ${stats(acks).p99 < 100 ? 'met' : 'NOT met'}`);
  const p = (ms: number[]) => `p50 ${stats(ms).p50.toFixed(1)} ms, p99 ${stats(ms).p99.toFixed(1)} ms`;
  figure(
    'signed events',
    `${ROUNDS}×${CONCURRENCY} concurrent events: ack ${p(acks)} (goal p99 < 100 ms: ${stats(acks).p99 < 100 ? 'met' : 'not met'}); GET /healthz under the same burst ${p(baseline)}; mention → card posted (offline planner) ${p(cards)}`,
  );
} finally {
  await bot.stop();
  sandbox.child.kill('SIGTERM');
  await fake.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
