import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Longer than the latest resend the app's client allows (src/app/redis-options.ts); short enough to cost nothing. */
export const ANSWER_TTL_SECONDS = 120;

/**
 * A Lua script whose answer holds when it is sent twice. ioredis sends a command again when the connection drops
 * before its answer arrives (a Redis restart; with AOF, Redis keeps what it applied just before a SIGKILL): a
 * compare-and-set that had landed would answer "someone changed it", a take "nothing there", an append would land
 * twice. Each run keeps its answer under a key of its own (the last key, added here) for a short while, and a run
 * that finds it there answers that instead of running again.
 *
 * The answer is kept for two minutes, longer than the app's client waits before a pending command fails rather
 * than being sent again (APP_REDIS_OPTIONS). Where it can, a script also recognises its own earlier write (the
 * approval and question stores keep the writer's token; the audit append knows its own new head).
 *
 * The body is an ordinary script over KEYS and ARGV. Its answer must survive cjson: integers of up to 14 digits,
 * strings, `false` and (nested) arrays without holes; never `nil` (return `false` for "none").
 */
export class RedisScript {
  readonly #lua: string;
  readonly #sha: string;

  constructor(body: string) {
    this.#lua = `local kept = redis.call('GET', KEYS[#KEYS])
if kept then return cjson.decode(kept) end
local answer = (function()
${body}
end)()
redis.call('SET', KEYS[#KEYS], cjson.encode(answer), 'EX', ${ANSWER_TTL_SECONDS})
return answer`;
    this.#sha = createHash('sha1').update(this.#lua).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    const all = [...keys, `${keys[0]}:answer:${randomUUID()}`];
    try {
      return await redis.evalsha(this.#sha, all.length, ...all, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.#lua, all.length, ...all, ...args);
    }
  }
}
