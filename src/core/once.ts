import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { type Result, ResultSchema } from './result.ts';

const RETENTION_SECONDS = 24 * 3600;
const POLL_MS = 100;

/**
 * Handles each id once across replicas: the first caller claims `${prefix}:once:${key}` (SET NX) and stores its
 * Result there; a repeat (a Slack retry, a double click) waits for and returns that same Result.
 * Ids may be chosen by clients, so a claim records who made it (`owner`): the answer goes back to that owner
 * only, and anyone else reusing the id gets `taken()` instead, and nothing runs.
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

  async once(
    key: string,
    owner: string,
    run: () => Promise<Result>,
    whileRunning: () => Result,
    taken: () => Promise<Result>,
    /** Whether a result stands for later repeats; when not, the key is let go and the next caller runs. */
    keep: (result: Result) => boolean = () => true,
  ): Promise<Result> {
    const k = `${this.#prefix}:once:${key}`;
    // The claim carries this caller's token: when Redis restarts between running SET NX and answering it, the
    // client sends it again and gets "not set"; reading the token back tells that this caller did claim it.
    const token = `claim:${randomUUID()}:${owner}`;
    const current = (await this.#redis.set(k, token, 'EX', RETENTION_SECONDS, 'NX')) === 'OK' ? token : await this.#redis.get(k);
    if (current === token) {
      let result: Result;
      try {
        result = await run();
      } catch (err) {
        // Nothing to replay: let a retry try again.
        await this.#letGo(k, token);
        throw err;
      }
      if (keep(result)) await this.#store(k, token, JSON.stringify({ owner, result } satisfies Stored));
      else await this.#letGo(k, token);
      return result;
    }
    if (current !== null && ownerOf(current) !== owner) return taken();
    for (let waited = 0; waited < this.#waitMs; waited += POLL_MS) {
      const stored = await this.#redis.get(k);
      // Let go (a failed run, a result not kept): this caller claims it afresh.
      if (stored === null) return this.once(key, owner, run, whileRunning, taken, keep);
      if (stored.startsWith('{')) {
        // The first claim may have failed and been taken again by someone else meanwhile.
        const answer = StoredSchema.parse(JSON.parse(stored));
        return answer.owner === owner ? answer.result : taken();
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return whileRunning();
  }

  /**
   * Stores the answer over this caller's claim, only while it is still its own: a SET sent again after a dropped
   * connection must not bring back an answer that was forgotten and claimed afresh meanwhile.
   */
  async #store(k: string, token: string, answer: string): Promise<void> {
    await this.#redis.eval(
      "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end",
      1,
      k,
      token,
      answer,
      RETENTION_SECONDS,
    );
  }

  /**
   * Lets go of this caller's claim, only while it is still its own: a DEL sent again after a dropped connection
   * (its answer lost) would otherwise remove the claim another caller made meanwhile.
   */
  async #letGo(k: string, token: string): Promise<void> {
    await this.#redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end", 1, k, token);
  }

  /**
   * Lets go of a stored answer that no longer stands (an undo whose approval was turned down), only while it is
   * still the one naming `approvalId`: of two callers letting go, the second must not drop the first's new claim.
   */
  async forget(key: string, approvalId: string): Promise<void> {
    await this.#redis.eval(
      "local v = redis.call('GET', KEYS[1]); if v and string.find(v, ARGV[1], 1, true) then redis.call('DEL', KEYS[1]) end",
      1,
      `${this.#prefix}:once:${key}`,
      `"approvalId":${JSON.stringify(approvalId)}`,
    );
  }
}

const StoredSchema = z.object({ owner: z.string(), result: ResultSchema });
type Stored = z.infer<typeof StoredSchema>;

/** Who claimed a key: from the claim token while it runs, from the stored answer after. */
function ownerOf(value: string): string {
  if (value.startsWith('{')) return StoredSchema.parse(JSON.parse(value)).owner;
  return /^claim:[^:]*:(.*)$/s.exec(value)?.[1] ?? '';
}
