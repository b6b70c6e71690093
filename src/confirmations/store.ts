import { randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CoxswainError } from '../core/errors.ts';
import { RedisScript } from '../core/redis-script.ts';
import {
  answerQuestion,
  type OpenQuestion,
  type OpenQuestionKind,
  OpenQuestionSchema,
  type QuestionAction,
  type QuestionTransition,
} from './state.ts';

/**
 * Swaps the state only if its version is still the one read: two clicks never both take a question. The writer's
 * token is kept with it, so a swap sent again after a dropped connection, however late, finds its own write.
 */
const CAS = new RedisScript(`
local v = redis.call('HGET', KEYS[1], 'version')
if not v then return -1 end
if tonumber(v) == tonumber(ARGV[3]) and redis.call('HGET', KEYS[1], 'writer') == ARGV[4] then return 1 end
if tonumber(v) ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'json', ARGV[2], 'version', ARGV[3], 'writer', ARGV[4])
return 1
`);

/** How long an answered or expired question stays readable after its expiry. */
const RETENTION_SECONDS = 24 * 3600;
const MAX_CAS_RETRIES = 50;
const PREFIX: Record<OpenQuestionKind, string> = { confirm: 'cnf', clarify: 'clr' };

export type NewQuestion = Omit<OpenQuestion, 'schemaVersion' | 'id' | 'version' | 'status' | 'createdAt' | 'expiresAt'> & {
  ttlSeconds: number;
};

/** Open questions in Redis: a hash `{json, version}` under `${prefix}:question:${id}`. */
export class QuestionStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #now: () => number;

  constructor(redis: Redis, prefix: string, now: () => number = Date.now) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#now = now;
  }

  #key(id: string): string {
    return `${this.#prefix}:question:${id}`;
  }

  async create(input: NewQuestion): Promise<OpenQuestion> {
    const { ttlSeconds, ...rest } = input;
    const now = this.#now();
    // Short enough to type (`coxswain confirm cnf_…`); 60 bits of randomness.
    const id = `${PREFIX[input.kind]}_${randomBytes(8).toString('base64url').slice(0, 10).toLowerCase().replace(/[-_]/g, 'x')}`;
    const state = OpenQuestionSchema.parse({
      ...rest,
      schemaVersion: 1,
      id,
      version: 1,
      status: 'open',
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    });
    await this.#redis
      .multi()
      .hset(this.#key(id), 'json', JSON.stringify(state), 'version', String(state.version))
      .expire(this.#key(id), ttlSeconds + RETENTION_SECONDS)
      .exec();
    return state;
  }

  async get(id: string): Promise<OpenQuestion | undefined> {
    const json = await this.#redis.hget(this.#key(id), 'json');
    return json ? OpenQuestionSchema.parse(JSON.parse(json)) : undefined;
  }

  /** Confirm, drop or answer, atomically; an expired question is recorded as expired on the way. */
  async take(id: string, action: QuestionAction, person: string): Promise<QuestionTransition> {
    for (let i = 0; i < MAX_CAS_RETRIES; i++) {
      const state = await this.get(id);
      if (!state) {
        return {
          kind: 'refused',
          code: 'not_found',
          reason: `There is no open question or confirmation ${id}; check the id, or ask again.`,
        };
      }
      const t = answerQuestion(state, action, person, this.#now());
      if (!t.state) return t;
      const r = await CAS.run(
        this.#redis,
        [this.#key(id)],
        [state.version, JSON.stringify(t.state), t.state.version, randomUUID()],
      );
      if (r === 1) return t;
    }
    throw new CoxswainError('unavailable', 'system', `${id} is changing too fast to answer right now; try again in a moment.`, {
      transient: true,
    });
  }
}
