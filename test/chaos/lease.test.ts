import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, getSimulation } from '../../src/chaos/kube.ts';
import { buildSimulation } from '../../src/chaos/simulation.ts';
import { chaosSandbox, manualReconciler, testClock } from './fixture.ts';

let env: Awaited<ReturnType<typeof chaosSandbox>>;

beforeAll(async () => {
  env = await chaosSandbox();
});
afterAll(() => env?.cleanup());

async function holder(leaseName: string) {
  const lease = await env.api.coordination.readNamespacedLease({ namespace: 'default', name: leaseName });
  return lease.spec;
}

async function pending(target: string) {
  return createSimulation(
    env.api,
    buildSimulation(
      { namespace: 'staging', target, experiment: 'pod-kill', level: 1, durationSeconds: 600 },
      { requestedBy: 'alice' },
    ),
    false,
  );
}

describe('one reconciler across replicas (Lease)', () => {
  it('only the lease holder acts; the other takes over once the lease expires', async () => {
    const leaseName = 'chaos-lease-test';
    const clockA = testClock();
    const clockB = testClock();
    const a = manualReconciler(env.registry, clockA.now, { identity: 'replica-a', leaseName, leaseDurationSeconds: 15 });
    const b = manualReconciler(env.registry, clockB.now, { identity: 'replica-b', leaseName, leaseDurationSeconds: 15 });

    await a.runOnce();
    expect(await holder(leaseName)).toMatchObject({ holderIdentity: 'replica-a', leaseDurationSeconds: 15 });

    const first = await pending('web');
    await b.runOnce();
    expect(await holder(leaseName)).toMatchObject({ holderIdentity: 'replica-a' });
    expect((await getSimulation(env.api, 'staging', first.metadata.name))?.status?.phase).toBeUndefined();

    await a.runOnce();
    expect((await getSimulation(env.api, 'staging', first.metadata.name))?.status?.phase).toBe('Running');

    // replica-a stops renewing (it died); once its 15s have passed, replica-b takes over.
    const second = await pending('worker');
    clockB.advance(10);
    await b.runOnce();
    expect((await getSimulation(env.api, 'staging', second.metadata.name))?.status?.phase).toBeUndefined();
    clockB.advance(10);
    await b.runOnce();
    const spec = await holder(leaseName);
    expect(spec).toMatchObject({ holderIdentity: 'replica-b', leaseTransitions: 1 });
    expect((await getSimulation(env.api, 'staging', second.metadata.name))?.status?.phase).toBe('Running');

    // replica-a comes back: its clock says its lease is still fresh, but the Lease names replica-b.
    const third = await pending('api');
    await a.runOnce();
    expect(await holder(leaseName)).toMatchObject({ holderIdentity: 'replica-b' });
    expect((await getSimulation(env.api, 'staging', third.metadata.name))?.status?.phase).toBeUndefined();

    await a.stop();
    await b.stop();
    expect((await holder(leaseName))?.holderIdentity).toBe('');
  });
});
