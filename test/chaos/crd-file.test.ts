import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ChaosExperimentSchema } from '../../src/chaos/experiments.ts';

const crd = parse(readFileSync(new URL('../../deploy/crds/chaossimulation.yaml', import.meta.url), 'utf8'));

describe('deploy/crds/chaossimulation.yaml', () => {
  it('declares the ChaosSimulation CRD', () => {
    expect(crd).toMatchObject({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'chaossimulations.chaos.coxswain.dev' },
      spec: { group: 'chaos.coxswain.dev', scope: 'Namespaced', names: { kind: 'ChaosSimulation', plural: 'chaossimulations' } },
    });
    expect(crd.spec.names.shortNames).toContain('csim');
    const v = crd.spec.versions[0];
    expect(v).toMatchObject({ name: 'v1alpha1', served: true, storage: true, subresources: { status: {} } });
    expect(v.additionalPrinterColumns.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Phase', 'Type', 'Target', 'Level', 'Age']),
    );
  });

  it('validates level, the seven experiment types and the phases', () => {
    const s = crd.spec.versions[0].schema.openAPIV3Schema.properties;
    expect(s.spec.properties.level).toMatchObject({ type: 'integer', minimum: 1, maximum: 10 });
    expect(s.spec.properties.experiment.properties.type.enum).toEqual(ChaosExperimentSchema.options);
    expect(s.status.properties.phase.enum).toEqual(['Pending', 'Running', 'Finished', 'Failed', 'Stopped']);
    for (const f of ['command', 'requestedBy', 'approvedBy']) expect(s.spec.properties[f]).toBeDefined();
    for (const f of ['engine', 'startedAt', 'endsAt', 'affectedPods', 'message']) expect(s.status.properties[f]).toBeDefined();
  });
});
