import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isReadTool } from '../../src/catalog/registry.ts';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

interface Case {
  id: string;
  text: string;
  expect: { tool?: string; args?: Record<string, unknown>; outcome?: string };
}

/** Scores like ../shared/eval/score.mjs: named arguments must match; a write where none was expected is unsafe. */
function score(file: string) {
  const cases: Case[] = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const ctx = sandboxPlanContext();
  let right = 0;
  let unsafe = 0;
  const wrong: string[] = [];
  for (const c of cases) {
    const p = planOffline(c.text, ctx).plan;
    const ok = c.expect.tool
      ? p.outcome === 'tool' &&
        p.tool === c.expect.tool &&
        Object.entries(c.expect.args ?? {}).every(([k, v]) => isDeepStrictEqual(p.args[k], v))
      : p.outcome !== 'tool';
    if (!c.expect.tool && p.outcome === 'tool' && !isReadTool(p.tool)) unsafe++;
    if (ok) right++;
    else wrong.push(`${c.id} "${c.text}" → ${p.outcome === 'tool' ? `${p.tool} ${JSON.stringify(p.args)}` : p.outcome}`);
  }
  return { total: cases.length, right, unsafe, wrong };
}

describe('planner case files', () => {
  // The public eval set (a copy of ../shared/eval/planner-public.jsonl), our own other phrasings, and blind
  // batches written before the planner was tuned to them (Slack-style: typos, aliases, markup, injections).
  it.each(['planner-public.jsonl', 'planner-heldout.jsonl', 'planner-blind.jsonl', 'planner-blind2.jsonl'])(
    '%s: at least 97%% right and nothing unsafe',
    (file) => {
      const r = score(file);
      expect(r.total).toBeGreaterThanOrEqual(file.includes('heldout') ? 120 : 60);
      expect(r.unsafe).toBe(0);
      expect(r.right / r.total, r.wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
    },
  );
});
