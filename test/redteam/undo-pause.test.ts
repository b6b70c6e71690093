import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Red team, issue 16 item 6. Undo must put back what a write changed. staging/checkout is a canary at step 1 (20%),
 * waiting at its pause step. "pause the checkout rollout in staging" sets spec.paused; its Undo is promote_rollout,
 * which unpauses and also steps past the pause: step 1 → 3, canary 20% → 50%. The undo moved traffic the pause never
 * touched. No tool puts back "unpaused but still waiting at the step", so the pause offers no Undo and says why
 * (issue 16: where no inverse exists, say so); the canary stays at step 1, 20%.
 */
let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

interface RolloutView {
  spec: { paused?: boolean };
  status: { currentStepIndex?: number; canary?: { weights?: { canary?: { weight?: number } } } };
}
const checkout = () => {
  const o = t.sandbox.get('argoproj.io/v1alpha1', 'rollouts', 'staging', 'checkout') as unknown as RolloutView | undefined;
  if (!o) throw new Error('the sandbox has no rollout staging/checkout');
  return { paused: o.spec.paused === true, step: o.status.currentStepIndex, weight: o.status.canary?.weights?.canary?.weight };
};

it('a pause of a canary waiting at its pause step offers no undo that would move it, and says so', async () => {
  const before = checkout();
  expect(before).toEqual({ paused: false, step: 1, weight: 20 });
  const paused = await t.runtime.core.handle({
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'pause the checkout rollout in staging',
  });
  expect(paused.outcome, paused.reason).toBe('executed');
  expect(paused.undoId).toBeUndefined();
  expect(paused.undo).toContain('already waiting at a pause step');
  expect(checkout()).toEqual({ ...before, paused: true });
});
