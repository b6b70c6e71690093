import type { Redis } from 'ioredis';
import type { ReplyTo } from './input.ts';

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
    return key ? ((await this.#redis.getdel(key)) ?? undefined) : undefined;
  }
}
