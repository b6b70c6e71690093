import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnRedisServer, stopChild } from '../../src/app/local-redis.ts';

export { freePort };

export interface PrivateRedis {
  url: string;
  port: number;
  dir: string;
  /** Stop gracefully (SHUTDOWN semantics via SIGTERM). */
  stop(): Promise<void>;
  /** SIGKILL: no goodbye, like a crash. */
  kill(): Promise<void>;
  /** Start again on the same port and data dir (AOF reloads what was kept). */
  restart(): Promise<void>;
}

/** A private redis-server on a free port, so test runs never touch a shared Redis or each other. */
export async function startRedis(
  opts: { appendonly?: boolean; appendfsync?: 'always' | 'everysec' | 'no' } = {},
): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-redis-'));
  let child: ChildProcess | undefined;
  const boot = async () => {
    child = await spawnRedisServer({
      port,
      dir,
      args: [
        '--appendonly',
        opts.appendonly ? 'yes' : 'no',
        '--appendfsync',
        opts.appendfsync ?? 'everysec',
        '--maxmemory-policy',
        'noeviction',
      ],
      missing: 'redis-server is not installed, and the tests need it. Install it: apt-get install -y redis-server',
      otherwise: 'The tests need a working redis-server (apt-get install -y redis-server).',
    });
  };
  const waitExit = async (signal: NodeJS.Signals) => {
    if (child) await stopChild(child, signal);
  };
  await boot();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    stop: async () => {
      await waitExit('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
    kill: () => waitExit('SIGKILL'),
    restart: boot,
  };
}
