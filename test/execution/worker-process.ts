import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

/**
 * A real `coxswain worker` child process on a test runtime's environment; resolves once it says it is ready.
 * Its stdout and stderr are kept in `output()` for failure messages.
 */
export function spawnWorker(env: Record<string, string>, args: string[] = []): Promise<ChildProcess & { output(): string }> {
  const p = spawn(process.execPath, [BIN, 'worker', '--no-chaos', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const child = Object.assign(p, { output: () => out });
  p.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve, reject) => {
    p.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) resolve(child);
    });
    p.on('exit', (code) => reject(new Error(`coxswain worker exited (${code}) before it was ready: ${out}`)));
  });
}

/** Resolves with the child's exit code (null when a signal ended it). */
export function exitOf(p: ChildProcess): Promise<number | null> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve(p.exitCode);
  return new Promise((resolve) => p.once('exit', (code) => resolve(code)));
}
