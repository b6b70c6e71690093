import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

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
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    opts.appendonly ? 'yes' : 'no',
    '--appendfsync',
    opts.appendfsync ?? 'everysec',
    '--maxmemory-policy',
    'noeviction',
  ];
  const boot = async () => {
    child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const onData = (d: Buffer) => {
        out += d.toString();
        if (out.includes('Ready to accept connections')) resolve();
      };
      child?.stdout?.on('data', onData);
      child?.on('error', (e) =>
        reject(new Error(`redis-server could not start (${e.message}). Install it: apt-get install -y redis-server`)),
      );
      child?.on('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out.slice(-500)}`)));
    });
  };
  const waitExit = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
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
