import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Result } from '../../src/core/result.ts';
import type { TestRuntime } from '../helpers/runtime.ts';

export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

/**
 * A real `coxswain worker` child process on a test runtime's environment; resolves once it says it is ready.
 * Its stdout and stderr are kept in `output()` for failure messages.
 */
export type WorkerProcess = ChildProcess & { output(): string };

export function spawnWorker(env: Record<string, string>, args: string[] = []): Promise<WorkerProcess> {
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

/**
 * Asks `text` as alice under `requestId` and resolves once the worker has written the request's effect marker
 * `executing`: it is inside the real call. `answer` is the request's Result, still to come.
 */
export async function askUntilExecuting(t: TestRuntime, requestId: string, text: string): Promise<{ answer: Promise<Result> }> {
  const answer = t.runtime.core.handle({ id: requestId, channel: 'terminal', actor: { personId: 'alice' }, text });
  await expect
    .poll(async () => (await t.runtime.effects.get(requestId))?.status, { timeout: 15_000, interval: 50 })
    .toBe('executing');
  return { answer };
}

/** The request's `executed` audit entries: exactly one when its action ran once. */
export async function executedEntries(t: TestRuntime, requestId: string) {
  return (await t.runtime.audit.read()).filter((e) => e.requestId === requestId && e.type === 'executed');
}
