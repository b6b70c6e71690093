import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_REDIS_OPTIONS, LATEST_RESEND_MS } from '../../src/app/redis-options.ts';
import { ANSWER_TTL_SECONDS } from '../../src/core/redis-script.ts';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';

// Red team round 3 (fb14c6e): a command ioredis sent again after its kept answer expired ran a second time
// (reminders, thread questions, card versions, an audit batch beside another writer). The app's client now fails a
// pending command after bounded reconnects, so no resend can come later than the answers are kept.
describe("the app's Redis client", () => {
  let redis: PrivateRedis | undefined;
  const clients: Redis[] = [];
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis?.stop();
  });

  it('sends a command again only while RedisScript keeps its answer', () => {
    expect(LATEST_RESEND_MS).toBeLessThan(ANSWER_TTL_SECONDS * 1000);
  });

  it('fails a command pending through a long outage instead of sending it minutes later', async () => {
    redis = await startRedis();
    const client = new Redis(redis.url, APP_REDIS_OPTIONS);
    client.on('error', () => {});
    clients.push(client);
    expect(await client.ping()).toBe('PONG');
    await redis.kill();
    const started = Date.now();
    const outcome = await client.set('k', 'v').then(
      () => 'sent',
      (err: Error) => err.message,
    );
    expect(outcome).toMatch(/max retries per request/i);
    expect(Date.now() - started).toBeLessThan(LATEST_RESEND_MS);
  }, 90_000);
});
