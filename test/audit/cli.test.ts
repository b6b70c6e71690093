import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AuditLog } from '../../src/audit/log.ts';

const url = inject('redisUrl');
const redis = new Redis(url);
const prefix = `test-audit-cli-${randomUUID()}`;
const log = new AuditLog(redis, { prefix });

afterAll(() => redis.disconnect());

function coxswain(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'node',
      ['bin/coxswain.mjs', 'audit', ...args],
      { env: { ...process.env, REDIS_URL: url, REDIS_PREFIX: prefix } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

describe('coxswain audit', () => {
  it('exports JSONL, from a point with --since, and verifies; a removed entry fails verify naming it', async () => {
    const entries = [];
    for (const type of ['requested', 'pending', 'approved', 'executed'] as const) {
      entries.push(await log.append({ type, requestId: 'req-1', actor: type === 'approved' ? 'bob' : 'alice', tool: 'scale' }));
    }
    const all = await coxswain('export');
    expect(all.code).toBe(0);
    expect(
      all.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(entries);

    const out = join(mkdtempSync(join(tmpdir(), 'coxswain-audit-')), 'audit.jsonl');
    expect((await coxswain('export', '--since', entries[2].streamId, '--out', out)).code).toBe(0);
    expect(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).type),
    ).toEqual(['approved', 'executed']);

    expect(await coxswain('verify')).toMatchObject({ code: 0, stdout: `${prefix}:audit: ok (4 entries, hash chain intact)\n` });
    await redis.xdel(log.key, entries[1].streamId);
    const broken = await coxswain('verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at entry 1 (stream id ${entries[2].streamId})`);
    expect(broken.stdout).toContain('removed');
  });

  it('refuses a --since that is neither a time nor a stream id', async () => {
    const r = await coxswain('export', '--since', 'last tuesday');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since');
  });
});
