import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parsePolicy, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { approvalIdOf, type SlackStack, startSlackStack } from '../adapters/slack-fixture.ts';

/** The sandbox policy plus a group whose members come from the Slack user group S0SRE. */
const POLICY = readFileSync(SANDBOX_POLICY_PATH, 'utf8')
  .replace('groups:\n', 'groups:\n  sre: { roles: [approver], slackUserGroup: S0SRE }\n')
  // Production writes also notify the on-call user group by its handle.
  .replace(
    'approval: { from: approver, count: 1, ttl: 30m }\n\nlimits',
    'approval: { from: approver, count: 1, ttl: 30m, notify: { slack: ["@oncall"] } }\n\nlimits',
  );

describe('roles from Slack user groups', () => {
  let s: SlackStack;
  beforeAll(async () => {
    const { policy, errors } = parsePolicy(POLICY);
    if (!policy) throw new Error(errors.map((e) => e.message).join('; '));
    s = await startSlackStack(inject('redisUrl'), {
      policy,
      // Bob is in the policy file and in the group; Erin only in the group.
      userGroups: { S0SRE: { handle: 'sre', users: ['U0BOB', 'U0ERIN'] }, S0ONCALL: { handle: 'oncall', users: ['U0CAROL'] } },
      emails: { U0ERIN: 'erin@example.com' },
    });
  });
  afterAll(() => s?.close());

  it('group members become approvers, the policy’s explicit people win, and the card mentions them all', async () => {
    expect(s.fake.callsOf('usergroups.users.list').map((c) => c.args.usergroup)).toEqual(['S0SRE']);
    const people = s.runtime.policy().people;
    expect(people.find((p) => p.slackUserId === 'U0ERIN')).toMatchObject({
      email: 'erin@example.com',
      groups: ['sre'],
      roles: ['approver'],
    });
    // Bob stays exactly as the file says (not a second person, not the sre group).
    expect(people.filter((p) => p.slackUserId === 'U0BOB')).toEqual([
      expect.objectContaining({ id: 'bob', groups: ['approvers'] }),
    ]);

    await s.signer.mention('U0ALICE', 'scale worker in prod to 5', { channel: 'C0UG' });
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0UG' && approvalIdOf(c.args.blocks) !== undefined,
    );
    for (const mention of ['<@U0BOB>', '<@U0CAROL>', '<@U0ERIN>', '<!subteam^S0SRE>', '<!subteam^S0ONCALL>'])
      expect(String(card.args.text)).toContain(mention);

    const approvalId = approvalIdOf(card.args.blocks) as string;
    await s.signer.click('U0ERIN', 'approve', approvalId, { channel: 'C0UG', ts: String(card.response.ts) });
    await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === card.response.ts && JSON.stringify(c.args.blocks).includes('Executed'),
    );
    expect(s.sandbox.get('apps/v1', 'deployments', 'production', 'worker')?.spec?.replicas).toBe(5);
  });
});

describe('coxswain policy check on Slack user groups and notifications', () => {
  it('accepts the shapes and points at a bad user group id, handle or reminder share by line', () => {
    expect(parsePolicy(POLICY).errors).toEqual([]);
    const bad = POLICY.replace('slackUserGroup: S0SRE', 'slackUserGroup: sre-team').replace(
      'notify: { slack: ["@oncall"] } }',
      'notify: { slack: [sre oncall] }, remind: 2 }',
    );
    const { errors } = parsePolicy(bad);
    const line = (needle: string) => bad.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          line: line('slackUserGroup: sre-team'),
          message: expect.stringContaining('Slack user group id'),
        }),
        expect.objectContaining({ line: line('sre oncall'), message: expect.stringContaining('handle') }),
      ]),
    );
    expect(errors.some((e) => e.line === line('remind: 2'))).toBe(true);
  });
});
