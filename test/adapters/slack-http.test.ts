import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SlackCall } from '../helpers/fake-slack.ts';
import { approvalIdOf, type SlackStack, startSlackStack } from './slack-fixture.ts';

let s: SlackStack;

beforeAll(async () => {
  s = await startSlackStack(inject('redisUrl'));
});
afterAll(async () => {
  await s?.close();
});

const blocksText = (c: SlackCall) => JSON.stringify(c.args.blocks ?? '');
const replicas = (ns: string, name: string) =>
  (s.sandbox.get('apps/v1', 'deployments', ns, name)?.spec as { replicas?: number } | undefined)?.replicas;

/** A signed mention of the bot; the reply is found on the stand-in by channel. */
async function ask(user: string, text: string, channel = 'C0OPS') {
  const { res, eventId } = await s.signer.mention(user, text, { channel });
  expect(res.status).toBe(200);
  return { eventId };
}

describe('Slack HTTP receiver: signatures', () => {
  it('answers the url_verification challenge', async () => {
    const res = await s.signer.urlVerification('c-123');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('c-123');
  });

  it('refuses a forged signature and an old (replayed) timestamp with 401, and does nothing', async () => {
    const before = s.fake.calls.length;
    const forged = await s.signer.mention('U0ALICE', 'scale web in staging to 5', { secret: 'not-the-secret' });
    expect(forged.res.status).toBe(401);
    const old = await s.signer.mention('U0ALICE', 'scale web in staging to 5', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(old.res.status).toBe(401);
    const unsignedClick = await s.signer.click('U0BOB', 'approve', 'ap_x', { channel: 'C0OPS', ts: '1.1' }, { secret: 'nope' });
    expect(unsignedClick.status).toBe(401);
    // A later valid request is answered; the refused ones left no trace on Slack or on the cluster.
    await ask('U0ALICE', 'list workloads in staging', 'C0SIG');
    await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0SIG');
    expect(s.fake.calls.slice(before).filter((c) => c.method.startsWith('chat.') && c.args.channel !== 'C0SIG')).toEqual([]);
    expect(replicas('staging', 'web')).toBe(2);
  });
});

describe('Slack flow on the Core', () => {
  it('mention → card with the diff → refused self-approval → approval by another person → executed → card updated', async () => {
    await ask('U0ALICE', 'scale web in prod to 8', 'C0FLOW');
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0FLOW' && approvalIdOf(c.args.blocks) !== undefined,
    );
    expect(card.args.thread_ts).toBeTruthy();
    expect(blocksText(card)).toContain('spec.replicas: 6 → 8');
    expect(blocksText(card)).toContain('scale {\\"namespace\\":\\"production\\",\\"name\\":\\"web\\",\\"replicas\\":8');
    const approvalId = approvalIdOf(card.args.blocks) as string;
    const cardTs = String(card.response.ts);

    // Alice may not approve her own request: she is told privately and nothing changes.
    expect((await s.signer.click('U0ALICE', 'approve', approvalId, { channel: 'C0FLOW', ts: cardTs })).status).toBe(200);
    const ephemeral = await s.fake.waitFor('chat.postEphemeral', (c) => c.args.user === 'U0ALICE' && c.args.channel === 'C0FLOW');
    expect(String(ephemeral.args.text)).toContain('Nothing was changed');
    expect(replicas('production', 'web')).toBe(6);
    expect((await s.runtime.core.getApproval(approvalId))?.status).toBe('pending');

    // Bob approves: the action runs and the card says so.
    expect((await s.signer.click('U0BOB', 'approve', approvalId, { channel: 'C0FLOW', ts: cardTs })).status).toBe(200);
    const updated = await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === cardTs && blocksText(c).includes('Executed after approval by bob'),
    );
    expect(updated.args.channel).toBe('C0FLOW');
    expect(replicas('production', 'web')).toBe(8);
    expect(approvalIdOf(updated.args.blocks)).toBeUndefined();
  });

  it('a rejection by an approver updates the card; a cancel by someone else is refused privately', async () => {
    await ask('U0ALICE', 'restart api in production', 'C0REJ');
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0REJ' && approvalIdOf(c.args.blocks) !== undefined,
    );
    const approvalId = approvalIdOf(card.args.blocks) as string;
    const ref = { channel: 'C0REJ', ts: String(card.response.ts) };

    await s.signer.click('U0BOB', 'cancel', approvalId, ref);
    await s.fake.waitFor('chat.postEphemeral', (c) => c.args.user === 'U0BOB' && c.args.channel === 'C0REJ');
    expect((await s.runtime.core.getApproval(approvalId))?.status).toBe('pending');

    await s.signer.click('U0CAROL', 'reject', approvalId, ref);
    const updated = await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === ref.ts && blocksText(c).includes('Rejected by carol'),
    );
    expect(approvalIdOf(updated.args.blocks)).toBeUndefined();
    expect((await s.runtime.core.getApproval(approvalId))?.status).toBe('rejected');
    // The rejection is a decision, not a refusal: carol is not told privately that nothing changed.
    expect(s.fake.callsOf('chat.postEphemeral').filter((c) => c.args.user === 'U0CAROL')).toEqual([]);
  });

  it('the requester can cancel their own request, and the card says so', async () => {
    await ask('U0ALICE', 'restart worker in production', 'C0CANCEL');
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0CANCEL' && approvalIdOf(c.args.blocks) !== undefined,
    );
    const approvalId = approvalIdOf(card.args.blocks) as string;
    await s.signer.click('U0ALICE', 'cancel', approvalId, { channel: 'C0CANCEL', ts: String(card.response.ts) });
    await s.fake.waitFor('chat.update', (c) => c.args.ts === card.response.ts && blocksText(c).includes('Cancelled by alice'));
    expect((await s.runtime.core.getApproval(approvalId))?.status).toBe('cancelled');
  });

  it('a cost question is answered with a table and an uploaded PNG chart in the thread', async () => {
    await ask('U0ALICE', 'show costs by namespace for the last 7 days', 'C0COST');
    const complete = await s.fake.waitFor('files.completeUploadExternal', (c) => c.args.channel_id === 'C0COST');
    expect(complete.args.thread_ts).toBeTruthy();
    const fileId = (complete.args.files as { id: string }[])[0]?.id as string;
    const png = s.fake.uploads.get(fileId);
    expect(png?.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const table = s.fake.callsOf('chat.postMessage').find((c) => c.args.channel === 'C0COST');
    expect(blocksText(table as SlackCall)).toMatch(/TOTAL/);
  });

  it('handles an Events API retry of the same event once', async () => {
    const first = await s.signer.mention('U0ALICE', 'list workloads in staging', { channel: 'C0RETRY' });
    await s.signer.mention('U0ALICE', 'list workloads in staging', { channel: 'C0RETRY', eventId: first.eventId, retryNum: 1 });
    await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0RETRY');
    // A later marker in the same channel is answered after both deliveries were taken or dropped.
    await ask('U0ALICE', 'list pods for api in staging', 'C0RETRY');
    await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0RETRY' && blocksText(c).includes('RESTARTS'));
    expect(s.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0RETRY')).toHaveLength(2);
  });

  it('answers the slash command in a thread under the echoed question', async () => {
    const res = await s.signer.command('U0ALICE', 'list workloads in staging', { channel: 'C0CMD' });
    expect(res.status).toBe(200);
    const root = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0CMD' && !c.args.thread_ts);
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0CMD' && Boolean(c.args.thread_ts));
    expect(String(root.args.text)).toContain('list workloads in staging');
    expect(blocksText(reply)).toMatch(/checkout/);
  });

  it("answers a direct message in its thread; a Slack user with a pinned person's email is not that person", async () => {
    const ts = `${Math.floor(Date.now() / 1000)}.000777`;
    const { res } = await s.signer.event({
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0NEWBOB',
      text: 'list workloads in production',
      ts,
    });
    expect(res.status).toBe(200);
    const reply = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0DM');
    expect(reply.args.thread_ts).toBe(ts);
    // bob's Slack id is pinned (U0BOB): another user whose profile says bob@example.com is nobody the policy knows.
    expect(JSON.stringify(reply.args)).toMatch(/does not know slack:U0NEWBOB/);
    expect(JSON.stringify(reply.args)).not.toMatch(/payments/);
    expect(s.fake.callsOf('users.info').some((c) => c.args.user === 'U0NEWBOB')).toBe(true);
  });

  it('refuses payloads from a foreign workspace', async () => {
    await s.signer.mention('U0ALICE', 'list workloads in staging', { channel: 'C0FOREIGN', teamId: 'T0EVIL' });
    await ask('U0ALICE', 'list workloads in staging', 'C0FOREIGN2');
    await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0FOREIGN2');
    expect(s.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C0FOREIGN')).toEqual([]);
  });
});
