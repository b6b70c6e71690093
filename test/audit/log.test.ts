import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { AuditEntry } from '../../src/audit/event.ts';
import { AuditLog, chainHash } from '../../src/audit/log.ts';
import { figure } from '../hardening/figures.ts';

const url = inject('redisUrl');
const connections: Redis[] = [];

function connect(): Redis {
  const r = new Redis(url);
  connections.push(r);
  return r;
}

/** A fresh log under its own key, with three events of one request. */
async function freshLog(): Promise<{
  log: AuditLog;
  redis: Redis;
  entries: AuditEntry[];
  rewrite: (edit: (rows: [string, string][]) => [string, string][]) => Promise<string[]>;
}> {
  const redis = connect();
  const log = new AuditLog(redis, { prefix: `test-audit-${randomUUID()}` });
  const requestId = randomUUID();
  const base = { requestId, actor: 'alice', tool: 'scale', cluster: 'sandbox', namespace: 'production' };
  const entries = [
    await log.append({ ...base, type: 'requested', detail: { text: 'scale web in prod to 7' } }),
    await log.append({ ...base, type: 'pending', approvalId: 'ap-1', args: { name: 'web', replicas: 7 } }),
    await log.append({ ...base, type: 'approved', approvalId: 'ap-1', actor: 'bob' }),
    await log.append({ ...base, type: 'executed', approvalId: 'ap-1', detail: { outcome: 'executed', summary: 'web: 6 → 7' } }),
  ];
  return { log, redis, entries, rewrite: (edit) => rewrite(redis, log.key, edit) };
}

/**
 * Rewrites the stream through `edit`: what someone with write access to Redis could do. A row keeps its
 * stream id unless `edit` gives '*'; returns the ids of the rewritten stream.
 */
async function rewrite(redis: Redis, key: string, edit: (rows: [string, string][]) => [string, string][]): Promise<string[]> {
  const rows = (await redis.xrange(key, '-', '+')).map(([id, fields]) => [id, fields[1]] as [string, string]);
  await redis.del(key);
  const ids: string[] = [];
  for (const [id, json] of edit(rows)) ids.push((await redis.xadd(key, id, 'entry', json)) as string);
  return ids;
}

afterEach(() => {
  for (const r of connections.splice(0)) r.disconnect();
});

describe('AuditLog', () => {
  it('appends a hash chain and reads it back', async () => {
    const { log, entries } = await freshLog();
    expect(log.key).toMatch(/:audit$/);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0].prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i].prevHash).toBe(entries[i - 1].hash);
    const { hash, streamId, ...body } = entries[2];
    expect(chainHash(body.prevHash, body)).toBe(hash);

    const read = await log.read();
    expect(read).toEqual(entries);
    expect(read[1]).toMatchObject({
      type: 'pending',
      approvalId: 'ap-1',
      args: { name: 'web', replicas: 7 },
      namespace: 'production',
    });
    expect(Date.parse(read[0].ts)).not.toBeNaN();
    expect(await log.read({ limit: 2 })).toEqual(entries.slice(0, 2));
    expect(await log.read({ since: entries[2].streamId })).toEqual(entries.slice(2));
    expect(await log.read({ since: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await log.read({ since: '2000-01-01T00:00:00Z' })).toHaveLength(4);
    await expect(log.read({ since: 'yesterday-ish' })).rejects.toMatchObject({ code: 'invalid_arguments' });
    expect(await log.verify()).toEqual({ ok: true, count: 4 });
  });

  it('never stores values under secret-looking keys, and cuts long details to a preview', async () => {
    const { log } = await freshLog();
    const e = await log.append({
      type: 'failed',
      requestId: 'r',
      actor: 'alice',
      detail: { reason: 'x', headers: { authorization: 'Bearer abc' }, apiKey: 'sk-1' },
    });
    expect(e.detail).toEqual({ reason: 'x', headers: { authorization: '[redacted]' }, apiKey: '[redacted]' });
    expect(JSON.stringify(await log.read())).not.toContain('sk-1');
    const big = await log.append({ type: 'executed', requestId: 'r', actor: 'alice', detail: { result: 'x'.repeat(10_000) } });
    expect(big.detail).toMatchObject({ truncated: true, preview: expect.stringMatching(/^\{"result":"xxx/) });
    expect(JSON.stringify(big.detail).length).toBeLessThan(4100);
    await expect(log.append({ type: 'nonsense' as 'failed', requestId: 'r', actor: 'a' })).rejects.toMatchObject({
      code: 'internal',
    });
  });

  it('verifies an empty log', async () => {
    const log = new AuditLog(connect(), { key: `test-audit-${randomUUID()}:audit` });
    expect(await log.verify()).toEqual({ ok: true, count: 0 });
  });

  it('detects a changed entry', async () => {
    const { log, redis, entries } = await freshLog();
    await rewrite(redis, log.key, (rows) =>
      rows.map(([id, json]) => [id, id === entries[1].streamId ? json.replace('"replicas":7', '"replicas":70') : json]),
    );
    const r = await log.verify();
    expect(r).toMatchObject({
      ok: false,
      count: 1,
      brokenAt: { index: 1, streamId: entries[1].streamId, reason: expect.stringContaining('changed') },
    });
  });

  it('detects a changed entry whose hash was recomputed', async () => {
    const { log, redis, entries } = await freshLog();
    await rewrite(redis, log.key, (rows) =>
      rows.map(([id, json]) => {
        if (id !== entries[1].streamId) return [id, json];
        const { hash: _old, ...body } = { ...JSON.parse(json), actor: 'carol' };
        return [id, JSON.stringify({ ...body, hash: chainHash(body.prevHash, body) })];
      }),
    );
    const r = await log.verify();
    expect(r).toMatchObject({
      ok: false,
      brokenAt: { index: 2, streamId: entries[2].streamId, reason: expect.stringContaining('prevHash') },
    });
  });

  it('detects a removed entry (XDEL) in the middle and at the end', async () => {
    const { log, redis, entries } = await freshLog();
    await redis.xdel(log.key, entries[1].streamId);
    expect(await log.verify()).toMatchObject({
      ok: false,
      count: 1,
      brokenAt: { index: 1, streamId: entries[2].streamId, reason: expect.stringContaining('removed') },
    });

    const tail = await freshLog();
    await tail.redis.xdel(tail.log.key, tail.entries[3].streamId);
    expect(await tail.log.verify()).toMatchObject({
      ok: false,
      count: 3,
      brokenAt: { index: 3, reason: expect.stringContaining('removed from the end') },
    });

    const headless = await freshLog();
    await headless.redis.del(headless.log.headKey);
    expect(await headless.log.verify()).toMatchObject({
      ok: false,
      count: 0,
      brokenAt: { index: 0, reason: expect.stringContaining('missing') },
    });
  });

  it('detects an inserted entry (XADD of a forged entry), at the end and in the middle', async () => {
    const { log, redis, entries } = await freshLog();
    const last = entries[3];
    const forged = {
      type: 'approved',
      requestId: last.requestId,
      actor: 'carol',
      ts: new Date().toISOString(),
      seq: last.seq + 1,
      prevHash: last.hash,
    };
    const forgedId = await redis.xadd(
      log.key,
      '*',
      'entry',
      JSON.stringify({ ...forged, hash: chainHash(forged.prevHash, forged) }),
    );
    expect(await log.verify()).toMatchObject({
      ok: false,
      count: 4,
      brokenAt: { index: 4, streamId: forgedId, reason: expect.stringContaining('inserted') },
    });

    const middle = await freshLog();
    // A forged copy of the second entry slipped in after it (stream ids are reassigned so there is room).
    const ids = await middle.rewrite((rows) => {
      const forgedRow = JSON.stringify({ ...JSON.parse(rows[1][1]), type: 'approved', actor: 'dave' });
      return [...rows.slice(0, 2), [rows[1][0], forgedRow], ...rows.slice(2)].map(([, json]) => ['*', json] as [string, string]);
    });
    expect(await middle.log.verify()).toMatchObject({
      ok: false,
      count: 2,
      brokenAt: { index: 2, streamId: ids[2], reason: expect.stringContaining('inserted') },
    });
  });

  it('keeps one valid chain when several connections append at once', async () => {
    const key = `test-audit-${randomUUID()}:audit`;
    const writers = Array.from({ length: 6 }, () => new AuditLog(connect(), { key }));
    const perWriter = 15;
    const appended = await Promise.all(
      writers.map((log, w) =>
        (async () => {
          const mine: AuditEntry[] = [];
          for (let i = 0; i < perWriter; i++)
            mine.push(await log.append({ type: 'requested', requestId: `w${w}-${i}`, actor: `writer-${w}` }));
          return mine;
        })(),
      ),
    );
    const all = await writers[0].read();
    expect(all).toHaveLength(writers.length * perWriter);
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
    expect(new Set(appended.flat().map((e) => e.seq)).size).toBe(all.length);
    expect(await writers[0].verify()).toEqual({ ok: true, count: all.length });
  });
});

describe('appends under contention', () => {
  it('never gives up: 600 appends at once in one process and 4 × 100 from other connections make one valid chain', async () => {
    const key = `test-audit-${randomUUID()}:audit`;
    const [busy, ...others] = Array.from({ length: 5 }, () => new AuditLog(connect(), { key }));
    const results = await Promise.allSettled([
      ...Array.from({ length: 600 }, (_, i) => busy.append({ type: 'requested', requestId: `busy-${i}`, actor: 'alice' })),
      ...others.flatMap((log, w) =>
        Array.from({ length: 100 }, (_, i) => log.append({ type: 'requested', requestId: `o${w}-${i}`, actor: 'bob' })),
      ),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const all = await busy.read();
    expect(all).toHaveLength(1000);
    expect(new Set(all.map((e) => e.requestId)).size).toBe(1000);
    expect(await busy.verify()).toEqual({ ok: true, count: 1000 });
    figure(
      'audit contention',
      '1000 appends at once (600 from one process, 4 × 100 from other connections to the same chain): 0 refused, one chain of 1000 entries, verify intact',
    );
  });

  it('writes an effect marker with its entry, and a second record of the same outcome appends nothing', async () => {
    const redis = connect();
    const prefix = `test-audit-${randomUUID()}`;
    const log = new AuditLog(redis, { prefix });
    const marker = `${prefix}:effect:job-1`;
    const effect = (status: 'executed' | 'failed') => ({
      key: marker,
      status,
      fields: { status, ...(status === 'executed' ? { outcome: '{"status":"executed","summary":"done"}' } : { error: 'x' }) },
      ttlSeconds: 60,
    });
    const event = (type: 'executed' | 'failed', requestId = 'job-1') => ({ type, requestId, actor: 'alice', tool: 'scale' });
    // Two attempts finishing together, with other requests' entries around them in the same batches.
    const settled = await Promise.all([
      log.append({ type: 'requested', requestId: 'other-1', actor: 'bob' }),
      log.appendWithEffect(event('executed'), effect('executed')),
      log.appendWithEffect(event('executed'), effect('executed')),
      log.append({ type: 'requested', requestId: 'other-2', actor: 'bob' }),
      log.appendWithEffect(event('failed'), effect('failed')),
    ]);
    expect(settled.filter((e) => e === undefined)).toHaveLength(2);
    expect(await redis.hget(marker, 'status')).toBe('executed');
    expect(await redis.ttl(marker)).toBeGreaterThan(0);
    const all = await log.read();
    expect(all.map((e) => `${e.type}:${e.requestId}`)).toEqual(['requested:other-1', 'executed:job-1', 'requested:other-2']);
    expect(await log.verify()).toEqual({ ok: true, count: 3 });
  });
  // ioredis sends a command again when the connection dropped before its answer (a Redis restart); a script that
  // had already run must not append its batch a second time.
  it('a batch whose script is sent twice (a resend after a dropped connection) is appended once, with its ids', async () => {
    const redis = connect();
    const twice =
      (name: 'evalsha' | 'eval') =>
      async (...args: unknown[]) => {
        const call = redis[name] as (...a: unknown[]) => Promise<unknown>;
        await call.apply(redis, args);
        return call.apply(redis, args);
      };
    const resending = new Proxy(redis, {
      get: (target, prop) => (prop === 'evalsha' || prop === 'eval' ? twice(prop) : Reflect.get(target, prop)),
    });
    const log = new AuditLog(resending as Redis, { prefix: `test-audit-${randomUUID()}` });
    const written = await Promise.all(
      ['a', 'b', 'c'].map((requestId) => log.append({ type: 'requested', requestId, actor: 'alice' })),
    );
    const single = await log.append({ type: 'requested', requestId: 'd', actor: 'alice' });
    const all = await log.read();
    expect(all.map((e) => e.requestId)).toEqual(['a', 'b', 'c', 'd']);
    expect([...written, single].map((e) => e.streamId)).toEqual(all.map((e) => e.streamId));
    expect(await log.verify()).toEqual({ ok: true, count: 4 });
  });
});
