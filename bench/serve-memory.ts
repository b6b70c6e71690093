import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../test/helpers/redis.ts';

const ROOT = join(import.meta.dirname, '..');

/** Resident memory of one process, in MB (VmRSS of /proc/PID/status: Linux). */
function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round(Number(kb) / 1024);
}

/** The children of a process (the Node 24 process the bin wrapper re-executes). */
function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

export interface ServeMemory {
  /** The Node 24 process that serves. */
  serveMb: number;
  /** With `node` older than 24: the wrapper of bin/coxswain.mjs that re-executed it. */
  wrapperMb?: number;
}

/**
 * `coxswain serve` in its own process, started as a person would (`node bin/coxswain.mjs serve`), with the given
 * environment (REDIS_URL, KUBECONFIG, TMPDIR for its compile cache, …) and nothing else configured: no Slack, no
 * model, no tracing. Its memory once it has answered /healthz and sat idle for `settleMs` (the inventory watches
 * open, the JIT and GC settle): the median of 5 readings a second apart. `node` is the binary that starts it: an
 * older Node measures the re-exec wrapper too.
 */
export async function serveIdleMemory(
  env: Record<string, string>,
  opts: { node?: string; settleMs?: number } = {},
): Promise<ServeMemory> {
  const port = await freePort();
  const child = spawn(opts.node ?? process.execPath, [join(ROOT, 'bin', 'coxswain.mjs'), 'serve'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`coxswain serve exited with ${child.exitCode}: ${stderr.slice(-2000)}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`coxswain serve did not answer /healthz: ${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, opts.settleMs ?? 10_000));
    const pid = child.pid as number;
    const inner = childrenOf(pid).find((c) => /coxswain\.mjs/.test(readFileSync(`/proc/${c}/cmdline`, 'utf8')));
    const readings: ServeMemory[] = [];
    for (let i = 0; i < 5; i++) {
      if (i) await new Promise((r) => setTimeout(r, 1000));
      readings.push(inner === undefined ? { serveMb: rssMb(pid) } : { serveMb: rssMb(inner), wrapperMb: rssMb(pid) });
    }
    return readings.sort((a, b) => a.serveMb - b.serveMb)[2] as ServeMemory;
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
