import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Result } from '../../src/core/result.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { figure } from './figures.ts';

/**
 * Mediation of decisions, property-tested: random sequences of approve/reject/cancel clicks by random people
 * (approvers, the requester, an engineer, a viewer, a stranger) on a production write. An approval executes only
 * through an eligible approver who is not the requester, never after a rejection or a cancellation, once; and
 * an eligible approval on a still-pending request does execute.
 */

const RUNS = 80;
const APPROVERS = new Set(['bob', 'carol']);

let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());

const person = fc.constantFrom('alice', 'bob', 'carol', 'dave', 'mallory');
const caseArb = fc.record({
  requester: fc.constantFrom('alice', 'bob', 'carol'),
  replicas: fc.integer({ min: 0, max: 12 }).filter((n) => n !== 6),
  clicks: fc.array(
    fc.record({
      who: person,
      decision: fc.constantFrom('approve', 'reject', 'cancel') as fc.Arbitrary<'approve' | 'reject' | 'cancel'>,
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
  concurrent: fc.boolean(),
});

it(`decisions: only an eligible approver executes, once, and never after a rejection (${RUNS} runs)`, async () => {
  const tally = { runs: 0, executed: 0, refused: 0, closed: 0 };
  await fc.assert(
    fc.asyncProperty(caseArb, async ({ requester, replicas, clicks, concurrent }) => {
      t.sandbox.reset();
      const asked = await t.runtime.core.handle({
        channel: 'slack',
        actor: { personId: requester },
        text: `scale web in production to ${replicas}`,
      });
      expect(asked.outcome, asked.reason).toBe('pending');
      const approvalId = asked.approvalId as string;
      t.sandbox.clearRequests();
      const decide = (c: (typeof clicks)[number]) =>
        t.runtime.core.decide({ approvalId, decision: c.decision, channel: 'slack', actor: { personId: c.who } });
      const results: Result[] = [];
      if (concurrent) results.push(...(await Promise.all(clicks.map(decide))));
      else for (const c of clicks) results.push(await decide(c));

      const eligible = (c: (typeof clicks)[number]) =>
        c.decision === 'cancel' ? c.who === requester : APPROVERS.has(c.who) && c.who !== requester;
      clicks.forEach((c, i) => {
        if (!eligible(c)) expect(results[i]?.outcome, `${c.who} ${c.decision}`).toBe('refused');
      });
      const executed = results.filter((r) => r.outcome === 'executed');
      const writes = effectiveWrites(t.sandbox, 'deployments/scale');
      expect(executed.length).toBeLessThanOrEqual(1);
      expect(writes).toHaveLength(executed.length);
      if (executed.length === 1) {
        const i = results.indexOf(executed[0] as Result);
        expect(eligible(clicks[i] as (typeof clicks)[number]) && clicks[i]?.decision === 'approve').toBe(true);
      }
      // Sequential clicks have a definite order: the first eligible click decides.
      if (!concurrent) {
        const first = clicks.find(eligible);
        expect(executed.length).toBe(first?.decision === 'approve' ? 1 : 0);
      }
      const status = (await t.runtime.core.getApproval(approvalId))?.status;
      expect(status).toEqual(
        executed.length ? 'executed' : clicks.some(eligible) ? expect.stringMatching(/rejected|cancelled/) : 'pending',
      );
      tally.runs++;
      tally.executed += executed.length;
      tally.refused += results.filter((r) => r.outcome === 'refused').length;
      tally.closed += results.filter((r) => r.outcome === 'denied').length;
    }),
    { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20_261_124) },
  );
  figure(
    'decisions',
    `${tally.runs} random click sequences (approve/reject/cancel by approvers, requester, engineer, viewer, stranger; sequential and concurrent): ${tally.executed} executions, all by an eligible approver and at most one per approval; ${tally.refused} ineligible or late clicks refused; ${tally.closed} rejections/cancellations`,
  );
}, 240_000);
