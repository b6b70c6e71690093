import { randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CoxswainError } from '../core/errors.ts';
import { RedisScript } from '../core/redis-script.ts';
import { type ApprovalState, ApprovalStateSchema } from './approval.ts';
import { reminderTime } from './notify.ts';
import {
  applyDecision,
  type DecisionAction,
  type EligibilityCheck,
  expire,
  type Transition,
  windowPassed,
} from './transitions.ts';

/**
 * Approvals in Redis. Each approval is a hash `{json, version}` under `${prefix}:approval:${id}`; pending ones
 * are also in the sorted set `${prefix}:approvals:pending` scored by expiry (for the sweep).
 *
 * Every change is read → pure transition (transitions.ts) → compare-and-set on `version` in one Lua script, so
 * two concurrent clicks can never both count: the loser re-reads and sees the winner's state. Each write records
 * its writer's token: a compare-and-set sent again after a dropped connection, however late, finds its own write.
 */
const CAS = new RedisScript(`
local v = redis.call('HGET', KEYS[1], 'version')
if not v then return -1 end
if tonumber(v) == tonumber(ARGV[3]) and redis.call('HGET', KEYS[1], 'writer') == ARGV[7] then return 1 end
if tonumber(v) ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'json', ARGV[2], 'version', ARGV[3], 'writer', ARGV[7])
if ARGV[4] == 'pending' then redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6]) else redis.call('ZREM', KEYS[2], ARGV[6]) end
return 1
`);

/** Reminders due by ARGV[1] (ms), at most 100 a sweep, removed as they are read. */
const TAKE_DUE = new RedisScript(`
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], 0, ARGV[1], 'LIMIT', 0, 100)
for _, id in ipairs(ids) do redis.call('ZREM', KEYS[1], id) end
return ids
`);

/** How long a closed approval stays readable (cards, audit cross-checks). */
const RETENTION_SECONDS = 30 * 24 * 3600;
const MAX_CAS_RETRIES = 50;

export type NewApproval = Omit<
  ApprovalState,
  'schemaVersion' | 'id' | 'version' | 'status' | 'approvedBy' | 'createdAt' | 'expiresAt'
> & {
  ttlSeconds: number;
};

export interface ApprovalStoreOptions {
  prefix: string;
  /** Called once, by whichever caller moved the approval to `expired` (audit + card update). */
  onExpire?: (state: ApprovalState) => Promise<void>;
  now?: () => number;
}

function newApprovalId(): string {
  // Short enough to type in `coxswain approve ID`; 60 bits of randomness.
  return `apr_${randomBytes(8).toString('base64url').slice(0, 10).toLowerCase().replace(/[-_]/g, 'x')}`;
}

export class ApprovalStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #onExpire?: (state: ApprovalState) => Promise<void>;
  readonly #now: () => number;

  constructor(redis: Redis, opts: ApprovalStoreOptions) {
    this.#redis = redis;
    this.#prefix = opts.prefix;
    this.#onExpire = opts.onExpire;
    this.#now = opts.now ?? Date.now;
  }

  #key(id: string): string {
    return `${this.#prefix}:approval:${id}`;
  }

  get #pendingKey(): string {
    return `${this.#prefix}:approvals:pending`;
  }

  async create(input: NewApproval): Promise<ApprovalState> {
    const { ttlSeconds, ...rest } = input;
    const now = this.#now();
    const state = ApprovalStateSchema.parse({
      ...rest,
      schemaVersion: 1,
      id: newApprovalId(),
      version: 1,
      status: 'pending',
      approvedBy: [],
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    });
    const remindAt = state.notify && reminderTime(now, ttlSeconds, state.notify.remind);
    if (state.notify && remindAt !== undefined) state.notify.remindAt = new Date(remindAt).toISOString();
    const key = this.#key(state.id);
    const tx = this.#redis
      .multi()
      .hset(key, 'json', JSON.stringify(state), 'version', String(state.version))
      .expire(key, ttlSeconds + RETENTION_SECONDS)
      .zadd(this.#pendingKey, Date.parse(state.expiresAt), state.id);
    if (remindAt !== undefined) tx.zadd(this.#remindKey, remindAt, state.id);
    await tx.exec();
    return state;
  }

  get #remindKey(): string {
    return `${this.#prefix}:approvals:remind`;
  }

  /**
   * Pending approvals whose reminder is due, each handed out once across every replica: the due ids are read and
   * removed in one script, so two sweeps never both take the same one.
   */
  async takeDueReminders(): Promise<ApprovalState[]> {
    const ids = (await TAKE_DUE.run(this.#redis, [this.#remindKey], [this.#now()])) as string[];
    const due = await Promise.all(ids.map((id) => this.get(id)));
    return due.filter((s): s is ApprovalState => s?.status === 'pending');
  }

  async #read(id: string): Promise<ApprovalState | undefined> {
    const json = await this.#redis.hget(this.#key(id), 'json');
    return json ? ApprovalStateSchema.parse(JSON.parse(json)) : undefined;
  }

  /** Writes `next` if nobody changed the approval since `prev` was read; false when someone did. */
  async #cas(prev: ApprovalState, next: ApprovalState): Promise<boolean> {
    const r = await CAS.run(
      this.#redis,
      [this.#key(prev.id), this.#pendingKey],
      [prev.version, JSON.stringify(next), next.version, next.status, Date.parse(next.expiresAt), next.id, randomUUID()],
    );
    return r === 1;
  }

  /** Whether the approval's window (its expiry while pending) has passed, by this store's clock. */
  windowClosed(state: ApprovalState): boolean {
    return windowPassed(state, this.#now());
  }

  /** Reads an approval; one past its expiry is moved to `expired` on the way (lazy expiry). */
  async get(id: string): Promise<ApprovalState | undefined> {
    return (await this.#expireIfDue(id)).state;
  }

  /**
   * The one read → decide → compare-and-set loop behind every change: `step` sees the current state (undefined
   * when there is none) and returns the next state to write, if any, and what to answer. A lost race re-reads.
   * Whoever moves an approval to `expired` records it (onExpire), once.
   */
  async #change<T>(id: string, step: (state: ApprovalState | undefined) => { next?: ApprovalState; answer: T }): Promise<T> {
    for (let i = 0; i < MAX_CAS_RETRIES; i++) {
      const state = await this.#read(id);
      const { next, answer } = step(state);
      if (!state || !next) return answer;
      if (await this.#cas(state, next)) {
        if (next.status === 'expired') await this.#onExpire?.(next);
        return answer;
      }
    }
    throw this.#busy(id);
  }

  #expireIfDue(id: string): Promise<{ state?: ApprovalState; expiredNow: boolean }> {
    return this.#change<{ state?: ApprovalState; expiredNow: boolean }>(id, (state) => {
      const expired = state && expire(state, this.#now());
      return expired ? { next: expired, answer: { state: expired, expiredNow: true } } : { answer: { state, expiredNow: false } };
    });
  }

  /** Approve, reject or cancel, atomically; the transition says exactly what happened. */
  decide(id: string, action: DecisionAction, person: string, eligible?: EligibilityCheck): Promise<Transition> {
    return this.#change<Transition>(id, (state) => {
      if (!state) {
        return {
          answer: {
            kind: 'refused',
            code: 'not_found',
            reason: `There is no approval ${id}; check the id, or ask again for a new one.`,
          },
        };
      }
      const t = applyDecision(state, action, person, this.#now(), eligible);
      // A refusal carries no state (nothing changes), except an expiry the clock already decided.
      return { next: t.state, answer: t };
    });
  }

  /**
   * The end of an approved action: `executed` with its result or `failed` with the reason. Idempotent: finishing
   * an approval that already ended is a no-op that returns its state.
   */
  finish(
    id: string,
    status: 'executed' | 'failed',
    outcome: { result?: unknown; error?: string },
  ): Promise<ApprovalState | undefined> {
    return this.#change(id, (state) => {
      if (!state || state.status === 'executed' || state.status === 'failed') return { answer: state };
      const next: ApprovalState = { ...state, status, version: state.version + 1, ...outcome };
      return { next, answer: next };
    });
  }

  /** Moves every pending approval past its expiry to `expired` (the worker runs this periodically); returns those it moved. */
  async sweepExpired(): Promise<ApprovalState[]> {
    const ids = await this.#redis.zrangebyscore(this.#pendingKey, 0, this.#now());
    const expired: ApprovalState[] = [];
    for (const id of ids) {
      const { state, expiredNow } = await this.#expireIfDue(id);
      if (!state) await this.#redis.zrem(this.#pendingKey, id);
      else if (expiredNow) expired.push(state);
    }
    return expired;
  }

  #busy(id: string): CoxswainError {
    return new CoxswainError(
      'unavailable',
      'system',
      `Approval ${id} is changing too fast to decide right now; try again in a moment.`,
      {
        transient: true,
      },
    );
  }
}
