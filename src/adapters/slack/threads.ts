import type { Redis } from 'ioredis';
import { RedisScript } from '../../core/redis-script.ts';
import type { ReplyTo } from './input.ts';

/** GETDEL whose answer holds when sent twice (a GETDEL resent after a Redis restart would answer nothing). */
const TAKE = new RedisScript(`
local id = redis.call('GET', KEYS[1])
if id then redis.call('DEL', KEYS[1]) end
return id
`);

/** As long as the Core keeps a question open (QUESTION_TTL_SECONDS). */
const TTL_SECONDS = 1800;

/**
 * The open question of a thread: the bot asked someone a clarify there, so that person's next message in the
 * thread (a mention, or a DM reply) answers it. Taken once; a new question in the thread replaces it.
 */
export class ThreadQuestions {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = `${prefix}:slack:thread-question`;
  }

  #key(to: ReplyTo, userId: string): string | undefined {
    return to.thread_ts ? `${this.#prefix}:${to.channel}:${to.thread_ts}:${userId}` : undefined;
  }

  async remember(to: ReplyTo, userId: string, clarifyId: string): Promise<void> {
    const key = this.#key(to, userId);
    if (key) await this.#redis.set(key, clarifyId, 'EX', TTL_SECONDS);
  }

  /** The question this person's message in the thread answers, if any (and forgets it). */
  async take(to: ReplyTo, userId: string): Promise<string | undefined> {
    const key = this.#key(to, userId);
    return key ? (((await TAKE.run(this.#redis, [key], [])) as string | null) ?? undefined) : undefined;
  }
}
