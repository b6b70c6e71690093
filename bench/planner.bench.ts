/**
 * Offline planner latency over a few thousand requests (the public eval texts and our development phrasings, in a
 * shuffled mix), and the LLM path's fixed prompt size per request. Run: npm run bench:planner
 */
import { existsSync, readFileSync } from 'node:fs';
import { planOffline } from '../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../src/planner/sandbox-inventory.ts';
import { figure } from '../test/hardening/figures.ts';

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

// The LLM planner's prompt-size report, when that part is present.
if (existsSync(new URL('../src/planner/llm/prompt-size.ts', import.meta.url))) {
  const { promptTokenReport } = await import('../src/planner/llm/prompt-size.ts');
  const r = promptTokenReport(ctx);
  rows.push(
    ['LLM system prompt', `${r.systemTokens} tokens`],
    ['LLM tool schemas', `${r.toolsTokens} tokens`],
    ['LLM total per request', `${r.totalTokens} tokens`],
  );
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`| ${'measure'.padEnd(width)} | value |\n| ${'-'.repeat(width)} | ----- |`);
for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
const goal = pct(99) < 2;
console.log(`\noffline p99 goal (< 2 ms): ${goal ? 'met' : 'NOT met'}`);
figure(
  'offline plans',
  `${REQUESTS} plans over ${pool.length} distinct texts: p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms (goal < 2 ms: ${goal ? 'met' : 'not met'}), max ${samples[samples.length - 1].toFixed(1)} ms`,
);
const llm = rows.filter(([k]) => k.startsWith('LLM'));
if (llm.length) figure('LLM prompt size', llm.map(([k, v]) => `${k.slice(4)} ${v}`).join(', '));
