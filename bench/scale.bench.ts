/**
 * `npm run bench:scale`: the sandbox and the bot at scale 1, 10, 100 and 300 (sandbox --scale N: about 9×N
 * workloads and 33×N pods), in one run. Per scale:
 *  - the sandbox: start-up (seeding through its controllers), a full pod list and a scale over HTTP;
 *  - the planner: the inventory's first read (the lists a watch starts with), offline plan p99 on it, and the LLM
 *    prompt's tokens per request over every planner case text (p50/p99/max);
 *  - the bot as `coxswain serve` (its own process, offline planner, private Redis, the stand-in Slack Web API of
 *    bench:slack): mention → approval card posted for a signed app_mention (the first, which waits for the
 *    inventory's first read, and the median of the next ones), its API requests per minute at idle, and its RSS.
 * The sandbox runs in this process (so its request log counts the bot's requests); its memory is this process's.
 * Prints `[figure] scale-N` lines (test/hardening/figures.ts) and a table, with the machine and date.
 * BENCH_SCALES=1,300 and BENCH_IDLE_MS shorten a run.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterRegistry } from '../src/kube/clusters.ts';
import { inventoryOf } from '../src/kube/inventory.ts';
import { promptTokenReport } from '../src/planner/llm/prompt-size.ts';
import { planOffline } from '../src/planner/offline/index.ts';
import type { PlanContext } from '../src/planner/plan.ts';
import { startSandbox } from '../src/sandbox/index.ts';
import { SANDBOX_NAMESPACE_ALIASES } from '../src/sandbox/seed.ts';
import { approvalIdOf, type ServeProcess, slackEnv, spawnServe } from '../test/adapters/slack-fixture.ts';
import { figure } from '../test/hardening/figures.ts';
import { type FakeSlack, startFakeSlack } from '../test/helpers/fake-slack.ts';
import { plannerTexts } from '../test/helpers/planner-texts.ts';
import { startRedis } from '../test/helpers/redis.ts';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,300').split(',').map(Number);
/**
 * How long the idle bot is watched for API requests. Its inventory watches end after 5 minutes and are resumed, so
 * a window shorter than that can miss them: the default spans one period.
 */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 330_000);
/** Cards after the first, for the median. */
const CARDS = Number(process.env.BENCH_CARDS ?? 5);
const TEXTS = [
  'scale web in prod to 8',
  'restart api in staging',
  'roll back checkout in team-042-production',
  'logs for worker in production',
  'how much did staging cost last week',
  'promote payments',
  'add 2 replicas to wrker in prod',
];

const CASE_TEXTS = plannerTexts().map((c) => c.text);

const machine = `${cpus().length} CPUs, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`;
const ms = (t0: number) => Math.round(performance.now() - t0);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/** Resident memory of a process, in MB (VmRSS of /proc/PID/status: Linux). */
function rssMbOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
}

/** Mention → the approval card posted in that channel, in ms. */
async function mentionToCard(bot: ServeProcess, fake: FakeSlack, channel: string, text: string): Promise<number> {
  const t0 = performance.now();
  const { res } = await bot.signer.mention('U0ALICE', text, { channel });
  if (res.status !== 200) throw new Error(`the mention was answered ${res.status}`);
  await fake.waitFor('chat.postMessage', (c) => c.args.channel === channel && approvalIdOf(c.args.blocks) !== undefined, 180_000);
  return ms(t0);
}

interface Row {
  scale: number;
  workloads: number;
  pods: number;
  startMs: number;
  listMs: number;
  scaleMs: number;
  inventoryMs: number;
  p99: number;
  tokens: number[];
  firstCardMs: number;
  cardMs: number;
  idlePerMinute: number;
  idleRequests: string;
  serveMb: number;
  sandboxMb: number;
}

const dir = mkdtempSync(join(tmpdir(), 'coxswain-bench-scale-'));
const redis = await startRedis();
const fake = await startFakeSlack();
const rows: Row[] = [];
try {
  for (const scale of SCALES) {
    const kubeconfig = join(dir, `kubeconfig-${scale}`);
    let t0 = performance.now();
    const sb = await startSandbox({ scale, kubeconfigPath: kubeconfig });
    const startMs = ms(t0);
    const auth = { authorization: `Bearer ${sb.token}` };
    let bot: ServeProcess | undefined;
    try {
      t0 = performance.now();
      const pods = (await (await fetch(`${sb.url}/api/v1/pods`, { headers: auth })).json()) as { items: unknown[] };
      const listMs = ms(t0);
      t0 = performance.now();
      const scaled = await fetch(`${sb.url}/apis/apps/v1/namespaces/staging/deployments/web/scale`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/merge-patch+json' },
        body: JSON.stringify({ spec: { replicas: 3 } }),
      });
      const scaleMs = ms(t0);
      if (!scaled.ok) throw new Error(`scale answered ${scaled.status}`);

      const kc = new KubeConfig();
      kc.loadFromString(sb.kubeconfigYaml());
      t0 = performance.now();
      const inventory = await inventoryOf(ClusterRegistry.fromKubeConfig(kc).get());
      const inventoryMs = ms(t0);
      const ctx: PlanContext = { inventory, namespaceAliases: { ...SANDBOX_NAMESPACE_ALIASES }, defaultCluster: 'sandbox' };
      const samples: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const p0 = performance.now();
        planOffline(TEXTS[i % TEXTS.length], ctx);
        samples.push(performance.now() - p0);
      }
      const tokens = CASE_TEXTS.map((t) => promptTokenReport(ctx, t).totalTokens).sort((a, b) => a - b);

      const env = slackEnv({
        redisUrl: redis.url,
        prefix: `bench-scale-${scale}-${randomUUID().slice(0, 8)}`,
        kubeconfig,
        sandboxUrl: sb.url,
        slackApiUrl: fake.apiUrl,
      });
      bot = await spawnServe(env);
      // The first card waits for the bot's first inventory read; the next ones are what a person meets after.
      const firstCardMs = await mentionToCard(bot, fake, `CSCALE${scale}-0`, 'scale web in prod to 7');
      const cards: number[] = [];
      for (let i = 1; i <= CARDS; i++) {
        cards.push(await mentionToCard(bot, fake, `CSCALE${scale}-${i}`, `scale web in prod to ${7 + (i % 5)}`));
      }
      // Idle: the approvals are left pending, and nothing else talks to the sandbox.
      await sleep(2000);
      sb.clearRequests();
      await sleep(IDLE_MS);
      const idle = [...sb.requests];
      const verbs = new Map<string, number>();
      for (const r of idle) {
        const what = `${r.verb ?? r.method} ${r.resource?.plural ?? r.path}`;
        verbs.set(what, (verbs.get(what) ?? 0) + 1);
      }
      const row: Row = {
        scale,
        workloads: inventory.workloads.length,
        pods: pods.items.length,
        startMs,
        listMs,
        scaleMs,
        inventoryMs,
        p99: at(
          samples.sort((a, b) => a - b),
          0.99,
        ),
        tokens,
        firstCardMs,
        cardMs: at(
          cards.sort((a, b) => a - b),
          0.5,
        ),
        idlePerMinute: (idle.length * 60_000) / IDLE_MS,
        idleRequests: [...verbs].map(([v, n]) => `${n} ${v}`).join(', ') || 'none',
        serveMb: rssMbOf(bot.child.pid as number),
        sandboxMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      };
      rows.push(row);
      figure(
        `scale-${scale}`,
        `${row.workloads} workloads, ${row.pods} pods; sandbox start ${startMs} ms, list all pods ${listMs} ms, scale ${scaleMs} ms; inventory first read ${inventoryMs} ms; offline plan p99 ${row.p99.toFixed(2)} ms; LLM prompt p50 ${at(tokens, 0.5)}, p99 ${at(tokens, 0.99)}, max ${tokens[tokens.length - 1]} tokens over ${tokens.length} case texts; coxswain serve: mention → card ${firstCardMs} ms first, ${row.cardMs} ms median of ${CARDS}, idle API requests ${row.idlePerMinute.toFixed(1)}/min (${row.idleRequests} in ${Math.round(IDLE_MS / 1000)} s), RSS ${row.serveMb} MB; bench process RSS (sandbox inside) ${row.sandboxMb} MB (${machine})`,
      );
    } finally {
      await bot?.stop();
      await sb.stop();
    }
  }
} finally {
  await fake.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`\ncoxswain at scale — ${machine}, load average ${load}; idle window ${Math.round(IDLE_MS / 1000)} s`);
console.log(
  '| scale | workloads | pods | sandbox start | list all pods | scale | inventory first read | offline plan p99 | LLM prompt tokens p50 / p99 / max | mention → card first / median | idle API requests/min | serve RSS | bench process RSS (sandbox inside) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.scale} | ${r.workloads} | ${r.pods} | ${r.startMs} ms | ${r.listMs} ms | ${r.scaleMs} ms | ${r.inventoryMs} ms | ${r.p99.toFixed(2)} ms | ${at(r.tokens, 0.5)} / ${at(r.tokens, 0.99)} / ${r.tokens[r.tokens.length - 1]} | ${r.firstCardMs} / ${r.cardMs} ms | ${r.idlePerMinute.toFixed(1)} | ${r.serveMb} MB | ${r.sandboxMb} MB |`,
  );
}
const small = rows.find((r) => r.scale === 1);
const large = rows.find((r) => r.scale === 300);
if (small && large) {
  const flat = large.idlePerMinute <= 2 * small.idlePerMinute;
  console.log(
    `idle API requests/min at scale 300 within 2× of scale 1 (goal): ${flat ? 'met' : 'NOT met'} (${large.idlePerMinute.toFixed(1)} vs ${small.idlePerMinute.toFixed(1)})`,
  );
}
process.exit(0);
