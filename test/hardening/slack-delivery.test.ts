import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEntry } from '../../src/audit/event.ts';
import { approvalIdOf, type SlackStack, startSlackStack } from '../adapters/slack-fixture.ts';
import type { SlackCall } from '../helpers/fake-slack.ts';
import { effectiveWrites } from '../helpers/runtime.ts';
import { figure } from './figures.ts';

/**
 * Slack delivers at least once: an Events API retry (same event_id, X-Slack-Retry-Num) or an interaction that
 * arrives twice must record one request and one decision, and run the action once. A payload from another
 * workspace is refused before anything is recorded. Everything goes through signed HTTP and Bolt.
 */

let s: SlackStack;
beforeAll(async () => {
  s = await startSlackStack(inject('redisUrl'));
});
afterAll(() => s?.close());

const audit = async (pred: (e: AuditEntry) => boolean) => (await s.runtime.audit.read()).filter(pred);
const inChannel = (channel: string) => (c: SlackCall) => c.args.channel === channel;
const hasButtons = (c: SlackCall) => approvalIdOf(c.args.blocks) !== undefined;

/** Waits until a later request in the same channel was answered: every delivery before it was taken or dropped. */
async function settle(channel: string) {
  const marker = `list pods for api in staging`;
  await s.signer.mention('U0CAROL', marker, { channel });
  await s.fake.waitFor(
    'chat.postMessage',
    (c) => inChannel(channel)(c) && JSON.stringify(c.args.blocks ?? '').includes('RESTARTS'),
  );
}

describe('at-least-once delivery, exactly-once effect', () => {
  it('an Events API retry of a write (sequential and concurrent) records one request and runs once', async () => {
    const channel = 'C0HRETRY';
    s.sandbox.clearRequests();
    const first = await s.signer.mention('U0ALICE', 'scale worker in staging to 4', { channel });
    // Slack retries when the ack was slow: the same event, once right away and once concurrently.
    const retries = await Promise.all([
      s.signer.mention('U0ALICE', 'scale worker in staging to 4', { channel, eventId: first.eventId, retryNum: 1 }),
      s.signer.mention('U0ALICE', 'scale worker in staging to 4', { channel, eventId: first.eventId, retryNum: 2 }),
    ]);
    expect([first.res.status, ...retries.map((r) => r.res.status)]).toEqual([200, 200, 200]);
    await expect
      .poll(async () => (await audit((e) => e.requestId === first.eventId)).map((e) => e.type), { timeout: 15_000 })
      .toContain('executed');
    await settle(channel);
    const requested = await audit((e) => e.type === 'requested' && e.requestId === first.eventId);
    const executed = await audit((e) => e.type === 'executed' && e.requestId === first.eventId);
    expect(requested).toHaveLength(1);
    expect(executed).toHaveLength(1);
    expect(effectiveWrites(s.sandbox, 'deployments/scale')).toHaveLength(1);
    figure(
      'slack events retry',
      `1 event delivered 3× (retry 1 and 2, concurrent): ${requested.length} request recorded, ${executed.length} execution, ${effectiveWrites(s.sandbox, 'deployments/scale').length} cluster write`,
    );
  });

  it('the same approval interaction sent twice, and a double click, record one decision and one execution', async () => {
    const channel = 'C0HCLICK';
    await s.signer.mention('U0ALICE', 'scale api in prod to 5', { channel });
    const card = await s.fake.waitFor('chat.postMessage', (c) => inChannel(channel)(c) && hasButtons(c));
    const approvalId = approvalIdOf(card.args.blocks) as string;
    const ref = { channel, ts: String(card.response.ts) };
    s.sandbox.clearRequests();

    // Capture the signed body of one click so the very same interaction can be delivered again.
    const send = s.signer.send.bind(s.signer);
    let captured: { body: string; contentType: string } | undefined;
    s.signer.send = async (body, contentType, opts) => {
      captured = { body, contentType };
      return send(body, contentType, opts);
    };
    const click = s.signer.click('U0BOB', 'approve', approvalId, ref);
    s.signer.send = send;
    const replayed = send((captured as { body: string }).body, (captured as { contentType: string }).contentType);
    // And a second, separate click by the same person and one by another approver, all at once.
    const others = [s.signer.click('U0BOB', 'approve', approvalId, ref), s.signer.click('U0CAROL', 'approve', approvalId, ref)];
    expect((await Promise.all([click, replayed, ...others])).map((r) => r.status)).toEqual([200, 200, 200, 200]);

    await s.fake.waitFor(
      'chat.update',
      (c) => c.args.ts === ref.ts && JSON.stringify(c.args.blocks ?? '').match(/Approved|Executed|executed/) !== null,
    );
    await expect
      .poll(
        async () => {
          return (await s.runtime.core.getApproval(approvalId))?.status;
        },
        { timeout: 40_000 },
      )
      .toBe('executed');
    await settle(channel);
    const approved = await audit((e) => e.type === 'approved' && e.approvalId === approvalId);
    const executed = await audit((e) => e.type === 'executed' && e.approvalId === approvalId);
    expect(approved).toHaveLength(1);
    expect(executed).toHaveLength(1);
    expect(effectiveWrites(s.sandbox, 'deployments/scale')).toHaveLength(1);
    figure(
      'slack interaction retry',
      `1 approval clicked 4× (a replayed identical interaction, a double click, a second approver): ${approved.length} decision recorded, ${executed.length} execution, ${effectiveWrites(s.sandbox, 'deployments/scale').length} cluster write`,
    );
  }, 60_000);
});

describe('another workspace', () => {
  it('is refused: nothing recorded, nothing posted, nothing changed, no decision counted', async () => {
    const channel = 'C0HFOREIGN';
    s.sandbox.clearRequests();
    const before = (await s.runtime.audit.read()).length;
    const { res, eventId } = await s.signer.mention('U0BOB', 'scale web in staging to 0', { channel, teamId: 'T0EVIL' });
    expect(res.status).toBe(200);
    // A real card, then a click on it from the foreign workspace by someone with an approver's user id.
    await s.signer.mention('U0ALICE', 'restart api in prod', { channel: 'C0HFOREIGN2' });
    const card = await s.fake.waitFor('chat.postMessage', (c) => inChannel('C0HFOREIGN2')(c) && hasButtons(c));
    const approvalId = approvalIdOf(card.args.blocks) as string;
    const click = await s.signer.click(
      'U0BOB',
      'approve',
      approvalId,
      { channel: 'C0HFOREIGN2', ts: String(card.response.ts) },
      { teamId: 'T0EVIL' },
    );
    expect(click.status).toBe(200);
    await settle(channel);
    expect(await audit((e) => e.requestId === eventId)).toEqual([]);
    expect((await s.runtime.core.getApproval(approvalId))?.status).toBe('pending');
    expect(await audit((e) => e.type === 'approved' && e.approvalId === approvalId)).toEqual([]);
    // Nothing answered the foreign mention: the only traffic in its channel is the marker's answer.
    const posted = s.fake.calls.filter(inChannel(channel)).map((c) => JSON.stringify(c.args));
    expect(posted.filter((p) => /scale|staging\/web/i.test(p))).toEqual([]);
    expect(effectiveWrites(s.sandbox)).toEqual([]);
    const entries = (await s.runtime.audit.read()).length - before;
    figure(
      'slack foreign team',
      `a mention and an approve click from team T0EVIL: 0 requests recorded, 0 decisions, 0 writes (${entries} audit entries, all from the same-team requests)`,
    );
  });
});

describe('dry-run gate on Slack', () => {
  it('a failing dry run posts no card with buttons and asks nobody', async () => {
    const channel = 'C0HDRY';
    s.sandbox.clearRequests();
    s.sandbox.faults.failNext({ method: 'PATCH', pathIncludes: '/deployments/web', status: 422, message: 'injected invalid' });
    const { eventId } = await s.signer.mention('U0ALICE', 'scale web in prod to 9', { channel });
    await s.fake.waitFor('chat.postMessage', inChannel(channel));
    await settle(channel);
    expect(s.fake.calls.filter((c) => inChannel(channel)(c) && hasButtons(c))).toEqual([]);
    expect((await audit((e) => e.requestId === eventId)).map((e) => e.type)).not.toContain('pending');
    expect(s.sandbox.requests.filter((r) => r.dryRun && r.status === 422)).toHaveLength(1);
    expect(effectiveWrites(s.sandbox)).toEqual([]);
  });
});
