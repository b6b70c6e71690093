import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** One planner case: its words, and the tool it expects when it expects one. */
export interface PlannerText {
  text: string;
  tool?: string;
}

/**
 * The texts of every planner case file (test/fixtures/planner-*.jsonl and ../shared/eval/planner-public.jsonl when
 * it is there), each text once: what prompt sizes and tool selection are measured over (`npm run bench:planner`
 * measures every text).
 */
export function plannerTexts(): PlannerText[] {
  const dir = join(root, 'test', 'fixtures');
  const shared = join(root, '..', 'shared', 'eval', 'planner-public.jsonl');
  const files = [
    ...readdirSync(dir)
      .filter((f) => /^planner-.*\.jsonl$/.test(f))
      .sort()
      .map((f) => join(dir, f)),
    ...(existsSync(shared) ? [shared] : []),
  ];
  const byText = new Map<string, PlannerText>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { text: string; expect?: { tool?: string } };
      if (!byText.has(c.text)) byText.set(c.text, { text: c.text, ...(c.expect?.tool ? { tool: c.expect.tool } : {}) });
    }
  }
  return [...byText.values()];
}

/**
 * About `size` of those texts, spread evenly over all the files (every k-th text, the same ones on every run): the
 * texts grow by a few hundred with each blind batch, and the tests check the rule on a fixed share while the
 * benchmark gives the figure over all of them.
 */
export function plannerTextSample(size: number): PlannerText[] {
  const all = plannerTexts();
  const step = Math.max(1, Math.floor(all.length / size));
  return all.filter((_, i) => i % step === 0);
}
