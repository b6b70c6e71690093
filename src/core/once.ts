import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { type Result, ResultSchema } from './result.ts';

const RETENTION_SECONDS = 24 * 3600;
const POLL_MS = 100;

/**
 * Handles each id once across replicas: the first caller claims `${prefix}:once:${key}` (SET NX) and stores its
 * Result there; a repeat (a Slack retry, a double click) waits for and returns that same Result.
 */
export class OnceStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #waitMs: number;

  constructor(redis: Redis, prefix: string, opts: { waitMs?: number } = {}) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#waitMs = opts.waitMs ?? 150_000;
  }

  async once(key: string, run: () => Promise<Result>, whileRunning: () => Result): Promise<Result> {
    const k = `${this.#prefix}:once:${key}`;
    // The claim carries this caller's token: when Redis restarts between running SET NX and answering it, the
    // client sends it again and gets "not set"; reading the token back tells that this caller did claim it.
    const token = `claim:${randomUUID()}`;
    const claimed =
      (await this.#redis.set(k, token, 'EX', RETENTION_SECONDS, 'NX')) === 'OK' || (await this.#redis.get(k)) === token;
    if (claimed) {
      let result: Result;
      try {
        result = await run();
      } catch (err) {
        // Nothing to replay: let a retry try again.
        await this.#redis.del(k);
        throw err;
      }
      await this.#redis.set(k, JSON.stringify(result), 'EX', RETENTION_SECONDS);
      return result;
    }
    for (let waited = 0; waited < this.#waitMs; waited += POLL_MS) {
      const stored = await this.#redis.get(k);
      if (stored?.startsWith('{')) return ResultSchema.parse(JSON.parse(stored));
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return whileRunning();
  }
}
