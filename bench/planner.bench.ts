/**
 * Offline planner latency over a few thousand requests (the public eval texts and our development phrasings, in a
 * shuffled mix), and the LLM path's prompt size per request (system prompt + the tools offered) over every planner
 * case text, on the sandbox's inventory at scale 1 and 300. Run: npm run bench:planner
 */
import { readFileSync } from 'node:fs';
import { planOffline } from '../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../src/planner/sandbox-inventory.ts';
import { figure } from '../test/hardening/figures.ts';
import { plannerTexts } from '../test/helpers/planner-texts.ts';

const REQUESTS = 5000;
const WARMUP = 500;

function texts(file: string): string[] {
  return readFileSync(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

const pool = [...texts('planner-public.jsonl'), ...texts('planner-dev.jsonl')];
const ctx = sandboxPlanContext();
// A fixed pseudo-random order (LCG) so runs are comparable.
let seed = 42;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed;
};

for (let i = 0; i < WARMUP; i++) planOffline(pool[next() % pool.length], ctx);
const samples: number[] = [];
for (let i = 0; i < REQUESTS; i++) {
  const text = pool[next() % pool.length];
  const t0 = process.hrtime.bigint();
  planOffline(text, ctx);
  samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
samples.sort((a, b) => a - b);
const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))];
const mean = samples.reduce((s, x) => s + x, 0) / samples.length;

const rows: [string, string][] = [
  ['requests (distinct texts)', `${REQUESTS} (${pool.length})`],
  ['offline p50', `${pct(50).toFixed(3)} ms`],
  ['offline p99', `${pct(99).toFixed(3)} ms`],
  ['offline max', `${samples[samples.length - 1].toFixed(3)} ms`],
  ['offline mean', `${mean.toFixed(3)} ms`],
];

// The LLM path: tokens per request (system prompt + tools offered) for every case text, at scale 1 and 300.
const { promptTokenReport } = await import('../src/planner/llm/prompt-size.ts');
const { modelRequest } = await import('../src/planner/llm/request.ts');
const cases = plannerTexts();
const TOKEN_GOAL = 1500;
const prompts: string[] = [];
for (const scale of [1, 300]) {
  const c = scale === 1 ? ctx : sandboxPlanContext(scale);
  const reports = cases.map((k) => promptTokenReport(c, k.text));
  const total = reports.map((r) => r.totalTokens).sort((a, b) => a - b);
  const at = (p: number) => total[Math.min(total.length - 1, Math.floor((p / 100) * total.length))];
  const max = total[total.length - 1];
  const most = (k: 'systemTokens' | 'toolsTokens') => Math.max(...reports.map((r) => r[k]));
  rows.push([
    `LLM prompt, scale ${scale}`,
    `p50 ${at(50)}, p99 ${at(99)}, max ${max} tokens (system ≤ ${most('systemTokens')}, tools ≤ ${most('toolsTokens')})`,
  ]);
  prompts.push(
    `scale ${scale} (${c.inventory.workloads.length} workloads) p50 ${at(50)}, p99 ${at(99)}, max ${max} (goal ≤ ${TOKEN_GOAL}: ${max <= TOKEN_GOAL ? 'met' : 'not met'})`,
  );
}
const all = promptTokenReport(ctx);
rows.push(['LLM prompt, all 20 tools', `${all.totalTokens} tokens (system ${all.systemTokens}, tools ${all.toolsTokens})`]);
// A case's expected tool left out of what the model is offered: the model can only ask back.
const expected = cases.filter((k) => k.tool);
const offered = expected.filter((k) => modelRequest(ctx, k.text).tools.some((t) => t.function.name === k.tool));
rows.push(['LLM expected tool offered', `${offered.length} of ${expected.length} cases`]);

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`| ${'measure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | ----- |`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
const goal = pct(99) < 2;
console.log(`\noffline p99 goal (< 2 ms): ${goal ? 'met' : 'NOT met'}`);
figure(
  'offline plans',
  `${REQUESTS} plans over ${pool.length} distinct texts: p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms (goal < 2 ms: ${goal ? 'met' : 'not met'}), max ${samples[samples.length - 1].toFixed(1)} ms`,
);
figure(
  'LLM prompt size',
  `tokens per request (system prompt + tools offered) over ${cases.length} case texts: ${prompts.join('; ')}; all 20 tools would be ${all.totalTokens}; expected tool offered in ${offered.length} of ${expected.length} cases`,
);
