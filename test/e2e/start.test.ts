import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alive, spawnStart } from './start-child.ts';

/** Pids of the direct children of `pid` with their command names. */
function childrenOf(pid: number): { pid: number; command: string }[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' });
  } catch {
    // ps exits 1 when there are no children.
  }
  return out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [p, ...cmd] = line.trim().split(/\s+/);
      return { pid: Number(p), command: cmd.join(' ') };
    });
}

describe('coxswain start', () => {
  it('without REDIS_URL starts its own redis-server, serves the playground, and stops everything on SIGTERM', async () => {
    const app = await spawnStart({ REDIS_URL: undefined, REDIS_PREFIX: undefined });
    let redisPid: number | undefined;
    try {
      expect(app.output()).toContain('private redis-server');
      const page = await fetch(`${app.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('coxswain playground');
      const ready = await fetch(`${app.url}/readyz`);
      expect(await ready.json()).toEqual({ ok: true, checks: { redis: 'ok', cluster: 'ok' } });
      const asked = await fetch(`${app.url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ person: 'alice', text: 'scale worker in staging to 2' }),
      });
      expect((await asked.json()).result.outcome).toBe('executed');
      redisPid = childrenOf(app.child.pid!).find((c) => c.command.startsWith('redis-server'))?.pid;
      expect(redisPid).toBeDefined();
    } finally {
      expect(await app.stop()).toBe(0);
    }
    expect(app.output()).toContain('coxswain stopped.');
    expect(alive(redisPid!)).toBe(false);
  }, 120_000);

  it('stops cleanly on Ctrl-C (SIGINT to the whole process group), its redis-server last', async () => {
    const app = await spawnStart({ REDIS_URL: undefined, REDIS_PREFIX: undefined });
    const redisPid = childrenOf(app.child.pid!).find((c) => c.command.startsWith('redis-server'))?.pid;
    expect(redisPid).toBeDefined();
    // A pending approval: the runtime has Redis work to finish while stopping.
    const asked = await fetch(`${app.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ person: 'alice', text: 'scale web in prod to 8' }),
    });
    expect((await asked.json()).result.outcome).toBe('pending');
    expect(await app.interrupt()).toBe(0);
    expect(app.output()).toContain('coxswain stopped.');
    expect(app.output()).not.toContain('ECONNREFUSED');
    expect(alive(redisPid!)).toBe(false);
  }, 120_000);

  it('names the install command once when redis-server is missing, and exits 1', async () => {
    // A PATH with no redis-server on it (node itself is started by its absolute path).
    const empty = mkdtempSync(join(tmpdir(), 'coxswain-nopath-'));
    try {
      const app = spawnStart({ REDIS_URL: undefined, PATH: empty });
      const err = await app.then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err?.message).toContain('exited with 1');
      const mentions = err?.message.match(/sudo apt-get install redis-server/g) ?? [];
      expect(mentions).toHaveLength(1);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 90_000);
});
