import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * A request id may be chosen by a client (a playground page, an MCP client): the answer stored under it goes back
 * to the same actor only, so nobody reads another person's result by sending their id.
 */
let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

it('refuses another actor reusing a request id, audits it, and runs nothing', async () => {
  const id = `chosen-${Date.now()}`;
  const first = await t.runtime.core.handle({
    id,
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'scale web in staging to 4',
  });
  expect(first.outcome, first.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(4);

  // Same person id through another channel is another actor too.
  for (const actor of [{ personId: 'bob' }, { personId: 'alice', slackUserId: 'U0ALICE' }]) {
    const other = await t.runtime.core.handle({ id, channel: 'terminal', actor, text: 'scale web in staging to 2' });
    expect(other).toEqual({
      requestId: id,
      outcome: 'refused',
      reason: 'That request id is already taken; send it again without an id.',
    });
  }
  const viaWeb = await t.runtime.core.handle({
    id,
    channel: 'web',
    actor: { personId: 'alice' },
    text: 'scale web in staging to 2',
  });
  expect(viaWeb.outcome).toBe('refused');
  expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(4);
  const denied = (await t.runtime.audit.read()).filter((e) => e.requestId === id && e.type === 'denied');
  expect(denied.map((e) => [e.actor, e.detail?.rule])).toEqual([
    ['bob', 'request id taken'],
    ['alice', 'request id taken'],
    ['alice', 'request id taken'],
  ]);

  const again = await t.runtime.core.handle({
    id,
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'scale web in staging to 4',
  });
  expect(again).toEqual(first);
});
