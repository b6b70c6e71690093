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

/** The Slack transport: signed mentions and button clicks; the reply read from the posted message's metadata. */
const cards = new Map<string, { channel: string; ts: string }>();
let seq = 0;
const driver: ConformanceDriver = {
  async ask(person, text): Promise<AdapterReply> {
    const channel = `CCONF${seq++}`;
    await s.signer.mention(slackId(person), text, { channel });
    const posted = await s.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel);
    const m = meta(posted);
    if (m.event_type === APPROVAL_EVENT) {
      const approvalId = String(m.event_payload.approvalId);
      cards.set(approvalId, { channel, ts: String(posted.response.ts) });
      return { outcome: 'pending', approvalId };
    }
    return { outcome: m.event_payload.outcome as Outcome, reason: m.event_payload.reason as string | undefined };
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
  replicas: (ns, name) => replicasOf(s.sandbox, ns, name),
};

describe('Slack adapter conformance (signed requests → Bolt → Core → stand-in Slack)', () => {
  for (const scenario of CONFORMANCE_SCENARIOS) {
    it(`conformance: ${scenario.name}`, () => scenario.run(driver));
  }
});
