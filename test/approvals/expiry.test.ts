import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { effectiveWrites, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

// The sandbox policy with production approvals that expire after one second.
const policy = loadPolicyFile(SANDBOX_POLICY_PATH);
for (const rule of policy.rules) if (rule.approval) rule.approval.ttl = 1;

let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime({ overrides: { policy }, workers: { sweepIntervalMs: 0 } });
});
afterAll(() => t?.close());

const ask = (text: string) => t.runtime.core.handle({ channel: 'terminal', actor: { personId: 'alice' }, text });

it('expires an approval: a late approval is refused, nothing runs, and the expiry is audited once', async () => {
  const clicked = await ask('scale web in production to 8');
  const swept = await ask('scale api in production to 5');
  expect([clicked.outcome, swept.outcome]).toEqual(['pending', 'pending']);
  await new Promise((r) => setTimeout(r, 1100));

  const late = await t.runtime.core.decide({
    approvalId: clicked.approvalId!,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(late.outcome).toBe('refused');
  expect(late.reason).toMatch(/expired/);
  expect((await t.runtime.approvals.sweepExpired()).map((a) => a.id)).toEqual([swept.approvalId]);
  expect((await t.runtime.core.getApproval(swept.approvalId!))?.status).toBe('expired');

  const expiries = (await t.runtime.audit.read()).filter((e) => e.type === 'expired');
  expect(expiries.map((e) => e.approvalId).sort()).toEqual([clicked.approvalId, swept.approvalId].sort());
  expect(effectiveWrites(t.sandbox)).toHaveLength(0);
});
