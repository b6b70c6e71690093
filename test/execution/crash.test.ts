import { afterAll, beforeAll, expect, it } from 'vitest';
import { startWorkers } from '../../src/app/runtime.ts';
import type { ExecutionWorker } from '../../src/execution/worker.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { askUntilExecuting, executedEntries, exitOf, spawnWorker, type WorkerProcess } from './worker-process.ts';

let t: TestRuntime;
let child: WorkerProcess | undefined;
let rescuer: ExecutionWorker | undefined;
beforeAll(async () => {
  t = await startTestRuntime({ workers: false });
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await rescuer?.close();
  await t?.close();
});

it('recovers the job of a worker killed mid-call without a second effect', async () => {
  child = await spawnWorker(t.env, ['--lock-duration-ms', '4000', '--stalled-interval-ms', '500']);
  // Every scale call on staging/worker answers a second late: the two dry runs and the real call. The killed
  // worker's lock (4 s, renewed every 2 s) outlives the real call, so the call lands before anyone re-runs the job.
  t.sandbox.faults.delayNext({ method: 'PATCH', pathIncludes: '/deployments/worker/scale', ms: 1000, times: 3 });
  const requestId = 'crash-1';
  // The worker has written its effect marker and is inside the real call: kill it.
  const { answer } = await askUntilExecuting(t, requestId, 'scale worker in staging to 3');
  child.kill('SIGKILL');
  await exitOf(child);

  // Another worker finds the stalled job and finishes it.
  rescuer = startWorkers(t.runtime, { chaos: false, stalledIntervalMs: 500, lockDurationMs: 2000 });
  const result = await answer;
  expect(result.outcome, result.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(3);
  // Whether the killed call had reached the sandbox or not, the rescuer decided from the effect marker and the
  // target's fingerprint: it recorded the effect that landed, or made the call that never happened. Once.
  expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
  expect(await executedEntries(t, requestId)).toHaveLength(1);
});
