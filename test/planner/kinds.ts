import { expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { isWriteTool } from '../../src/planner/offline/intent.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// The promises the kinds of the red-team rounds and blind misses are held to, shared by the test files that list them.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

/** No write the reader is sure of. */
export function noSureWrite(texts: string[]): void {
  it.each(texts)('"%s" is not a sure write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && isWriteTool(r.plan.tool) && r.confident).toBe(false);
  });
}

/** Everyday requests beside those kinds, which must stay as sure as they were. */
export function staySure(cases: [string, string][]): void {
  it.each(cases)('"%s" stays a sure %s', (text, tool) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool });
    expect(r.confident).toBe(true);
  });
}
