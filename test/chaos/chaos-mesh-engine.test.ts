import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAOS_MESH_PLURALS, chaosMeshKind } from '../../src/chaos/chaos-mesh-objects.ts';
import type { ChaosExperiment } from '../../src/chaos/experiments.ts';
import { type ChaosApis, getSimulation } from '../../src/chaos/kube.ts';
import launchChaos from '../../tools/launch-chaos.ts';
import listChaos from '../../tools/list-chaos.ts';
import stopChaos from '../../tools/stop-chaos.ts';
import { chaosSandbox, manualReconciler, testClock } from './fixture.ts';

interface ChaosObject {
  apiVersion: string;
  kind: string;
  metadata: { labels: Record<string, string>; ownerReferences: unknown[] };
  spec: Record<string, unknown>;
}

let env: Awaited<ReturnType<typeof chaosSandbox>>;

beforeAll(async () => {
  env = await chaosSandbox({ chaosMesh: true });
});
afterAll(() => env?.cleanup());

async function chaosObject(api: ChaosApis, type: ChaosExperiment, name: string): Promise<ChaosObject | undefined> {
  try {
    return await api.custom.getNamespacedCustomObject({
      group: 'chaos-mesh.org',
      version: 'v1alpha1',
      namespace: 'staging',
      plural: CHAOS_MESH_PLURALS[chaosMeshKind(type)],
      name,
    });
  } catch (err) {
    if ((err as { code?: number }).code === 404) return undefined;
    throw err;
  }
}

async function launch(args: Record<string, unknown>, words = 'chaos please') {
  const parsed = launchChaos.schema.parse({ namespace: 'staging', target: 'api', durationSeconds: 120, ...args });
  const r = await launchChaos.execute(parsed, env.ctx(words));
  return (r.data as { name: string }).name;
}

const selector = { namespaces: ['staging'], labelSelectors: { app: 'api' } };

describe('Chaos Mesh engine', () => {
  it('creates each experiment as the exact upstream object, owned by the simulation', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const cases: [Record<string, unknown>, string, Record<string, unknown>][] = [
      [{ experiment: 'pod-kill' }, 'PodChaos', { action: 'pod-kill', mode: 'one', selector, duration: '120s' }],
      [
        { experiment: 'pod-failure', level: 4 },
        'PodChaos',
        { action: 'pod-failure', mode: 'fixed-percent', value: '25', selector, duration: '120s' },
      ],
      [
        { experiment: 'network-delay', level: 7, latencyMs: 250 },
        'NetworkChaos',
        { action: 'delay', delay: { latency: '250ms' }, mode: 'fixed-percent', value: '50', selector, duration: '120s' },
      ],
      [
        { experiment: 'network-loss', level: 10, lossPercent: 30 },
        'NetworkChaos',
        { action: 'loss', loss: { loss: '30' }, mode: 'all', selector, duration: '120s' },
      ],
      [
        { experiment: 'network-partition' },
        'NetworkChaos',
        {
          action: 'partition',
          direction: 'both',
          target: { mode: 'all', selector: { namespaces: ['staging'] } },
          mode: 'one',
          selector,
          duration: '120s',
        },
      ],
      [
        { experiment: 'cpu-stress' },
        'StressChaos',
        { stressors: { cpu: { workers: 1, load: 80 } }, mode: 'one', selector, duration: '120s' },
      ],
      [
        { experiment: 'memory-stress' },
        'StressChaos',
        { stressors: { memory: { workers: 1, size: '256MB' } }, mode: 'one', selector, duration: '120s' },
      ],
    ];
    const names = [];
    for (const [args] of cases) names.push(await launch(args));
    await rec.runOnce();
    for (const [i, [args, kind, spec]] of cases.entries()) {
      const sim = await getSimulation(env.api, 'staging', names[i]);
      expect(sim?.status, String(args.experiment)).toMatchObject({
        phase: 'Running',
        engine: 'chaos-mesh',
        resources: [{ apiVersion: 'chaos-mesh.org/v1alpha1', kind, name: names[i] }],
      });
      const o = await chaosObject(env.api, args.experiment as ChaosExperiment, names[i]);
      expect(o?.apiVersion).toBe('chaos-mesh.org/v1alpha1');
      expect(o?.kind).toBe(kind);
      expect(o?.spec, String(args.experiment)).toEqual(spec);
      expect(o?.metadata.ownerReferences).toEqual([
        {
          apiVersion: 'chaos.coxswain.dev/v1alpha1',
          kind: 'ChaosSimulation',
          name: names[i],
          uid: sim?.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ]);
      expect(o?.metadata.labels['chaos.coxswain.dev/simulation']).toBe(names[i]);
    }
    await rec.stop();
  });

  it('stop_chaos deletes the Chaos Mesh object and sets Stopped; a second stop changes nothing', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const name = await launch({ experiment: 'network-delay', latencyMs: 100 });
    await rec.runOnce();
    expect(await chaosObject(env.api, 'network-delay', name)).toBeDefined();

    const args = stopChaos.schema.parse({ namespace: 'staging', name });
    const preview = await stopChaos.preview(args, env.ctx('stop it'));
    expect(preview.changes).toContainEqual({ path: 'status.phase', before: 'Running', after: 'Stopped' });
    expect(preview.changes).toContainEqual({ path: `NetworkChaos staging/${name}`, before: 'exists', after: null });
    expect((await getSimulation(env.api, 'staging', name))?.status?.phase).toBe('Running');

    const r = await stopChaos.execute(args, env.ctx('stop it'));
    expect(r.summary).toContain(`deleted NetworkChaos ${name}`);
    const sim = await getSimulation(env.api, 'staging', name);
    expect(sim?.status?.phase).toBe('Stopped');
    expect(await chaosObject(env.api, 'network-delay', name)).toBeUndefined();

    const again = await stopChaos.execute(args, env.ctx('stop it'));
    expect(again.summary).toMatch(/already Stopped/);
    await expect(stopChaos.preview(args, env.ctx('stop it'))).rejects.toMatchObject({ code: 'nothing_to_do' });
    await rec.runOnce();
    expect((await getSimulation(env.api, 'staging', name))?.status?.phase).toBe('Stopped');
    await rec.stop();
  });

  it('ends at endsAt: Finished, the Chaos Mesh object deleted; list_chaos shows phase and time left', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const name = await launch({ experiment: 'cpu-stress', durationSeconds: 30 });
    await rec.runOnce();

    const listed = await listChaos.execute(listChaos.schema.parse({ namespace: 'staging' }), env.ctx('list chaos'));
    const row = (listed.data as { simulations: Record<string, unknown>[] }).simulations.find((s) => s.name === name);
    expect(row).toMatchObject({ phase: 'Running', type: 'cpu-stress', target: 'api', engine: 'chaos-mesh' });
    expect(row?.timeLeftSeconds).toBeGreaterThan(0);
    expect(row?.timeLeftSeconds).toBeLessThanOrEqual(30);
    expect(listed.summary).toContain(`staging/${name}: cpu-stress of api (level 1), Running`);

    clock.advance(29);
    await rec.runOnce();
    expect((await getSimulation(env.api, 'staging', name))?.status?.phase).toBe('Running');
    clock.advance(2);
    await rec.runOnce();
    const sim = await getSimulation(env.api, 'staging', name);
    expect(sim?.status?.phase).toBe('Finished');
    expect(await chaosObject(env.api, 'cpu-stress', name)).toBeUndefined();
    await rec.stop();
  });

  it('records the pods Chaos Mesh reports it injected into as affectedPods', async () => {
    const rec = manualReconciler(env.registry, testClock().now);
    const name = await launch({ experiment: 'pod-failure', level: 10 });
    await rec.runOnce();
    const [p1, p2] = (await env.api.core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=api' })).items.map(
      (p) => p.metadata?.name,
    );
    // What the Chaos Mesh controller writes once it has injected (upstream status shape).
    const gvr = { group: 'chaos-mesh.org', version: 'v1alpha1', namespace: 'staging', plural: 'podchaos', name };
    const current = (await env.api.custom.getNamespacedCustomObject(gvr)) as Record<string, unknown>;
    await env.api.custom.replaceNamespacedCustomObjectStatus({
      ...gvr,
      body: {
        ...current,
        status: {
          experiment: {
            desiredPhase: 'Run',
            containerRecords: [
              { id: `staging/${p2}`, phase: 'Injected', selectorKey: '.' },
              { id: `staging/${p1}`, phase: 'Injected', selectorKey: '.' },
            ],
          },
        },
      },
    });
    await rec.runOnce();
    const sim = await getSimulation(env.api, 'staging', name);
    expect(sim?.status?.affectedPods).toEqual([p1, p2].sort());
    expect(sim?.status?.phase).toBe('Running');
    await rec.stop();
  });
});
