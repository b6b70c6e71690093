import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { type AdapterReply, CONFORMANCE_SCENARIOS, type ConformanceDriver } from '../../src/adapters/conformance.ts';
import { APPROVAL_EVENT } from '../../src/adapters/slack/render/message.ts';
import type { Outcome } from '../../src/core/result.ts';
import type { SlackCall } from '../helpers/fake-slack.ts';
import { replicasOf } from '../helpers/runtime.ts';
import { type SlackStack, startSlackStack } from './slack-fixture.ts';

let s: SlackStack;
beforeAll(async () => {
  s = await startSlackStack(inject('redisUrl'));
});
afterAll(() => s?.close());

const SLACK_IDS: Record<string, string> = { alice: 'U0ALICE', bob: 'U0BOB', carol: 'U0CAROL', dave: 'U0DAVE' };
const slackId = (person: string) => SLACK_IDS[person] ?? `U0${person.toUpperCase()}`;

/** What a card's status means as the outcome of the click that produced it. */
const CARD_OUTCOME: Record<string, Outcome> = { executed: 'executed', failed: 'failed', rejected: 'denied', pending: 'approved' };

type Meta = { event_type: string; event_payload: Record<string, string | number> };
const meta = (c: SlackCall) => c.args.metadata as Meta;

/** A result message as the driver reads it: the outcome and its ids from the message metadata. */
function replyOf(c: SlackCall): AdapterReply {
  const p = meta(c).event_payload;
  const str = (k: string) => (p[k] === undefined ? undefined : String(p[k]));
  if (meta(c).event_type === APPROVAL_EVENT) return { outcome: 'pending', approvalId: str('approvalId') };
  return {
    outcome: p.outcome as Outcome,
    reason: str('reason'),
    confirmationId: str('confirmationId'),
    clarifyId: str('clarifyId'),
    undoId: str('undoId'),
  };
}

/** The Slack transport: signed mentions and button clicks; the reply read from the posted message's metadata. */
const cards = new Map<string, { channel: string; ts: string }>();
/** Where each confirmation, question and undo was offered (the message its buttons are on, and its thread). */
const offered = new Map<string, { channel: string; ts: string; thread: string }>();
let seq = 0;

/** The next thing the bot says after call number `from`: a private refusal to `user`, or a message in `channel`. */
async function nextReply(from: number, user: string, channel: string): Promise<AdapterReply> {
  const c = await s.fake.waitForCall((c) => {
    if (s.fake.calls.indexOf(c) < from) return false;
    if (c.method === 'chat.postEphemeral') return c.args.user === user;
    return c.method === 'chat.postMessage' && c.args.channel === channel && c.args.metadata !== undefined;
  });
  if (c.method === 'chat.postEphemeral') return { outcome: 'refused', reason: String(c.args.text) };
  return remember(c, channel);
}

function remember(posted: SlackCall, channel: string): AdapterReply {
  const r = replyOf(posted);
  const at = { channel, ts: String(posted.response.ts), thread: String(posted.args.thread_ts ?? posted.response.ts) };
  if (r.approvalId) cards.set(r.approvalId, at);
  for (const id of [r.confirmationId, r.clarifyId, r.undoId]) if (id) offered.set(id, at);
  return r;
}

async function clickOffered(person: string, action: string, id: string, value = id): Promise<AdapterReply> {
  const at = offered.get(id);
  if (!at) throw new Error(`nothing was offered with ${id}`);
  const from = s.fake.calls.length;
  await s.signer.click(slackId(person), action, value, at);
  return nextReply(from, slackId(person), at.channel);
}

const driver: ConformanceDriver = {
  async ask(person, text): Promise<AdapterReply> {
    const channel = `CCONF${seq++}`;
    const from = s.fake.calls.length;
    await s.signer.mention(slackId(person), text, { channel });
    return nextReply(from, slackId(person), channel);
  },
  async approve(person, approvalId): Promise<AdapterReply> {
    const card = cards.get(approvalId);
    if (!card) throw new Error(`no card was posted for ${approvalId}`);
    const user = slackId(person);
    const from = s.fake.calls.length;
    await s.signer.click(user, 'approve', approvalId, card);
    const c = await s.fake.waitForCall((c) => {
      if (s.fake.calls.indexOf(c) < from) return false;
      if (c.method === 'chat.postEphemeral') return c.args.user === user;
      return c.method === 'chat.update' && c.args.ts === card.ts && String(meta(c).event_payload.status) in CARD_OUTCOME;
    });
    if (c.method === 'chat.postEphemeral') return { outcome: 'refused', reason: String(c.args.text) };
    return { outcome: CARD_OUTCOME[String(meta(c).event_payload.status)] as Outcome };
  },
  confirm: (person, id, decision) => clickOffered(person, decision === 'confirm' ? 'confirm_run' : 'confirm_drop', id),
  /** A reply in the question's thread, mentioning the bot (the bot hears mentions in channels). */
  async answer(person, clarifyId, text): Promise<AdapterReply> {
    const at = offered.get(clarifyId);
    if (!at) throw new Error(`no question was posted for ${clarifyId}`);
    const from = s.fake.calls.length;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(seq++).padStart(6, '0')}`;
    await s.signer.event({
      type: 'app_mention',
      user: slackId(person),
      text: `<@U0BOT> ${text}`,
      ts,
      thread_ts: at.thread,
      channel: at.channel,
      event_ts: ts,
    });
    return nextReply(from, slackId(person), at.channel);
  },
  undo: (person, id) => clickOffered(person, 'undo', id),
  replicas: (ns, name) => replicasOf(s.sandbox, ns, name),
};

describe('Slack adapter conformance (signed requests → Bolt → Core → stand-in Slack)', () => {
  for (const scenario of CONFORMANCE_SCENARIOS) {
    it(`conformance: ${scenario.name}`, () => scenario.run(driver));
  }
});
