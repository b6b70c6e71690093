/**
 * The official Kubernetes Python client (Debian's python3-kubernetes) against the sandbox: watch (sent as
 * `watch=True`), scale, CRUD, custom objects, dry run and timestamped logs, through official-client.py. In CI a
 * missing client fails the run; locally it is a visible skip.
 */
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

const run = promisify(execFile);
/** Debian's interpreter, where python3-kubernetes installs (a pyenv python3 on PATH would not see it). */
const PYTHON = process.env.COXSWAIN_PYTHON ?? '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./official-client.py', import.meta.url));

function hasClient(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import kubernetes'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasClient();
let t: TestSandbox;

beforeAll(async () => {
  if (available) t = await startTestSandbox();
});
afterAll(() => t?.cleanup());

if (!available && process.env.CI) {
  it('the official Python client is installed (CI installs python3-kubernetes)', () => {
    expect.fail(`${PYTHON} cannot import kubernetes`);
  });
}

it.skipIf(!available)('watch, scale, CRUD, custom objects, dry run and timestamped logs work', async () => {
  const { stdout } = await run(PYTHON, [SCRIPT, t.kubeconfigPath], { timeout: 60_000 });
  const r = JSON.parse(stdout.trim().split('\n').at(-1) as string);
  expect(r.watch_events.length).toBeGreaterThanOrEqual(3);
  expect(new Set(r.watch_events)).toEqual(new Set(['ADDED']));
  expect(r.scaled_replicas).toBe(4);
  expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.status.readyReplicas).toBe(4);
  expect(r.cm_after_replace).toEqual({ k: 'v2' });
  expect(r.cm_deleted_status).toBe(404);
  expect(r.rollouts).toEqual(['checkout']);
  expect(r.rollout_paused).toBe(true);
  expect(r.dry_run_answered).toBe('py-dry');
  expect(r.dry_run_stored).toBe(false);
  expect(r.log_lines).toHaveLength(2);
  for (const line of r.log_lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z level=info/);
});
