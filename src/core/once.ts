import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { type Result, ResultSchema } from './result.ts';

const RETENTION_SECONDS = 24 * 3600;
const POLL_MS = 100;
/**
 * How long a claim is someone's to finish. A caller of the same owner still waiting past it (a retry after Redis
 * dropped while the first call ran: its claim landed, its answer and its let-go did not) takes the claim over.
 */
const CLAIM_LEASE_SECONDS = 120;
/**
 * A run renews its claim this often while it runs, so a claim past its lease that stays unrenewed for two beats is
 * one whose caller is gone (not a slow dry run, which keeps renewing it).
 */
const HEARTBEAT_MS = 5_000;

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
    if (current === token) return this.#runClaimed(k, token, owner, run, keep);
    if (current !== null && ownerOf(current) !== owner) return taken();
    // When this caller first saw the claim past its lease, and the age it had then.
    let stale: { since: number; age: number } | undefined;
    for (let waited = 0; waited < this.#waitMs; waited += POLL_MS) {
      const stored = await this.#redis.get(k);
      // Let go (a failed run, a result not kept): this caller claims it afresh.
      if (stored === null) return this.once(key, owner, run, whileRunning, taken, keep);
      if (stored.startsWith('{')) {
        // The first claim may have failed and been taken again by someone else meanwhile.
        const answer = StoredSchema.parse(JSON.parse(stored));
        return answer.owner === owner ? answer.result : taken();
      }
      // A claim of this owner past its lease and not renewed for two beats was left by a call whose connection
      // dropped: take it over, once. A live run renews it (its age falls back) and is waited for.
      const age = ownerOf(stored) === owner ? RETENTION_SECONDS - (await this.#redis.ttl(k)) : 0;
      if (age <= CLAIM_LEASE_SECONDS || (stale && age < stale.age)) stale = undefined;
      else stale ??= { since: Date.now(), age };
      if (stale && Date.now() - stale.since >= 2 * HEARTBEAT_MS) {
        const took = await this.#redis.eval(
          "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) return 1 end return 0",
          1,
          k,
          stored,
          token,
          RETENTION_SECONDS,
        );
        if (took === 1) return this.#runClaimed(k, token, owner, run, keep);
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    return whileRunning();
  }

  /** Runs under this caller's claim and stores the answer (or lets go when it does not stand). */
  async #runClaimed(
    k: string,
    token: string,
    owner: string,
    run: () => Promise<Result>,
    keep: (result: Result) => boolean,
  ): Promise<Result> {
    let result: Result;
    const beat = setInterval(() => {
      this.#redis
        .eval(
          "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('EXPIRE', KEYS[1], ARGV[2]) end",
          1,
          k,
          token,
          RETENTION_SECONDS,
        )
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    beat.unref();
    try {
      result = await run();
    } catch (err) {
      // Nothing to replay: let a retry try again.
      await this.#letGo(k, token);
      throw err;
    } finally {
      clearInterval(beat);
    }
    if (keep(result)) await this.#store(k, token, JSON.stringify({ owner, result } satisfies Stored));
    else await this.#letGo(k, token);
    return result;
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
