import { describe, expect, it } from 'vitest';
import { earlierValue } from '../../src/planner/offline/earlier-value.ts';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from dev-kinds15 (a value said in one sentence and pointed at in the request: "that much", "that many", "the
// same count", "should match"), in texts of their own. dev-kinds15 found a sure write that dropped the value pointed at
// and used a default instead; a pointer now never leaves a write sure.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('earlierValue (pure)', () => {
  it.each([
    ['SLO budget says 400ms. inject that much latency into web in staging', 'inject 400ms latency into web in staging'],
    ['we lose 20% on bad days. drop that many packets on api in staging', 'drop 20% packets on api in staging'],
    ['checkout in prod has 5 pods; staging checkout should match', 'staging checkout should have 5 replicas'],
    ['worker was at 3 last week. give it the same count', 'give it 3 replicas'],
  ])('%s', (text, asked) => {
    expect(earlierValue(text)?.text).toBe(asked);
  });
  it.each(['add that much delay to api in staging', 'we saw 300ms at 10:30 and 500ms at 11:00. add that much delay to api'])(
    'no one value before: "%s"',
    (text) => {
      expect(earlierValue(text)).toEqual({ pointer: 'that much' });
    },
  );
});

describe('a value said before, in the request', () => {
  it('reads the delay said before, unsure', () => {
    const r = read('The budget is 250ms. Add that much latency to worker in staging for 2 minutes.');
    expect(r.plan).toMatchObject({
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'worker', experiment: 'network-delay', latencyMs: 250, durationSeconds: 120 },
    });
    expect(r.confident).toBe(false);
  });
  it('reads a count said before, unsure', () => {
    const r = read('prod web runs 6 pods. staging web should match');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 6 } });
    expect(r.confident).toBe(false);
  });
  it('a pointer with no value to point at leaves no sure write', () => {
    const r = read('drop that many packets on worker in staging for 90 seconds');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});
