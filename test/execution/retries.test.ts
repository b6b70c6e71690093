import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { DEFAULT_RETRY } from '../../src/kube/retry.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

const SCALE = '/deployments/worker/scale';

/**
 * Lets the two dry runs through (the engine's, then the worker's: faults match by path, and a dry run is the
 * same PATCH) and fails the next `times` PATCHes, which are then the real write and its retries.
 */
function failRealWrite(status: number, times: number) {
  t.sandbox.faults.delayNext({ method: 'PATCH', pathIncludes: SCALE, ms: 0, times: 2 });
  t.sandbox.faults.failNext({ method: 'PATCH', pathIncludes: SCALE, status, times });
}

const realPatches = () => t.sandbox.requests.filter((r) => r.method === 'PATCH' && !r.dryRun && r.path.endsWith(SCALE));
const auditOf = async (requestId: string) => (await t.runtime.audit.read()).filter((e) => e.requestId === requestId);

it('retries a write the API answered 503 to beyond the kube layer own retries, and it executes once', async () => {
  // Every attempt the kube layer makes inside the first job attempt fails: only BullMQ's retry gets through.
  failRealWrite(503, DEFAULT_RETRY.attempts);
  const r = await t.runtime.core.handle({
    id: 'retry-503',
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'scale worker in staging to 4',
  });
  expect(r.outcome, r.reason).toBe('executed');
  expect(realPatches().map((p) => p.status)).toEqual([...Array(DEFAULT_RETRY.attempts).fill(503), 200]);
  expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
  expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(4);
  const job = await t.runtime.queue.queue.getJob('retry-503');
  expect(job?.attemptsMade).toBe(2);
  expect((await auditOf('retry-503')).map((e) => e.type)).toEqual(['requested', 'planned', 'executed']);
});

it('does not retry a 4xx: the job fails at once with the sentence, nothing changed', async () => {
  failRealWrite(403, 1);
  const r = await t.runtime.core.handle({
    id: 'retry-403',
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'scale worker in staging to 2',
  });
  expect(r.outcome).toBe('failed');
  expect(r.reason).toMatch(/not allowed to patch .*worker.*Ask a cluster admin for RBAC permission/);
  expect(realPatches()).toHaveLength(1);
  expect(replicasOf(t.sandbox, 'staging', 'worker')).not.toBe(2);
  const job = await t.runtime.queue.queue.getJob('retry-403');
  expect(await job?.getState()).toBe('failed');
  expect(job?.attemptsMade).toBe(1);
  expect(job?.failedReason).toBe(r.reason);
  expect((await t.runtime.effects.get('retry-403'))?.status).toBe('failed');
  const failed = (await auditOf('retry-403')).filter((e) => e.type === 'failed');
  expect(failed).toHaveLength(1);
  expect(failed[0].detail).toMatchObject({ code: 'forbidden', reason: r.reason });
});
