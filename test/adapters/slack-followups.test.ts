import { randomUUID } from 'node:crypto';
import type { KnownBlock } from '@slack/types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RESULT_EVENT } from '../../src/adapters/slack/render/message.ts';
import type { SlackCall } from '../helpers/fake-slack.ts';
import { replicasOf } from '../helpers/runtime.ts';
import { type SlackStack, startSlackStack } from './slack-fixture.ts';

/**
 * The Slack side of issue 16 (items 3, 5, 6): confirmation, candidate and Undo buttons handled by Bolt actions
 * from signed requests, and a reply in the thread answering a question.
 */
let s: SlackStack;
beforeAll(async () => {
  s = await startSlackStack(inject('redisUrl'));
});
afterAll(() => s?.close());

type Payload = { outcome?: string; confirmationId?: string; clarifyId?: string; undoId?: string; approvalId?: string };
const payloadOf = (c: SlackCall) => (c.args.metadata as { event_payload: Payload }).event_payload;
const blocksOf = (c: SlackCall) => c.args.blocks as KnownBlock[];
const buttons = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) =>
    b.type === 'actions' ? (b.elements as { action_id: string; value: string; text: { text: string } }[]) : [],
  );

let seq = 0;
/** A mention in a fresh channel, and the bot's first message there with metadata. */
async function mention(user: string, text: string): Promise<SlackCall> {
  const channel = `CFUP${seq++}`;
  await s.signer.mention(user, text, { channel });
  return s.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel && c.args.metadata !== undefined);
}

/** A button click as Slack sends it, with the clicked message's blocks (so the bot can take its buttons away). */
async function click(user: string, on: SlackCall, actionId: string, value: string): Promise<number> {
  const from = s.fake.calls.length;
  const ts = String(on.response.ts);
  const payload = {
    type: 'block_actions',
    team: { id: s.signer.teamId, domain: 'test' },
    user: { id: user, team_id: s.signer.teamId, name: user.toLowerCase() },
    api_app_id: 'A0APP',
    token: 'legacy',
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    container: { type: 'message', message_ts: ts, channel_id: on.args.channel, is_ephemeral: false },
    channel: { id: on.args.channel, name: 'ops' },
    message: { ts, type: 'message', text: on.args.text, blocks: on.args.blocks, thread_ts: on.args.thread_ts },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: String(Date.now() / 1000) }],
  };
  const res = await s.signer.send(
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
  );
  expect(res.status).toBe(200);
  return from;
}

/** The bot's next result message in a channel after call number `from`. */
const nextResult = (from: number, channel: unknown) =>
  s.fake.waitForCall(
    (c) =>
      s.fake.calls.indexOf(c) >= from &&
      c.method === 'chat.postMessage' &&
      c.args.channel === channel &&
      (c.args.metadata as { event_type?: string } | undefined)?.event_type === RESULT_EVENT,
  );

describe('Slack follow-ups', () => {
  it('a confirmation shows the reading, the exact call and Run it / Not that; Run it runs it once, in the thread', async () => {
    const asked = await mention('U0ALICE', 'scale wroker in staging to 4');
    expect(payloadOf(asked).outcome).toBe('confirm');
    expect(asked.args.text).toMatch(/I read this as: scale staging\/worker from 1 to 4 replicas/);
    expect(JSON.stringify(blocksOf(asked))).toContain(
      'scale {\\"namespace\\":\\"staging\\",\\"name\\":\\"worker\\",\\"replicas\\":4}',
    );
    const [run, drop] = buttons(blocksOf(asked));
    expect([run?.text.text, drop?.text.text]).toEqual(['Run it', 'Not that']);
    expect(run?.value).toBe(payloadOf(asked).confirmationId);

    const bobFrom = await click('U0BOB', asked, 'confirm_run', run?.value as string);
    const told = await s.fake.waitFor('chat.postEphemeral', (c) => s.fake.calls.indexOf(c) >= bobFrom && c.args.user === 'U0BOB');
    expect(told.args.text).toMatch(/Only alice, who asked/);
    expect(replicasOf(s.sandbox, 'staging', 'worker')).toBe(1);

    const from = await click('U0ALICE', asked, 'confirm_run', run?.value as string);
    const done = await nextResult(from, asked.args.channel);
    expect(payloadOf(done).outcome).toBe('executed');
    expect(done.args.thread_ts).toBe(asked.args.thread_ts);
    expect(replicasOf(s.sandbox, 'staging', 'worker')).toBe(4);
    const spent = s.fake.calls.find(
      (c) => s.fake.calls.indexOf(c) >= from && c.method === 'chat.update' && c.args.ts === asked.response.ts,
    );
    expect(buttons(blocksOf(spent as SlackCall))).toEqual([]);
    expect(JSON.stringify(spent?.args.blocks)).toContain('Confirmed by <@U0ALICE>');
  });

  it("a question's candidates are buttons; the asker's click answers it", async () => {
    const asked = await mention('U0ALICE', 'scale web to 3');
    expect(payloadOf(asked).outcome).toBe('clarify');
    const staging = buttons(blocksOf(asked)).find((b) => b.text.text === 'staging/web');
    expect(staging?.action_id).toMatch(/^clarify_pick:\d$/);
    const from = await click('U0ALICE', asked, staging?.action_id as string, staging?.value as string);
    const done = await nextResult(from, asked.args.channel);
    expect(payloadOf(done).outcome).toBe('executed');
    expect(replicasOf(s.sandbox, 'staging', 'web')).toBe(3);
  });

  it('a candidate click whose value coxswain did not make is refused privately', async () => {
    const asked = await mention('U0ALICE', 'scale web to 3');
    const from = await click('U0ALICE', asked, 'clarify_pick:0', '{"q": 1}');
    const told = await s.fake.waitFor('chat.postEphemeral', (c) => s.fake.calls.indexOf(c) >= from && c.args.user === 'U0ALICE');
    expect(told.args.text).toMatch(/not one coxswain made/);
  });

  it('an executed write offers Undo; the click runs the inverse as a request of whoever clicked', async () => {
    const asked = await mention('U0ALICE', 'scale api in staging to 3');
    expect(payloadOf(asked).outcome).toBe('executed');
    const [undo] = buttons(blocksOf(asked));
    expect([undo?.text.text, undo?.value]).toEqual(['Undo', payloadOf(asked).undoId]);
    expect(JSON.stringify(blocksOf(asked))).toContain('Undo: scale staging/api to 2 replicas.');
    const from = await click('U0ALICE', asked, 'undo', undo?.value as string);
    const done = await nextResult(from, asked.args.channel);
    expect(payloadOf(done).outcome).toBe('executed');
    expect(replicasOf(s.sandbox, 'staging', 'api')).toBe(2);
  });

  it('an approval card that ran shows Undo, named by the approval id', async () => {
    const card = await mention('U0ALICE', 'scale worker in production to 4');
    const approvalId = String((card.args.metadata as { event_payload: { approvalId: string } }).event_payload.approvalId);
    await s.signer.click('U0BOB', 'approve', approvalId, { channel: String(card.args.channel), ts: String(card.response.ts) });
    const ran = await s.fake.waitFor(
      'chat.update',
      (c) =>
        c.args.ts === card.response.ts &&
        (c.args.metadata as { event_payload: { status: string } }).event_payload.status === 'executed',
    );
    expect(buttons(blocksOf(ran)).map((b) => [b.action_id, b.value])).toEqual([['undo', approvalId]]);
    expect(JSON.stringify(blocksOf(ran))).toContain('Undo: scale production/worker to 3 replicas.');
  });

  it('a reply in the thread of a direct message answers the question asked there', async () => {
    const ts = `${Math.floor(Date.now() / 1000)}.000101`;
    const dm = { type: 'message', channel_type: 'im', channel: 'D0ALICE', user: 'U0ALICE' };
    await s.signer.event({ ...dm, text: 'restart web', ts, event_ts: ts });
    const asked = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0ALICE' && c.args.metadata !== undefined);
    expect(payloadOf(asked).outcome).toBe('clarify');
    const from = s.fake.calls.length;
    const reply = `${Math.floor(Date.now() / 1000)}.000102`;
    await s.signer.event({ ...dm, text: 'staging', ts: reply, thread_ts: ts, event_ts: reply });
    const done = await nextResult(from, 'D0ALICE');
    expect(payloadOf(done).outcome).toBe('executed');
    expect(done.args.thread_ts).toBe(ts);
  });
});

describe('a mention of someone else, with the bot only cc-d', () => {
  it('asks back instead of acting: the request was put to a colleague', async () => {
    const channel = `CFUP${seq++}`;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`;
    const before = replicasOf(s.sandbox, 'staging', 'worker');
    await s.signer.event({
      type: 'app_mention',
      user: 'U0ALICE',
      text: '<@U0BOB> can you scale worker in staging to 4 please <@U0BOT>',
      ts,
      channel,
      event_ts: ts,
    });
    const answer = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel && c.args.metadata !== undefined);
    expect(payloadOf(answer).outcome).toBe('clarify');
    expect(String(answer.args.text)).toMatch(/colleague/);
    expect(replicasOf(s.sandbox, 'staging', 'worker')).toBe(before);
  });
});
