import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
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
 * Appends only if the chain head is still the one the entry was hashed against, so that replicas appending
 * at the same moment cannot fork the chain: the loser gets the new head back and hashes again.
 * KEYS: stream, head. ARGV: expected head ('' = empty chain), new head, entry JSON.
 */
const APPEND_SCRIPT = `
local head = redis.call('GET', KEYS[2]) or ''
if head ~= ARGV[1] then return {0, head} end
local id = redis.call('XADD', KEYS[1], '*', 'entry', ARGV[3])
redis.call('SET', KEYS[2], ARGV[2])
return {1, id}
`;
const APPEND_SHA = createHash('sha1').update(APPEND_SCRIPT).digest('hex');
const MAX_ATTEMPTS = 200;
const PAGE = 500;

/** A tamper-evident audit log: a Redis Stream whose entries form a sha256 hash chain over canonical JSON (RFC 8785). */
export class AuditLog {
  readonly key: string;
  readonly headKey: string;
  readonly #redis: Redis;
  /**
   * The chain head this process last saw. An append starts from it instead of reading the head first: the
   * append script compares it with the real head anyway and answers a stale one with the real one.
   */
  #head: string | undefined;

  constructor(redis: Redis, opts: AuditLogOptions = {}) {
    this.#redis = redis;
    this.key = opts.key ?? `${opts.prefix ?? 'coxswain'}:audit`;
    this.headKey = `${this.key}:head`;
  }

  async append(e: AuditEventInput): Promise<AuditEntry> {
    const parsed = AuditEventInputSchema.safeParse(e);
    if (!parsed.success) {
      throw new CoxswainError(
        'internal',
        'system',
        `An audit event was not valid (${z.prettifyError(parsed.error).replace(/\n/g, ' ')}); it was not recorded. This is a bug in coxswain: please report it.`,
      );
    }
    const event = dropUndefined({ ...parsed.data, ts: parsed.data.ts ?? new Date().toISOString() });
    let head = this.#head ?? (await this.#redis.get(this.headKey)) ?? '';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { seq, hash: prevHash } = parseHead(head);
      const body = { ...event, seq: seq + 1, prevHash };
      const hash = chainHash(prevHash, body);
      const [won, value] = (await this.#eval(head, `${seq + 1} ${hash}`, canonical({ ...body, hash }))) as [number, string];
      if (won === 1) {
        this.#head = `${seq + 1} ${hash}`;
        return { ...body, hash, streamId: value };
      }
      head = value;
      this.#head = value;
      // Many replicas racing: a little random wait lets one of them through instead of all retrying in step.
      if (attempt % 10 === 0) await new Promise((r) => setTimeout(r, Math.random() * attempt));
    }
    throw new CoxswainError(
      'unavailable',
      'system',
      `The audit log ${this.key} is too busy to append to (${MAX_ATTEMPTS} attempts). Try again; if it persists, check Redis.`,
      { transient: true },
    );
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

  async #eval(...argv: string[]): Promise<unknown> {
    try {
      return await this.#redis.evalsha(APPEND_SHA, 2, this.key, this.headKey, ...argv);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      logger.debug({ key: this.key }, 'loading the audit append script');
      return this.#redis.eval(APPEND_SCRIPT, 2, this.key, this.headKey, ...argv);
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
