import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ChaosApis, createSimulation, getSimulation } from '../../src/chaos/kube.ts';
import { buildSimulation } from '../../src/chaos/simulation.ts';
import launchChaos from '../../tools/launch-chaos.ts';
import { chaosSandbox, manualReconciler, testClock } from './fixture.ts';

let env: Awaited<ReturnType<typeof chaosSandbox>>;

beforeAll(async () => {
  env = await chaosSandbox();
});
afterAll(() => env?.cleanup());

async function podNames(api: ChaosApis, app: string): Promise<{ name: string; phase?: string }[]> {
  const list = await api.core.listNamespacedPod({ namespace: 'staging', labelSelector: `app=${app}` });
  return list.items
    .filter((p) => !p.metadata?.deletionTimestamp)
    .map((p) => ({ name: p.metadata?.name ?? '', phase: p.status?.phase }));
}

describe('native engine (no Chaos Mesh)', () => {
  it('kills one pod of the target, which its Deployment replaces, and finishes at endsAt', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const before = await podNames(env.api, 'api');
    expect(before).toHaveLength(2);

    const args = launchChaos.schema.parse({ namespace: 'staging', target: 'api', experiment: 'pod-kill', durationSeconds: 5 });
    const launched = await launchChaos.execute(args, env.ctx('kill a pod of api in staging'));
    const { name } = launched.data as { name: string };
    expect(name).toMatch(/^api-pod-kill-[a-z0-9]{5}$/);

    await rec.runOnce();
    const running = await getSimulation(env.api, 'staging', name);
    expect(running?.status).toMatchObject({ phase: 'Running', engine: 'native' });
    expect(running?.spec).toMatchObject({ command: 'kill a pod of api in staging', requestedBy: 'alice', approvedBy: ['bob'] });
    const killed = running?.status?.affectedPods ?? [];
    expect(killed).toHaveLength(1);
    expect(before.map((p) => p.name)).toContain(killed[0]);

    await vi.waitFor(async () => {
      const after = await podNames(env.api, 'api');
      expect(after.map((p) => p.name)).not.toContain(killed[0]);
      expect(after).toHaveLength(2);
      expect(after.every((p) => p.phase === 'Running')).toBe(true);
    });

    await rec.runOnce();
    expect((await getSimulation(env.api, 'staging', name))?.status?.phase).toBe('Running');
    clock.advance(6);
    await rec.runOnce();
    const done = await getSimulation(env.api, 'staging', name);
    expect(done?.status?.phase).toBe('Finished');
    expect(done?.status?.affectedPods).toEqual(killed);
    await rec.stop();
  });

  it('kills up to 50% of the pods at level 8', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const sim = await createSimulation(
      env.api,
      buildSimulation(
        { namespace: 'staging', target: 'web', experiment: 'pod-failure', level: 8, durationSeconds: 30 },
        { requestedBy: 'alice' },
      ),
      false,
    );
    await rec.runOnce();
    const s = await getSimulation(env.api, 'staging', sim.metadata.name);
    expect(s?.status?.phase).toBe('Running');
    expect(s?.status?.affectedPods).toHaveLength(1);
    expect(s?.status?.message).toMatch(/pod-failure runs as a kill/);
    await rec.stop();
  });

  it('fails network and stress experiments plainly: they need Chaos Mesh', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const sim = await createSimulation(
      env.api,
      buildSimulation(
        { namespace: 'staging', target: 'web', experiment: 'network-delay', level: 1, durationSeconds: 30, latencyMs: 100 },
        { requestedBy: 'alice' },
      ),
      false,
    );
    await rec.runOnce();
    const s = await getSimulation(env.api, 'staging', sim.metadata.name);
    expect(s?.status?.phase).toBe('Failed');
    expect(s?.status?.message).toMatch(/network-delay needs Chaos Mesh/);
    await rec.stop();
  });

  it('refuses a simulation created by hand in a system namespace', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const sim = await createSimulation(
      env.api,
      buildSimulation(
        { namespace: 'kube-system', target: 'coredns', experiment: 'pod-kill', level: 10, durationSeconds: 30 },
        { requestedBy: 'mallory' },
      ),
      false,
    );
    const podsBefore = await env.api.core.listNamespacedPod({ namespace: 'kube-system' });
    await rec.runOnce();
    const s = await getSimulation(env.api, 'kube-system', sim.metadata.name);
    expect(s?.status?.phase).toBe('Failed');
    expect(s?.status?.message).toMatch(/never target the system namespace kube-system/);
    const podsAfter = await env.api.core.listNamespacedPod({ namespace: 'kube-system' });
    expect(podsAfter.items.map((p) => p.metadata?.name).sort()).toEqual(podsBefore.items.map((p) => p.metadata?.name).sort());
    await rec.stop();
  });
});
