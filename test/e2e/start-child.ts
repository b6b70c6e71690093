import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

export interface StartedCoxswain {
  child: ChildProcess;
  /** The playground URL `coxswain start` printed. */
  url: string;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Sends `signal` (default SIGTERM) and waits for the exit; resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Ctrl-C in a terminal: SIGINT to the whole process group, and waits for the exit. */
  interrupt(): Promise<number | null>;
}

/**
 * `coxswain start` as a child process, the way `npm start` runs it, with its data in a temp directory and a free
 * port (PORT=0). `env` adds to or overrides the environment; a key set to undefined is removed.
 */
export async function spawnStart(env: Record<string, string | undefined> = {}): Promise<StartedCoxswain> {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-start-'));
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: '0', COXSWAIN_DATA_DIR: dir, PLANNER: 'offline', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  // vitest sets VITEST, which silences the logger; the child should log as a user's would.
  delete merged.VITEST;
  // Its own process group, as a shell gives a foreground job, so that a Ctrl-C can be played to the group.
  const child = spawn(process.execPath, [BIN, 'start'], { env: merged, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`coxswain start printed no URL in 60 s:\n${out}`)), 60_000);
    const check = () => {
      const m = /Open the playground: (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`coxswain start exited with ${code} before it was ready:\n${out}`));
    });
  });
  const finish = async (send: () => void) => {
    if (child.exitCode === null && child.signalCode === null) send();
    const code = await exited;
    rmSync(dir, { recursive: true, force: true });
    return code;
  };
  return {
    child,
    url,
    output: () => out,
    stop: (signal = 'SIGTERM') => finish(() => child.kill(signal)),
    interrupt: () => finish(() => process.kill(-(child.pid as number), 'SIGINT')),
  };
}

/** Whether a process with this pid still exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
