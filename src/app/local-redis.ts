import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { CoxswainError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';

/** A redis-server child of this process (for `coxswain start`), stopped with it. */
export interface LocalRedis {
  url: string;
  /** SIGTERM, then wait for the child to exit (Redis writes its AOF on the way out). */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;

const REDIS_MISSING_MESSAGE =
  'redis-server is not installed, and coxswain start needs it when REDIS_URL is not set. Install it with `sudo apt-get install redis-server` (macOS: `brew install redis`), or set REDIS_URL to a Redis you already run.';

/**
 * A redis-server a previous `coxswain start` left behind (it was killed with SIGKILL and could not stop its
 * child) still holds this data directory: stop it before starting another on the same files.
 */
async function stopLeftover(pidfile: string): Promise<void> {
  let pid: number;
  try {
    pid = Number(readFileSync(pidfile, 'utf8').trim());
  } catch {
    return;
  }
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    // Gone already, or no /proc (macOS): nothing to stop that we can be sure is ours.
  }
  if (pid > 0 && command === 'redis-server') {
    logger.warn({ pid }, 'stopping the redis-server a previous coxswain start left running');
    process.kill(pid, 'SIGTERM');
    // It writes its AOF on the way out; the new server must not open the files before that.
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A free loopback port: listen on port 0, read it, close again. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/**
 * Spawns redis-server on loopback `port` with its data in `dir` (no RDB snapshots; `args` add to that) and resolves
 * once it accepts connections. Each failure is one sentence: `missing` when the binary is not installed, else what
 * went wrong followed by `otherwise` (what the reader can do about it).
 */
export async function spawnRedisServer(opts: {
  port: number;
  dir: string;
  args: string[];
  bin?: string;
  detached?: boolean;
  missing: string;
  otherwise: string;
}): Promise<ChildProcess> {
  const args = ['--port', String(opts.port), '--bind', '127.0.0.1', '--dir', opts.dir, '--save', '', ...opts.args];
  const child = spawn(opts.bin ?? 'redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: opts.detached });
  const failure = (sentence: string) => new CoxswainError('unavailable', 'system', `${sentence} ${opts.otherwise}`);
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(failure(`redis-server did not become ready in ${READY_TIMEOUT_MS / 1000} s: ${output.slice(-300)}.`));
    }, READY_TIMEOUT_MS);
    const collect = (d: Buffer) => {
      output += d.toString();
      if (!output.includes('Ready to accept connections')) return;
      clearTimeout(timer);
      child.stdout?.off('data', collect);
      child.stderr?.off('data', collect);
      ready();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      fail(
        err.code === 'ENOENT'
          ? new CoxswainError('unavailable', 'system', opts.missing)
          : failure(`redis-server could not start (${err.message}).`),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(failure(`redis-server exited with code ${code} before it was ready: ${output.trim().slice(-300)}.`));
    });
  });
  // Keep draining the pipes so the child never blocks on a full buffer.
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/** Sends `signal` unless the child has exited already, and resolves once it has. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
}

/**
 * Starts `redis-server` on a free loopback port with its data under `dir` and AOF on, so pending approvals and
 * the audit log survive a restart of `coxswain start`. Throws one clear sentence when the binary is missing.
 */
export async function startLocalRedis(opts: { dir: string; bin?: string }): Promise<LocalRedis> {
  const dir = resolve(opts.dir);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const pidfile = join(dir, 'redis.pid');
  await stopLeftover(pidfile);
  // In a process group of its own: Ctrl-C in the terminal signals our whole group, and Redis must outlive the
  // workers' last writes, so it is stopped by us, last. (A leftover after a crash is stopped on the next start.)
  const child = await spawnRedisServer({
    port,
    dir,
    args: ['--appendonly', 'yes', '--pidfile', pidfile],
    bin: opts.bin,
    detached: true,
    missing: REDIS_MISSING_MESSAGE,
    otherwise: `Check ${dir}, or set REDIS_URL to a Redis you already run.`,
  });
  logger.info({ port, dir }, 'private redis-server started');
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => stopChild(child, 'SIGTERM'),
  };
}
