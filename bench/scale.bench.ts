/**
 * `npm run bench:scale`: the sandbox and the bot's planning path at scale 1, 10, 100 and 300 (sandbox --scale N:
 * about 9×N workloads and 33×N pods), in one run. Per scale: sandbox start-up, a full pod list and a scale over
 * HTTP, the watch-based inventory's first read and its API requests per minute at idle, offline plan p99 on that
 * inventory, the LLM prompt's tokens per request over every planner case text (p50/p99/max), and this process's
 * memory. Prints `[figure] scale-N: …` lines (test/hardening/figures.ts) with the machine and date, for
 * `npm run figures`.
 */
import { cpus } from 'node:os';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterRegistry } from '../src/kube/clusters.ts';
import { InventoryWatch } from '../src/kube/inventory.ts';
import { promptTokenReport } from '../src/planner/llm/prompt-size.ts';
import { planOffline } from '../src/planner/offline/index.ts';
import type { PlanContext } from '../src/planner/plan.ts';
import { startSandbox } from '../src/sandbox/index.ts';
import { SANDBOX_NAMESPACE_ALIASES } from '../src/sandbox/seed.ts';
import { figure } from '../test/hardening/figures.ts';
import { plannerTexts } from '../test/helpers/planner-texts.ts';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,300').split(',').map(Number);
/** How long the idle bot is watched for API requests (the watches last 5 minutes; a minute shows their rate). */
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 60_000);
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

for (const scale of SCALES) {
  let t0 = performance.now();
  const sb = await startSandbox({ scale });
  const startMs = ms(t0);
  const auth = { authorization: `Bearer ${sb.token}` };

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
  const watch = new InventoryWatch(ClusterRegistry.fromKubeConfig(kc).get());
  t0 = performance.now();
  const inventory = await watch.get();
  const inventoryMs = ms(t0);
  // The watches open right after the first lists; idle starts once they are open.
  await new Promise((r) => setTimeout(r, 2000));
  sb.clearRequests();
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idlePerMinute = Math.round((sb.requests.length * 60_000) / IDLE_MS);

  const ctx: PlanContext = { inventory, namespaceAliases: { ...SANDBOX_NAMESPACE_ALIASES }, defaultCluster: 'sandbox' };
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const text = TEXTS[i % TEXTS.length];
    const p0 = performance.now();
    planOffline(text, ctx);
    samples.push(performance.now() - p0);
  }
  samples.sort((a, b) => a - b);
  const p99 = samples[Math.floor(samples.length * 0.99)];
  const tokens = CASE_TEXTS.map((t) => promptTokenReport(ctx, t).totalTokens).sort((a, b) => a - b);
  const tokensAt = (p: number) => tokens[Math.min(tokens.length - 1, Math.floor(tokens.length * p))];
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  watch.stop();
  await sb.stop();

  figure(
    `scale-${scale}`,
    `${inventory.workloads.length} workloads, ${pods.items.length} pods; sandbox start ${startMs} ms, list all pods ${listMs} ms, scale ${scaleMs} ms; inventory first read ${inventoryMs} ms, idle API requests ${idlePerMinute}/min; offline plan p99 ${p99.toFixed(2)} ms; LLM prompt p50 ${tokensAt(0.5)}, p99 ${tokensAt(0.99)}, max ${tokens[tokens.length - 1]} tokens over ${tokens.length} case texts; RSS ${rssMb} MB (${machine})`,
  );
}
process.exit(0);
