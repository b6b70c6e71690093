import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { outsideScale } from '../helpers/outside-scale.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, issue 16 items 3 and 7. An unsure relative request ("add 2 replicas to wroker") is put to its requester
 * as "scale staging/worker from 1 to 3". Before they click Run it, someone scales worker to 10 from outside. The
 * confirmation stores the absolute 3 computed from the old count, and confirming runs it: 10 → 3, seven replicas
 * removed by a request to add two. A relative size must come from the live object when it runs (or the person be
 * asked again), never from a count read half an hour earlier.
 */
let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

it('a confirmed "add 2" never lowers the live count', async () => {
  const asked = await t.runtime.core.handle({
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'add 2 replicas to wroker in staging',
  });
  expect(asked.outcome, asked.reason).toBe('confirm');
  expect(asked.args).toEqual({ namespace: 'staging', name: 'worker', replicas: 3 });
  await outsideScale(t.sandbox, 'staging', 'worker', 10);
  const done = await t.runtime.core.confirm({
    confirmationId: asked.confirmationId as string,
    decision: 'confirm',
    channel: 'terminal',
    actor: { personId: 'alice' },
  });
  expect(replicasOf(t.sandbox, 'staging', 'worker'), `${done.outcome}: ${done.reason}`).toBe(10);
  // The words are read again against the live count and put to the requester once more: 10 → 12.
  expect(done.outcome, done.reason).toBe('confirm');
  expect(done.args).toEqual({ namespace: 'staging', name: 'worker', replicas: 12 });
  expect(done.reason).toContain('changed from 1 to 10');
  const again = await t.runtime.core.confirm({
    confirmationId: done.confirmationId as string,
    decision: 'confirm',
    channel: 'terminal',
    actor: { personId: 'alice' },
  });
  expect(again.outcome, again.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(12);
});
