import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalRedis } from '../../src/app/local-redis.ts';
import { freePort } from '../helpers/redis.ts';
import { alive } from './start-child.ts';

describe('the private redis-server of coxswain start', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'coxswain-local-redis-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('keeps its data with AOF across a restart on the same directory', async () => {
    const dir = tempDir();
    const first = await startLocalRedis({ dir });
    const a = new Redis(first.url);
    expect(await a.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
    await a.set('coxswain:approval', 'pending');
    await a.quit();
    await first.stop();

    const second = await startLocalRedis({ dir });
    const b = new Redis(second.url);
    expect(await b.get('coxswain:approval')).toBe('pending');
    await b.quit();
    await second.stop();
    expect(existsSync(join(dir, 'redis.pid'))).toBe(false);
  });

  it('stops a redis-server a killed start left on the same directory before starting a new one', async () => {
    const dir = tempDir();
    const port = await freePort();
    const leftover = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--pidfile', join(dir, 'redis.pid'), '--save', ''],
      { stdio: 'ignore', detached: true },
    );
    const exited = new Promise((resolve) => leftover.once('exit', resolve));
    await expect.poll(() => existsSync(join(dir, 'redis.pid'))).toBe(true);
    const fresh = await startLocalRedis({ dir });
    await exited;
    expect(alive(leftover.pid!)).toBe(false);
    const c = new Redis(fresh.url);
    expect(await c.ping()).toBe('PONG');
    await c.quit();
    await fresh.stop();
  });
});
