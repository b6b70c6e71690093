import { describe, expect, it } from 'vitest';
import { buildChaosMeshObject, chaosMeshKind } from '../../src/chaos/chaos-mesh-objects.ts';
import type { ChaosExperiment } from '../../src/chaos/experiments.ts';
import { buildSimulation, type Simulation } from '../../src/chaos/simulation.ts';

function sim(experiment: ChaosExperiment, extra: { level?: number; latencyMs?: number; lossPercent?: number } = {}): Simulation {
  const s = buildSimulation(
    { namespace: 'staging', target: 'api', experiment, level: extra.level ?? 1, durationSeconds: 60, ...extra },
    { requestText: 'kill a pod of api', requestedBy: 'alice', approvedBy: ['bob'] },
    'api-x-abcde',
  );
  s.metadata.uid = 'uid-1';
  return s;
}

const sel = { app: 'api' };
const owner = [
  {
    apiVersion: 'chaos.coxswain.dev/v1alpha1',
    kind: 'ChaosSimulation',
    name: 'api-x-abcde',
    uid: 'uid-1',
    controller: true,
    blockOwnerDeletion: true,
  },
];

describe('Chaos Mesh objects', () => {
  it('pod-kill: a PodChaos with upstream fields and an owner reference', () => {
    const o = buildChaosMeshObject(sim('pod-kill'), sel, 60);
    expect(o).toEqual({
      apiVersion: 'chaos-mesh.org/v1alpha1',
      kind: 'PodChaos',
      metadata: {
        name: 'api-x-abcde',
        namespace: 'staging',
        labels: { 'chaos.coxswain.dev/simulation': 'api-x-abcde', 'app.kubernetes.io/managed-by': 'coxswain' },
        ownerReferences: owner,
      },
      spec: { action: 'pod-kill', mode: 'one', selector: { namespaces: ['staging'], labelSelectors: sel }, duration: '60s' },
    });
  });

  it('each experiment type has its exact spec', () => {
    const base = { selector: { namespaces: ['staging'], labelSelectors: sel }, duration: '45s' };
    const cases: [ChaosExperiment, Record<string, unknown>, Record<string, unknown>?][] = [
      ['pod-failure', { action: 'pod-failure', mode: 'fixed-percent', value: '25', ...base }, { level: 5 }],
      [
        'network-delay',
        { action: 'delay', delay: { latency: '300ms' }, mode: 'fixed-percent', value: '50', ...base },
        { level: 8, latencyMs: 300 },
      ],
      ['network-loss', { action: 'loss', loss: { loss: '30' }, mode: 'all', ...base }, { level: 10, lossPercent: 30 }],
      [
        'network-partition',
        {
          action: 'partition',
          direction: 'both',
          target: { mode: 'all', selector: { namespaces: ['staging'] } },
          mode: 'one',
          ...base,
        },
      ],
      ['cpu-stress', { stressors: { cpu: { workers: 1, load: 80 } }, mode: 'one', ...base }],
      ['memory-stress', { stressors: { memory: { workers: 1, size: '256MB' } }, mode: 'one', ...base }],
    ];
    for (const [type, spec, extra] of cases) {
      const o = buildChaosMeshObject(sim(type, extra), sel, 45);
      expect(o.kind).toBe(chaosMeshKind(type));
      expect(o.spec, type).toEqual(spec);
    }
  });

  it('kinds follow the experiment', () => {
    expect(chaosMeshKind('pod-kill')).toBe('PodChaos');
    expect(chaosMeshKind('network-loss')).toBe('NetworkChaos');
    expect(chaosMeshKind('memory-stress')).toBe('StressChaos');
  });

  it('defaults latency and loss when the request named none', () => {
    expect(buildChaosMeshObject(sim('network-delay'), sel, 60).spec.delay).toEqual({ latency: '200ms' });
    expect(buildChaosMeshObject(sim('network-loss'), sel, 60).spec.loss).toEqual({ loss: '25' });
  });
});
