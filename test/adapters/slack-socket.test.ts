import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { approvalIdOf, type SlackStack, startSlackStack, TEAM_ID } from './slack-fixture.ts';

let s: SlackStack;
beforeAll(async () => {
  s = await startSlackStack(inject('redisUrl'), { socketMode: true });
  await s.fake.socket.connected;
});
afterAll(() => s?.close());

const callback = (event: Record<string, unknown>, eventId: string) => ({
  token: 'legacy',
  team_id: TEAM_ID,
  api_app_id: 'A0APP',
  type: 'event_callback',
  event_id: eventId,
  event_time: 1,
  event,
});

describe('Slack Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects through apps.connections.open, acks envelopes, and runs a mention to a card and a click', async () => {
    expect(s.adapter.mode).toBe('socket');
    expect(s.fake.callsOf('apps.connections.open')).toHaveLength(1);
    const ts = '1700000000.000100';
    const ack = await s.fake.socket.send(
      'events_api',
      callback(
        { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> scale api in prod to 6', ts, channel: 'C0SOCK', event_ts: ts },
        'EvSOCK1',
      ),
    );
    expect(ack.envelope_id).toBeTruthy();
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0SOCK' && approvalIdOf(c.args.blocks) !== undefined,
    );
    expect(card.args.thread_ts).toBe(ts);
    const approvalId = approvalIdOf(card.args.blocks) as string;

    await s.fake.socket.send('interactive', {
      type: 'block_actions',
      team: { id: TEAM_ID, domain: 'test' },
      user: { id: 'U0CAROL', team_id: TEAM_ID },
      api_app_id: 'A0APP',
      trigger_id: 't-sock-1',
      container: { type: 'message', message_ts: card.response.ts, channel_id: 'C0SOCK' },
      channel: { id: 'C0SOCK' },
      actions: [{ type: 'button', action_id: 'approve', block_id: `approval:${approvalId}`, value: approvalId, action_ts: '1' }],
    });
    await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === card.response.ts && JSON.stringify(c.args.blocks).includes('Executed after approval by carol'),
    );
    expect(
      (s.sandbox.get('apps/v1', 'deployments', 'production', 'api')?.spec as { replicas?: number } | undefined)?.replicas,
    ).toBe(6);
  });
});
