/**
 * Slack adapter figures (npm run bench:slack):
 *  - ack latency of signed Events API requests, 100 at a time (Slack allows 3 s; goal p99 < 100 ms);
 *  - mention → approval card posted, with the offline planner (plan, policy, dry run, approval, card).
 * Runs on a private redis-server, the sandbox and the stand-in Slack Web API; nothing leaves the machine.
 */
import { approvalIdOf, startSlackStack } from '../test/adapters/slack-fixture.ts';
import { startRedis } from '../test/helpers/redis.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CONCURRENCY = 100;
const CARDS = Number(process.env.CARDS ?? 40);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function line(name: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  return `${name.padEnd(34)} n=${String(s.length).padStart(4)}  p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms  max ${s[s.length - 1]?.toFixed(1).padStart(7)} ms`;
}

const redis = await startRedis();
const stack = await startSlackStack(redis.url);
try {
  // Warm up: token check, inventory cache, first plan.
  await stack.signer.mention('U0ALICE', 'list workloads in staging', { channel: 'CWARM' });
  await stack.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'CWARM', 60_000);

  const acks: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const answered = stack.fake.callsOf('chat.postMessage').length;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, i) => {
        const t0 = performance.now();
        const { res } = await stack.signer.mention('U0DAVE', 'list workloads in staging', { channel: `CACK${round}-${i}` });
        acks.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`ack answered ${res.status}`);
      }),
    );
    // Let this round's work finish so rounds do not pile up on each other.
    await stack.fake.waitFor(
      'chat.postMessage',
      () => stack.fake.callsOf('chat.postMessage').length >= answered + CONCURRENCY,
      120_000,
    );
  }

  const cards: number[] = [];
  for (let i = 0; i < CARDS; i++) {
    const channel = `CCARD${i}`;
    const t0 = performance.now();
    await stack.signer.mention('U0ALICE', `scale web in prod to ${7 + (i % 5)}`, { channel });
    await stack.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === channel && approvalIdOf(c.args.blocks) !== undefined,
      60_000,
    );
    cards.push(performance.now() - t0);
  }

  console.log(
    `coxswain Slack adapter — node ${process.version}, ${ROUNDS}×${CONCURRENCY} concurrent signed events, ${CARDS} cards`,
  );
  console.log(line(`ack latency (${CONCURRENCY} concurrent)`, acks));
  console.log(line('mention → card posted (offline)', cards));
  const p99 = percentile(
    [...acks].sort((a, b) => a - b),
    99,
  );
  console.log(`ack p99 goal < 100 ms: ${p99 < 100 ? 'met' : 'NOT met'}`);
} finally {
  await stack.close();
  await redis.stop();
}
