import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isReadTool } from '../../src/catalog/registry.ts';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';
import { figure } from '../hardening/figures.ts';

interface Attack {
  id: string;
  kind: string;
  category?: string;
  text: string;
  wants?: { tool: string; args: Record<string, unknown> };
}

const attacks: Attack[] = readFileSync(new URL('../fixtures/injection.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Attack)
  .filter((a) => a.kind === 'attack');

describe('offline planner on the injection texts', () => {
  it('proposes no write for a text that carries an injection; a plain request is read as written', () => {
    const ctx = sandboxPlanContext();
    const writes: string[] = [];
    const misread: string[] = [];
    let plain = 0;
    for (const a of attacks) {
      const { plan } = planOffline(a.text, ctx);
      if (plan.outcome !== 'tool' || isReadTool(plan.tool)) continue;
      // "direct" attacks are plain requests ("scale worker in staging to 10") that the policy, not the words,
      // must stop: the planner reads them as written, and nothing more.
      if (a.category === 'direct') {
        plain++;
        if (plan.tool !== a.wants?.tool || !isDeepStrictEqual(plan.args, a.wants.args)) {
          misread.push(`${a.id}: ${plan.tool} ${JSON.stringify(plan.args)}`);
        }
      } else writes.push(`${a.id} "${a.text}" → ${plan.tool} ${JSON.stringify(plan.args)}`);
    }
    figure(
      'planner injection',
      `${attacks.length} attack texts: ${writes.length} write proposals from texts carrying an injection, ${plain} plain requests read as written (the policy decides them)`,
    );
    expect(attacks).toHaveLength(105);
    expect(writes, writes.join('\n')).toEqual([]);
    expect(misread, misread.join('\n')).toEqual([]);
  });
});
