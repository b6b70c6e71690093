import { afterAll, beforeAll, expect, it } from 'vitest';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { askUntilExecuting, executedEntries, exitOf, spawnWorker, type WorkerProcess } from './worker-process.ts';

let t: TestRuntime;
let child: WorkerProcess | undefined;
beforeAll(async () => {
  t = await startTestRuntime({ workers: false });
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await t?.close();
});

it('a coxswain worker stopped with SIGTERM finishes its active job, exits 0, and the job ran once', async () => {
  child = await spawnWorker(t.env);
  // The scale calls on staging/api (the engine's dry run, the worker's dry run, the real call) answer late, so
  // the SIGTERM arrives while the worker is inside the real call.
  t.sandbox.faults.delayNext({ method: 'PATCH', pathIncludes: '/deployments/api/scale', ms: 1500, times: 3 });
  const requestId = 'sigterm-1';
  const { answer } = await askUntilExecuting(t, requestId, 'scale api in staging to 5');

  child.kill('SIGTERM');
  const code = await exitOf(child);
  expect(code, child.output()).toBe(0);

  // The job finished before the worker left: completed in BullMQ, not back in the queue for someone else.
  expect(await t.runtime.queue.queue.getJobState(requestId)).toBe('completed');
  const result = await answer;
  expect(result.outcome, result.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'api')).toBe(5);
  expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
  expect((await t.runtime.effects.get(requestId))?.status).toBe('executed');
  expect(await executedEntries(t, requestId)).toHaveLength(1);
});
