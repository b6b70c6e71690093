import { describe, expect, it } from 'vitest';
import { forLater } from '../../src/planner/offline/schedule.ts';

describe('forLater: a write asked for later or on a condition', () => {
  it.each([
    'restart api in prod at 17:00.',
    'scale worker in prod to 0 at 22:30',
    'tomorrow morning, scale web in staging to 3',
    'restart api, tonight please',
    'pausing the checkout rollout in production next time',
    'scale worker in prod to 0, once the queue drains',
  ])('"%s" waits to be asked then', (text) => {
    expect(forLater(text, text)).toBe(true);
  });

  it.each([
    'scale worker in staging to zero, not needed over the weekend',
    'pls scale down staging api to zero, nobody uses it this weekend',
    "web in stg: 4 replicas plz, marketing demo at 3pm and they'll hammer it",
    'the experiment in staging is still going even though game day ended at 16:00, stop it',
    'for the batch import tonight, triple the worker in staging',
    'we need a scratch service for the load test tomorrow at 10: create loadgen in staging',
  ])('"%s" tells a time in a reason: act now', (text) => {
    expect(forLater(text, text)).toBe(false);
  });

  it('a condition leading the message waits, whatever the request clause says', () => {
    expect(forLater('abort checkout', 'if the canary errors out again, abort checkout')).toBe(true);
    expect(forLater('abort checkout', 'if you can, abort checkout')).toBe(false);
  });
});

describe('a time that recurs opens a schedule, however long its clause', () => {
  it('"every evening at 18:00 while the storm lasts, …" waits', () => {
    const text = 'every evening at 18:00 while the storm lasts, restart web in staging';
    expect(forLater(text, text)).toBe(true);
  });
});
