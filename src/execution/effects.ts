import type { Redis } from 'ioredis';
import type { EffectWrite } from '../audit/log.ts';
import { type ExecutionOutcome, ExecutionOutcomeSchema } from './job.ts';

/**
 * The effect marker of each action, `${prefix}:effect:${jobId}`: written `executing` (with the attempt and the
 * target's fingerprint) just before the tool call and `executed`/`failed` just after. A worker that picks the job
 * up again after a crash reads it to tell "the call never happened" from "it happened but was not recorded".
 */
export interface EffectRecord {
  status: 'executing' | 'executed' | 'failed';
  attempt: number;
  /** The target's fingerprint right before the call. */
  fingerprint?: string;
  outcome?: ExecutionOutcome;
  error?: string;
  /** The run that claimed the call (EffectLog.executing). */
  owner?: string;
}

const RETENTION_SECONDS = 30 * 24 * 3600;

/**
 * The `executing` marker, written only over no marker or another attempt's `executing`: a second copy of the job
 * (BullMQ hands a job whose lock was lost with a Redis restart to another worker while the first still runs) that
 * read the marker before the first recorded its end must not turn `executed` back into `executing`, or its own
 * end would be appended as a second execution. The marker names the copy that claimed it (`owner`): only that
 * copy may end it `failed` (AuditLog's append refuses another's), since the others cannot know its call did not
 * land. Answers 1 when written, 0 when the marker is already final.
 * KEYS: marker. ARGV: ttl, field, value, field, value...
 */
const CLAIM = `
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'executed' or status == 'failed' then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 2))
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1
`;

/** KEYS: marker. ARGV: the owner read (compare), the new owner (already the owner: taken, for a resend). */
const TAKE_OVER = `
if redis.call('HGET', KEYS[1], 'status') ~= 'executing' then return 0 end
local owner = redis.call('HGET', KEYS[1], 'owner') or ''
-- Sent again after a dropped connection, the first send's own takeover answers as taken.
if owner == ARGV[2] then return 1 end
if owner ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'owner', ARGV[2])
return 1
`;

/** KEYS: marker. ARGV: the drift outcome (JSON). */
const DRIFTED = `
if redis.call('HGET', KEYS[1], 'status') ~= 'failed' then return 0 end
if string.sub(redis.call('HGET', KEYS[1], 'error') or '', 1, 6) ~= 'drift:' then return 0 end
redis.call('HSET', KEYS[1], 'status', 'executed', 'outcome', ARGV[1])
return 1
`;

export class EffectLog {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  #key(id: string): string {
    return `${this.#prefix}:effect:${id}`;
  }

  async get(id: string): Promise<EffectRecord | undefined> {
    const h = await this.#redis.hgetall(this.#key(id));
    if (!h.status) return undefined;
    return {
      status: h.status as EffectRecord['status'],
      attempt: Number(h.attempt ?? 0),
      fingerprint: h.fingerprint || undefined,
      outcome: h.outcome ? ExecutionOutcomeSchema.parse(JSON.parse(h.outcome)) : undefined,
      error: h.error || undefined,
      owner: h.owner || undefined,
    };
  }

  /**
   * Marks the call as going out, claimed by `owner` (one run of the job); false when the marker is already final
   * (another copy of the job ended it).
   */
  async executing(id: string, attempt: number, fingerprint: string, owner = ''): Promise<boolean> {
    const fields = { status: 'executing', attempt: String(attempt), fingerprint, owner };
    const written = await this.#redis.eval(CLAIM, 1, this.#key(id), RETENTION_SECONDS, ...Object.entries(fields).flat());
    return written === 1;
  }

  /**
   * A run that settles another's `executing` marker (the worker that claimed it died, or an earlier attempt of the
   * job that ended) takes the claim over, keeping its fingerprint, so it may end it. Only the claim it read: false
   * when another run claimed since (a live copy), when the marker is final, or when it names no call.
   */
  async takeOver(id: string, from: string | undefined, owner: string): Promise<boolean> {
    return (await this.#redis.eval(TAKE_OVER, 1, this.#key(id), from ?? '', owner)) === 1;
  }

  /** A drift recorded `failed` by this run becomes the drift outcome a later copy returns; never over another end. */
  async drifted(id: string, outcome: ExecutionOutcome): Promise<void> {
    await this.#redis.eval(DRIFTED, 1, this.#key(id), JSON.stringify(outcome));
  }

  /**
   * The final marker of a job, for the audit log to write in the same script as the job's `executed`/`failed`
   * entry (AuditLog.appendWithEffect): a marker that says `executed` always has its entry, and the entry is
   * appended once however many attempts reach this point.
   */
  final(id: string, end: { outcome: ExecutionOutcome } | { error: string }, owner = ''): EffectWrite {
    const fields: Record<string, string> =
      'outcome' in end ? { status: 'executed', outcome: JSON.stringify(end.outcome) } : { status: 'failed', error: end.error };
    return { key: this.#key(id), status: fields.status as EffectWrite['status'], fields, ttlSeconds: RETENTION_SECONDS, owner };
  }
}
