import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { approvalIdOf, type SlackStack, startSlackStack } from './slack-fixture.ts';

let s: SlackStack;
beforeAll(async () => {
  // The sandbox policy with one-second approvals, so an approval can expire within the test.
  const policy = loadPolicyFile(SANDBOX_POLICY_PATH);
  for (const rule of policy.rules) if (rule.approval) rule.approval.ttl = 1;
  s = await startSlackStack(inject('redisUrl'), { policy });
});
afterAll(() => s?.close());

describe('Slack card of an expired approval', () => {
  it('a late click is refused privately, nothing runs, and the card says it expired', async () => {
    await s.signer.mention('U0ALICE', 'scale worker in prod to 5', { channel: 'C0EXP' });
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0EXP' && approvalIdOf(c.args.blocks) !== undefined,
    );
    const approvalId = approvalIdOf(card.args.blocks) as string;
    await new Promise((r) => setTimeout(r, 1500));

    await s.signer.click('U0BOB', 'approve', approvalId, { channel: 'C0EXP', ts: String(card.response.ts) });
    await s.fake.waitFor('chat.postEphemeral', (c) => c.args.user === 'U0BOB' && c.args.channel === 'C0EXP');
    const updated = await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === card.response.ts && JSON.stringify(c.args.blocks).includes('Expired at'),
    );
    expect(approvalIdOf(updated.args.blocks)).toBeUndefined();
    expect(
      (s.sandbox.get('apps/v1', 'deployments', 'production', 'worker')?.spec as { replicas?: number } | undefined)?.replicas,
    ).toBe(3);
  });
});
