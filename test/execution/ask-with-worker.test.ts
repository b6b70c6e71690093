import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { BIN } from './worker-process.ts';

const run = promisify(execFile);

let t: TestRuntime;
beforeAll(async () => {
  // No worker anywhere but the one `--with-worker` starts inside the command.
  t = await startTestRuntime({ workers: false });
});
afterAll(() => t?.close());

it('coxswain ask --with-worker runs the write on its own worker, prints the executed result and exits 0', async () => {
  const { stdout } = await run(
    process.execPath,
    [BIN, 'ask', '--as', 'alice', '--json', '--with-worker', 'scale api in staging to 4'],
    { env: { ...process.env, ...t.env } },
  );
  const r = JSON.parse(stdout) as { requestId: string; outcome: string; reason?: string; result?: unknown };
  expect(r.outcome, r.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'api')).toBe(4);
  expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
  expect(await t.runtime.queue.queue.getJobState(r.requestId)).toBe('completed');
  const types = (await t.runtime.audit.read()).filter((e) => e.requestId === r.requestId).map((e) => e.type);
  expect(types).toEqual(['requested', 'planned', 'executed']);
});
