import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/policy/load.ts';
import { LimitSchema } from '../../src/policy/schema.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Item 7 of issue 16: numbers come from the live object. The planner's inventory is cached for a minute here; an
 * outside `kubectl scale` (a PATCH of the scale subresource over HTTP) lands between the cache refresh and the
 * request, so the cache is wrong about the count when the request is planned and decided.
 */
let t: TestRuntime;
beforeAll(async () => {
  const sandbox = loadPolicyFile('deploy/policy/sandbox.yaml');
  const policy = { ...sandbox, limits: [...sandbox.limits, LimitSchema.parse({ namespaces: ['staging'], maxReplicaChange: 2 })] };
  t = await startTestRuntime({ overrides: { policy, inventoryTtlMs: 60_000 } });
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

/** What `kubectl scale deployment/NAME --replicas=N -n NS` sends, from outside coxswain. */
async function outsideScale(namespace: string, name: string, replicas: number): Promise<void> {
  const res = await fetch(`${t.sandbox.url}/apis/apps/v1/namespaces/${namespace}/deployments/${name}/scale`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${t.sandbox.token}`, 'content-type': 'application/merge-patch+json' },
    body: JSON.stringify({ spec: { replicas } }),
  });
  expect(res.status).toBe(200);
}

/** The planner's cached view of a workload, refreshed now (the request right after it sees this cache). */
async function cachedReplicas(namespace: string, name: string): Promise<number | undefined> {
  const ctx = await t.runtime.planContext();
  return ctx.inventory.workloads.find((w) => w.namespace === namespace && w.name === name)?.replicas;
}

const ask = (text: string) => t.runtime.core.handle({ channel: 'terminal', actor: { personId: 'alice' }, text });

it("the replica-change limit counts from the live count, not the cache's", async () => {
  expect(await cachedReplicas('staging', 'worker')).toBe(1);
  await outsideScale('staging', 'worker', 12);
  expect(await cachedReplicas('staging', 'worker')).toBe(1);
  const r = await ask('scale worker in staging to 1');
  expect(r.outcome, r.reason).toBe('denied');
  expect(r.decision?.rule).toBe('limit maxReplicaChange');
  expect(r.reason).toMatch(/from 12 to 1 replicas/);
  expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(12);
  const ok = await ask('scale worker in staging to 10');
  expect(ok.outcome, ok.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(10);
});

it('a relative request is planned again against the live count', async () => {
  await t.runtime.planContext();
  await outsideScale('staging', 'api', 10);
  expect(await cachedReplicas('staging', 'api')).toBe(2);
  const less = await ask('remove one replica of api in staging');
  expect(less.outcome, less.reason).toBe('executed');
  expect(less.args).toMatchObject({ replicas: 9 });
  expect(replicasOf(t.sandbox, 'staging', 'api')).toBe(9);
  await outsideScale('staging', 'api', 5);
  const more = await ask('add 2 replicas to api in staging');
  expect(more.outcome, more.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'staging', 'api')).toBe(7);
});
