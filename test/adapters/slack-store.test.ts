import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SlackStore } from '../../src/adapters/slack/store.ts';

// Found by a clean-clone run of the Redis-kill burst (test/hardening/load-faults.test.ts): a mention whose SET NX
// Redis applied just before it was killed was sent again by ioredis after the restart, got "not set", and was
// skipped as a duplicate delivery: the person never got an answer.
describe('a Slack delivery claim', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(inject('redisUrl'));
  });
  afterAll(() => redis.quit());

  it('sent twice by the client (a resend after a Redis restart) is still this delivery’s own', async () => {
    const resending = new Proxy(redis, {
      get(target, prop) {
        if (prop !== 'set') return Reflect.get(target, prop);
        return async (...args: Parameters<Redis['set']>) => {
          await (target.set as (...a: unknown[]) => Promise<unknown>)(...args);
          return (target.set as (...a: unknown[]) => Promise<unknown>)(...args);
        };
      },
    });
    const prefix = `t${Date.now()}${Math.random()}`;
    const store = new SlackStore(resending as Redis, prefix);
    expect(await store.claimEvent('Ev1')).toBe(true);
    // A real duplicate delivery (Slack's retry of the same event) is still refused.
    expect(await new SlackStore(redis, prefix).claimEvent('Ev1')).toBe(false);
    expect(await store.claimEvent('Ev1')).toBe(false);
  });
});
