import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startReminders } from '../../src/approvals/reminders.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { approvalIdOf, type SlackStack, startSlackStack } from '../adapters/slack-fixture.ts';
import { figure } from '../hardening/figures.ts';
import type { SlackCall } from '../helpers/fake-slack.ts';

/**
 * Approvals that reach the approvers, through the real Slack adapter (signed requests, the stand-in Web API),
 * the real runtime and Redis: mentions and DMs on the card, one reminder, and the requester told on expiry.
 */
let s: SlackStack;
const text = (c: SlackCall) => `${String(c.args.text ?? '')} ${JSON.stringify(c.args.blocks ?? '')}`;

beforeAll(async () => {
  // Production writes: the sandbox rule, plus the SRE user group, DMs, a 3 s TTL and a reminder with 75% left.
  const policy = loadPolicyFile(SANDBOX_POLICY_PATH);
  const rule = policy.rules.find((r) => r.name === 'writes in production need an approver');
  if (!rule?.approval) throw new Error('the sandbox policy changed: no production write rule');
  Object.assign(rule.approval, { ttl: 3, remind: 0.75, notify: { slack: ['S0SRE'], dm: true } });
  s = await startSlackStack(inject('redisUrl'), { policy });
});
afterAll(() => s?.close());

describe('approval notifications in Slack', () => {
  let approvalId: string;
  let card: SlackCall;

  it('the card mentions every eligible approver and the rule’s user group, and DMs the approvers', async () => {
    await s.signer.mention('U0ALICE', 'scale worker in prod to 5', { channel: 'C0NOTE' });
    card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0NOTE' && approvalIdOf(c.args.blocks) !== undefined,
    );
    approvalId = approvalIdOf(card.args.blocks) as string;
    for (const mention of ['<@U0BOB>', '<@U0CAROL>', '<!subteam^S0SRE>']) {
      expect(String(card.args.text)).toContain(mention);
      expect(JSON.stringify(card.args.blocks)).toContain(mention);
    }
    expect(text(card)).not.toContain('<@U0ALICE>'); // the requester is not an approver
    for (const user of ['U0BOB', 'U0CAROL']) {
      const open = await s.fake.waitFor('conversations.open', (c) => c.args.users === user);
      const dm = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === (open.response.channel as { id: string }).id);
      expect(String(dm.args.text)).toContain(approvalId);
      expect(String(dm.args.text)).toContain('https://fake.slack.test/archives/C0NOTE/');
    }
  });

  it('one reminder in the thread when the share of the TTL is left, even with two replicas sweeping', async () => {
    const a = await s.runtime.approvals.get(approvalId);
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(a?.notify?.remindAt ?? '') - Date.now()) + 50));
    const replicas = [1, 2].map(() =>
      startReminders({ approvals: s.runtime.approvals, events: s.runtime.events, intervalMs: 0 }),
    );
    const swept = await Promise.all(replicas.map((r) => r.sweep()));
    expect(swept.flat()).toEqual([approvalId]);
    const reminder = await s.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('Reminder'));
    expect(reminder.args).toMatchObject({ channel: 'C0NOTE', thread_ts: card.args.thread_ts });
    expect(String(reminder.args.text)).toContain('<@U0BOB>');
    expect(String(reminder.args.text)).toContain('<@U0CAROL>');
    expect((await Promise.all(replicas.map((r) => r.sweep()))).flat()).toEqual([]);
  });

  it('on expiry the card says so and the requester is told in the thread, once', async () => {
    const a = await s.runtime.approvals.get(approvalId);
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(a?.expiresAt ?? '') - Date.now()) + 50));
    // Two sweeps at once (two workers): the approval expires once and the requester hears it once.
    await Promise.all([s.runtime.approvals.sweepExpired(), s.runtime.approvals.sweepExpired()]);
    const told = await s.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('expired'));
    expect(told.args).toMatchObject({ channel: 'C0NOTE', thread_ts: card.args.thread_ts });
    expect(String(told.args.text)).toContain('<@U0ALICE>');
    await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === card.response.ts && JSON.stringify(c.args.blocks).includes('Expired at'),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(s.fake.callsOf('chat.postMessage').filter((c) => String(c.args.text).includes('expired'))).toHaveLength(1);
    const inThread = s.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0NOTE');
    const reminders = inThread.filter((c) => String(c.args.text).includes('Reminder')).length;
    const expiries = inThread.filter((c) => String(c.args.text).includes('expired')).length;
    expect(reminders).toBe(1);
    // The rule DMs: the reminder reached each approver's DM too, once.
    expect(
      s.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'D0BOB' && String(c.args.text).includes('Reminder')),
    ).toHaveLength(1);
    const dms = s.fake.callsOf('conversations.open').length;
    figure(
      'approval notifications',
      `a production approval: the card's own post mentions 2/2 eligible approvers and the rule's user group, ${dms} DMs (with the card and with the reminder, to each approver); the reminder posted ${reminders}× in the thread with 2 replicas sweeping; the expiry told the requester ${expiries}× with 2 sweeps (0 silent expiries)`,
    );
  });
});
