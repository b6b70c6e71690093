import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { CoxswainError } from '../core/errors.ts';
import { RedisScript } from '../core/redis-script.ts';
import { type AuditEntry, AuditEntrySchema, type AuditEventInput, AuditEventInputSchema, GENESIS_HASH } from './event.ts';

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: { index: number; streamId: string; reason: string } };

export interface AuditLogOptions {
  /** The stream's key; default `${prefix}:audit`. The chain head lives at `${key}:head`. */
  key?: string;
  /** Default `coxswain` (REDIS_PREFIX). */
  prefix?: string;
}

/**
 * Appends a batch of entries, already chained by the writer from the head it expects, only if that is still the
 * chain head: replicas appending at the same moment cannot fork the chain, and a process that lost the race gets
 * the new head back and hashes its batch again (the other process's batch landed, so the log moved on). An
 * entry may carry its effect marker (src/execution/effects.ts): the marker is written with the entry, in the same
 * script, and an entry whose marker already records that outcome (or `executed`) is not appended twice: the
 * script answers its index and the writer drops it and hashes the rest again. A RedisScript: sent again after a
 * dropped connection, it answers what its first run did instead of appending the batch twice; sent again after that
 * answer expired, a head that is already the batch's own new head (its hash covers every entry) means the batch
 * landed, and the script answers the ids it wrote.
 * A `failed` end is not written over an `executing` marker claimed by another run (EffectLog.executing): that run's
 * call may have landed, and its own end is the record; the script answers the entry's index the same way.
 * KEYS: stream, head, marker keys. ARGV: expected head ('' = empty chain), new head, count, then per entry:
 * entry JSON, marker key index (0 = none), marker status, marker fields as a JSON object, marker ttl, writer (owner).
 */
const APPEND = new RedisScript(`
local head = redis.call('GET', KEYS[2]) or ''
local n = tonumber(ARGV[3])
if head == ARGV[2] then
  local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', n)
  local ids = {}
  for i = 1, #last do ids[#last - i + 1] = last[i][1] end
  return {1, ids}
end
if head ~= ARGV[1] then return {0, head} end
local written = {}
for i = 0, n - 1 do
  local k = tonumber(ARGV[5 + i * 6])
  if k > 0 then
    local status = written[KEYS[k]] or redis.call('HGET', KEYS[k], 'status')
    if status == 'executed' or status == ARGV[6 + i * 6] then return {2, i} end
    if status == 'executing' and ARGV[6 + i * 6] == 'failed' and not written[KEYS[k]]
      and (redis.call('HGET', KEYS[k], 'owner') or '') ~= ARGV[9 + i * 6] then return {2, i} end
    written[KEYS[k]] = ARGV[6 + i * 6]
  end
end
local ids = {}
for i = 0, n - 1 do
  ids[i + 1] = redis.call('XADD', KEYS[1], '*', 'entry', ARGV[4 + i * 6])
  local k = tonumber(ARGV[5 + i * 6])
  if k > 0 then
    for field, value in pairs(cjson.decode(ARGV[7 + i * 6])) do redis.call('HSET', KEYS[k], field, value) end
    redis.call('EXPIRE', KEYS[k], ARGV[8 + i * 6])
  end
end
redis.call('SET', KEYS[2], ARGV[2])
return {1, ids}
`);
/** Entries per script call: a burst is written in a few calls instead of one round trip per entry. */
const MAX_BATCH = 64;
/** How long a batch keeps losing the race to other processes before the append is refused. */
const CONTENDED_MS = 30_000;
const PAGE = 500;

/** The effect marker written in the same script as its audit entry (see EffectLog.final). */
export interface EffectWrite {
  key: string;
  status: 'executed' | 'failed';
  fields: Record<string, string>;
  ttlSeconds: number;
  /** The run that writes it: a `failed` end is not written over an `executing` marker another run claimed. */
  owner?: string;
}

interface Waiting {
  event: Record<string, unknown>;
  effect?: EffectWrite;
  resolve(entry: AuditEntry | undefined): void;
  reject(err: unknown): void;
}

/**
 * A tamper-evident audit log: a Redis Stream whose entries form a sha256 hash chain over canonical JSON (RFC 8785).
 * Each process has one writer: appends wait in a queue and go out in batches, one script call at a time, so
 * appends in one process never race each other for the chain head, however many requests are in flight.
 */
export class AuditLog {
  readonly key: string;
  readonly headKey: string;
  readonly #redis: Redis;
  /**
   * The chain head this process last wrote or saw. A batch is hashed from it instead of reading the head first:
   * the append script compares it with the real head anyway and answers a stale one with the real one.
   */
  #head: string | undefined;
  readonly #waiting: Waiting[] = [];
  #writing = false;

  constructor(redis: Redis, opts: AuditLogOptions = {}) {
    this.#redis = redis;
    this.key = opts.key ?? `${opts.prefix ?? 'coxswain'}:audit`;
    this.headKey = `${this.key}:head`;
  }

  async append(e: AuditEventInput): Promise<AuditEntry> {
    return (await this.#enqueue(e)) as AuditEntry;
  }

  /**
   * Appends the outcome of an effect together with its marker, atomically: the marker never says `executed`
   * without its entry, and a second record of the same outcome (a retry that found the effect done), or a `failed`
   * end over a call another run has claimed, appends nothing and answers undefined.
   */
  appendWithEffect(e: AuditEventInput, effect: EffectWrite): Promise<AuditEntry | undefined> {
    return this.#enqueue(e, effect);
  }

  #enqueue(e: AuditEventInput, effect?: EffectWrite): Promise<AuditEntry | undefined> {
    const parsed = AuditEventInputSchema.safeParse(e);
    if (!parsed.success) {
      return Promise.reject(
        new CoxswainError(
          'internal',
          'system',
          `An audit event was not valid (${z.prettifyError(parsed.error).replace(/\n/g, ' ')}); it was not recorded. This is a bug in coxswain: please report it.`,
        ),
      );
    }
    const event = dropUndefined({ ...parsed.data, ts: parsed.data.ts ?? new Date().toISOString() });
    return new Promise((resolve, reject) => {
      this.#waiting.push({ event, effect, resolve, reject });
      if (!this.#writing) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    try {
      while (this.#waiting.length > 0) {
        const batch = this.#waiting.splice(0, MAX_BATCH);
        await this.#write(batch).catch((err: unknown) => {
          // The script may or may not have run (a dropped connection): read the head again before the next batch.
          this.#head = undefined;
          for (const w of batch) w.reject(err);
        });
      }
    } finally {
      this.#writing = false;
    }
  }

  async #write(batch: Waiting[]): Promise<void> {
    const started = Date.now();
    while (batch.length > 0) {
      const head = this.#head ?? (await this.#redis.get(this.headKey)) ?? '';
      let { seq, hash: prevHash } = parseHead(head);
      const keys: string[] = [];
      const argv: string[] = [];
      const entries = batch.map((w) => {
        seq += 1;
        const body = { ...w.event, seq, prevHash };
        const hash = chainHash(prevHash, body);
        prevHash = hash;
        if (w.effect) keys.push(w.effect.key);
        argv.push(
          canonical({ ...body, hash }),
          String(w.effect ? keys.length + 2 : 0),
          w.effect?.status ?? '',
          JSON.stringify(w.effect?.fields ?? {}),
          String(w.effect?.ttlSeconds ?? 0),
          w.effect?.owner ?? '',
        );
        return { ...body, hash } as Omit<AuditEntry, 'streamId'>;
      });
      const newHead = `${seq} ${prevHash}`;
      const [code, value] = (await APPEND.run(
        this.#redis,
        [this.key, this.headKey, ...keys],
        [head, newHead, batch.length, ...argv],
      )) as [number, string | string[] | number];
      if (code === 1) {
        this.#head = newHead;
        for (const [i, w] of batch.entries()) w.resolve({ ...entries[i], streamId: (value as string[])[i] });
        return;
      }
      if (code === 2) {
        // This outcome is already recorded with its marker, or another run holds the claim: nothing to append for it.
        this.#head = head;
        batch.splice(value as number, 1)[0].resolve(undefined);
        continue;
      }
      this.#head = value as string;
      if (Date.now() - started > CONTENDED_MS) {
        throw new CoxswainError(
          'unavailable',
          'system',
          `The audit log ${this.key} kept moving under other writers for ${CONTENDED_MS / 1000}s; nothing was recorded for this request. Try again; if it persists, check Redis.`,
          { transient: true },
        );
      }
    }
  }

  /** Entries from `since` (an ISO time or a stream id, inclusive) in order; at most `limit`. */
  async read(opts: { since?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for await (const entry of this.entries(opts)) entries.push(entry);
    return entries;
  }

  /** The newest `limit` entries, oldest first, in one read (for live views such as the playground's panel). */
  async recent(limit: number): Promise<AuditEntry[]> {
    const page = await this.#redis.xrevrange(this.key, '+', '-', 'COUNT', limit);
    return page.reverse().map(([streamId, fields]) => ({ ...parseJson(fieldValue(fields, 'entry')), streamId }) as AuditEntry);
  }

  /** Like read(), one page at a time, for exporting a long log without holding it in memory. */
  async *entries(opts: { since?: string; limit?: number } = {}): AsyncGenerator<AuditEntry> {
    for await (const [streamId, json] of this.#raw(startId(opts.since), '+', opts.limit)) {
      // As stored, even when tampered with: export shows what is there and verify says whether to trust it.
      yield { ...parseJson(json), streamId } as AuditEntry;
    }
  }

  /**
   * Walks the whole chain and names the first broken link: a changed entry (its hash no longer matches), a
   * removed one (a gap in seq, or a prevHash that does not match), an inserted one (likewise, or an entry past
   * the head that coxswain recorded). The head and the last stream id are read together, so entries appended
   * while verifying are left for the next run instead of counting as inserted.
   */
  async verify(): Promise<VerifyResult> {
    const snapshot = await this.#redis.multi().get(this.headKey).xrevrange(this.key, '+', '-', 'COUNT', 1).exec();
    const headText = (snapshot?.[0]?.[1] as string | null) ?? '';
    const head = parseHead(headText);
    const last = (snapshot?.[1]?.[1] as [string, string[]][] | undefined)?.[0]?.[0];
    let prev = { seq: 0, hash: GENESIS_HASH, streamId: '' };
    let index = 0;
    const broken = (reason: string, streamId: string): VerifyResult => ({
      ok: false,
      count: index,
      brokenAt: { index, streamId, reason },
    });
    if (last && !headText) {
      return broken(`the chain head ${this.headKey} is missing although the stream has entries: it was deleted`, '');
    }
    if (last) {
      for await (const [streamId, json] of this.#raw('-', last)) {
        const entry = parseEntry(json);
        if (!entry)
          return broken('it is not an audit entry (unreadable JSON or missing fields): it was inserted or changed', streamId);
        if (entry.seq > head.seq) {
          return broken(
            `seq ${entry.seq} comes after the chain head (seq ${head.seq}) that coxswain recorded: it was inserted`,
            streamId,
          );
        }
        if (entry.seq !== prev.seq + 1) {
          return broken(
            entry.seq > prev.seq + 1
              ? `seq ${entry.seq} follows seq ${prev.seq}: ${entry.seq - prev.seq - 1} entr${entry.seq - prev.seq - 1 === 1 ? 'y was' : 'ies were'} removed before it`
              : `seq ${entry.seq} follows seq ${prev.seq}: an entry was inserted`,
            streamId,
          );
        }
        if (entry.prevHash !== prev.hash) {
          return broken(
            `its prevHash does not match the hash of the entry before it (${prev.streamId || 'the start'}): an entry was changed, removed or inserted there`,
            streamId,
          );
        }
        const { hash, ...body } = entry;
        if (chainHash(entry.prevHash, body) !== hash) {
          return broken('its content does not match its hash: the entry was changed', streamId);
        }
        prev = { seq: entry.seq, hash, streamId };
        index++;
      }
    }
    if (prev.seq !== head.seq || prev.hash !== head.hash) {
      return broken(
        `the chain head records seq ${head.seq} but the stream ends at seq ${prev.seq}: entries were removed from the end`,
        prev.streamId,
      );
    }
    return { ok: true, count: index };
  }

  /** [streamId, entry JSON] pairs from start to end (inclusive), paged so a long log is never one huge reply. */
  async *#raw(start: string, end: string, limit = Number.POSITIVE_INFINITY): AsyncGenerator<[string, string | undefined]> {
    let from = start;
    let left = limit;
    while (left > 0) {
      const page = await this.#redis.xrange(this.key, from, end, 'COUNT', Math.min(PAGE, left));
      for (const [id, fields] of page) yield [id, fieldValue(fields, 'entry')];
      if (page.length < Math.min(PAGE, left)) return;
      left -= page.length;
      from = `(${page[page.length - 1][0]}`;
    }
  }
}

/** sha256(prevHash + canonical JSON of the entry without its hash and stream id). */
export function chainHash(prevHash: string, body: Record<string, unknown>): string {
  return createHash('sha256')
    .update(prevHash + canonical(body))
    .digest('hex');
}

function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined)
    throw new CoxswainError(
      'internal',
      'system',
      'An audit entry could not be serialised. This is a bug in coxswain: please report it.',
    );
  return text;
}

function parseHead(head: string): { seq: number; hash: string } {
  if (!head) return { seq: 0, hash: GENESIS_HASH };
  const [seq, hash] = head.split(' ');
  return { seq: Number(seq), hash };
}

/** Only the chain fields are checked here: the hash covers everything else exactly as stored. */
const ChainFieldsSchema = AuditEntrySchema.pick({ seq: true, prevHash: true, hash: true }).loose();

function parseEntry(
  json: string | undefined,
): (Record<string, unknown> & { seq: number; prevHash: string; hash: string }) | undefined {
  const r = ChainFieldsSchema.safeParse(parseJson(json));
  return r.success ? r.data : undefined;
}

function parseJson(json: string | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(json ?? '');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

function fieldValue(fields: string[], name: string): string | undefined {
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

/** An ISO time becomes the first stream id of that millisecond; a stream id is used as it is. */
function startId(since: string | undefined): string {
  if (!since) return '-';
  if (/^\d+(-\d+)?$/.test(since)) return since;
  const ms = Date.parse(since);
  if (Number.isNaN(ms)) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `"${since}" is neither an ISO time (e.g. 2025-01-31T09:00:00Z) nor a stream id (e.g. 1738314000000-0). Give --since one of those.`,
    );
  }
  return `${ms}-0`;
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
