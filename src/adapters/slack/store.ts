import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RedisScript } from '../../core/redis-script.ts';

const CLAIM_VERSION = new RedisScript(`
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) return 1 end
return 0
`);

/** Where a card was posted, so any replica can update it. */
export interface CardRef {
  channel: string;
  ts: string;
}

/**
 * Slack-side state shared by replicas in Redis: which events were already taken (Events API retries and
 * duplicate deliveries run once), where each approval's card is, and the last card version rendered (so an
 * update is posted once across replicas and never replaced by an older one).
 */
export class SlackStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ttlSeconds: number;

  constructor(redis: Redis, prefix: string, ttlSeconds = 7 * 24 * 3600) {
    this.#redis = redis;
    this.#prefix = `${prefix}:slack`;
    this.#ttlSeconds = ttlSeconds;
  }

  /** True for the first delivery of this id; false for a retry or a duplicate. */
  async claimEvent(id: string): Promise<boolean> {
    const key = `${this.#prefix}:event:${id}`;
    // The claim carries a token: when Redis restarts between applying SET NX and answering it, ioredis sends it
    // again and gets "not set"; reading the token back tells that this delivery did claim it.
    const token = randomUUID();
    if ((await this.#redis.set(key, token, 'EX', 3600, 'NX')) === 'OK') return true;
    return (await this.#redis.get(key)) === token;
  }

  async saveCard(approvalId: string, ref: CardRef, version: number): Promise<void> {
    await this.#redis
      .multi()
      .set(`${this.#prefix}:card:${approvalId}`, JSON.stringify(ref), 'EX', this.#ttlSeconds)
      .set(`${this.#prefix}:card-version:${approvalId}`, String(version), 'EX', this.#ttlSeconds)
      .exec();
  }

  async getCard(approvalId: string): Promise<CardRef | undefined> {
    const raw = await this.#redis.get(`${this.#prefix}:card:${approvalId}`);
    return raw ? (JSON.parse(raw) as CardRef) : undefined;
  }

  /** Atomically: true when `version` is newer than the last one rendered, which it then becomes. */
  async claimCardVersion(approvalId: string, version: number): Promise<boolean> {
    const won = await CLAIM_VERSION.run(this.#redis, [`${this.#prefix}:card-version:${approvalId}`], [version, this.#ttlSeconds]);
    return won === 1;
  }
}
