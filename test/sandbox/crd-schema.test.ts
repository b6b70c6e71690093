import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis } from '../../src/chaos/kube.ts';
import { startTestCluster, type TestCluster } from '../helpers/cluster.ts';

import { FILE_FLAGS, KUBECTL } from '../helpers/kubectl.ts';

const run = promisify(execFile);
let t: TestCluster;
const SIMS = '/apis/chaos.coxswain.dev/v1alpha1/namespaces/staging/chaossimulations';
const WIDGETS = '/apis/example.dev/v1/namespaces/staging/widgets';
const CHAOS_CRD = parse(readFileSync(new URL('../../deploy/crds/chaossimulation.yaml', import.meta.url), 'utf8'));

function simulation(name: string, spec: Record<string, unknown> = {}) {
  return {
    apiVersion: 'chaos.coxswain.dev/v1alpha1',
    kind: 'ChaosSimulation',
    metadata: { name },
    spec: {
      level: 3,
      experiment: { type: 'pod-kill', target: { workload: 'web' }, durationSeconds: 60 },
      requestedBy: 'alice',
      ...spec,
    },
  };
}

/** A CRD exercising the schema keywords the ChaosSimulation one does not use. */
const WIDGET_CRD = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'widgets.example.dev' },
  spec: {
    group: 'example.dev',
    scope: 'Namespaced',
    names: { kind: 'Widget', plural: 'widgets', singular: 'widget', listKind: 'WidgetList' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: {
                  size: { type: 'string', default: 'small', enum: ['small', 'large'] },
                  code: { type: 'string', pattern: '^[a-z]+$', minLength: 2 },
                  ratio: { type: 'number', minimum: 0, maximum: 1, exclusiveMaximum: true },
                  port: { 'x-kubernetes-int-or-string': true },
                  note: { type: 'string', nullable: true },
                  enabled: { type: 'boolean' },
                  tags: { type: 'array', maxItems: 2, items: { type: 'string', maxLength: 3 } },
                  extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
                  parts: {
                    type: 'array',
                    items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
                  },
                },
              },
            },
          },
        },
      },
    ],
  },
};

beforeAll(async () => {
  t = await startTestCluster();
});
afterAll(() => t.cleanup());
beforeEach(async () => {
  t.sandbox.reset();
  expect((await t.call('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', CHAOS_CRD)).status).toBe(201);
});

describe('custom objects are validated against their CRD schema', () => {
  it('spec.level 11 is 422 Invalid with the API server cause, on create and on a dry run; nothing is stored', async () => {
    for (const query of ['', '?dryRun=All']) {
      const r = await t.call('POST', `${SIMS}${query}`, simulation('too-big', { level: 11 }));
      expect(r.status).toBe(422);
      expect(r.body).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message:
          'ChaosSimulation.chaos.coxswain.dev "too-big" is invalid: spec.level: Invalid value: 11: spec.level in body should be less than or equal to 10',
        reason: 'Invalid',
        details: {
          name: 'too-big',
          group: 'chaos.coxswain.dev',
          kind: 'ChaosSimulation',
          causes: [
            {
              reason: 'FieldValueInvalid',
              message: 'Invalid value: 11: spec.level in body should be less than or equal to 10',
              field: 'spec.level',
            },
          ],
        },
        code: 422,
      });
    }
    expect(t.sandbox.list('chaos.coxswain.dev/v1alpha1', 'chaossimulations')).toEqual([]);
  });

  it('names every failing field: required, type, enum, too long, too many properties', async () => {
    const r = await t.call('POST', SIMS, {
      ...simulation('many'),
      spec: {
        level: '3',
        command: 'x'.repeat(4001),
        experiment: { type: 'meteor', target: { workload: 'web', labelSelector: { app: 'web' } }, durationSeconds: 60 },
      },
    });
    expect(r.status).toBe(422);
    expect(r.body.details.causes).toEqual([
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.requestedBy' },
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: "string": spec.level in body must be of type integer: "string"',
        field: 'spec.level',
      },
      { reason: 'FieldValueTooLong', message: 'Too long: may not be more than 4000 bytes', field: 'spec.command' },
      {
        reason: 'FieldValueNotSupported',
        message:
          'Unsupported value: "meteor": supported values: "pod-kill", "pod-failure", "network-delay", "network-loss", "network-partition", "cpu-stress", "memory-stress"',
        field: 'spec.experiment.type',
      },
      { reason: 'FieldValueTooMany', message: 'Too many: 2: must have at most 1 items', field: 'spec.experiment.target' },
    ]);
    expect(r.body.message).toMatch(/^ChaosSimulation.chaos.coxswain.dev "many" is invalid: \[spec.requestedBy: Required value, /);
  });

  it('prunes unknown fields (keeping map keys) and drops status on create', async () => {
    const body = simulation('pruned');
    Object.assign(body.spec, { colour: 'red' });
    Object.assign(body.spec.experiment, { target: { labelSelector: { app: 'web', tier: 'front' } }, blast: true });
    const r = await t.call('POST', SIMS, { ...body, status: { phase: 'Running' }, extra: 1 });
    expect(r.status).toBe(201);
    expect(r.body.spec).toEqual({
      level: 3,
      experiment: { type: 'pod-kill', target: { labelSelector: { app: 'web', tier: 'front' } }, durationSeconds: 60 },
      requestedBy: 'alice',
    });
    expect(r.body).not.toHaveProperty('extra');
    expect(r.body).not.toHaveProperty('status');
    expect(t.sandbox.get('chaos.coxswain.dev/v1alpha1', 'chaossimulations', 'staging', 'pruned')?.spec).toEqual(r.body.spec);
  });

  it('fieldValidation=Strict (kubectl sends it) refuses unknown fields instead of pruning them, before validating', async () => {
    const body = simulation('strict', { level: 11, colour: 'red' });
    Object.assign(body.spec.experiment, { blast: true });
    const r = await t.call('POST', `${SIMS}?fieldValidation=Strict`, body);
    expect(r.status).toBe(400);
    expect(r.body.reason).toBe('BadRequest');
    expect(r.body.message).toBe(
      'ChaosSimulation in version "v1alpha1" cannot be handled as a ChaosSimulation: strict decoding error: unknown field "spec.colour", unknown field "spec.experiment.blast"',
    );
    expect((await t.call('POST', `${SIMS}?fieldValidation=Ignore`, body)).status).toBe(422);
  });

  it.skipIf(!existsSync(KUBECTL))('kubectl apply prints the API server sentences', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crd-schema-'));
    const kubectl = (file: string) =>
      run(KUBECTL, [
        '--kubeconfig',
        t.kubeconfigPath,
        '--cache-dir',
        join(dir, 'cache'),
        'apply',
        ...FILE_FLAGS,
        '-f',
        file,
      ]).then(
        (r) => r.stdout,
        (e: { stderr: string }) => e.stderr,
      );
    const file = join(dir, 'sim.yaml');
    writeFileSync(
      file,
      stringify({ ...simulation('too-big', { level: 11 }), metadata: { name: 'too-big', namespace: 'staging' } }),
    );
    expect(await kubectl(file)).toContain(
      'The ChaosSimulation "too-big" is invalid: spec.level: Invalid value: 11: spec.level in body should be less than or equal to 10',
    );
    writeFileSync(file, stringify({ ...simulation('odd', { colour: 'red' }), metadata: { name: 'odd', namespace: 'staging' } }));
    // kubectl ≥ 1.27 asks the server for strict field validation; an older one does not, so the field is pruned.
    expect(await kubectl(file)).toContain(
      FILE_FLAGS.length ? 'chaossimulation.chaos.coxswain.dev/odd created' : 'strict decoding error: unknown field "spec.colour"',
    );
    writeFileSync(file, stringify({ ...simulation('fine'), metadata: { name: 'fine', namespace: 'staging' } }));
    expect(await kubectl(file)).toContain('chaossimulation.chaos.coxswain.dev/fine created');
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks merge patches, updates and status writes; a refused write changes nothing', async () => {
    expect((await t.call('POST', SIMS, simulation('sim'))).status).toBe(201);
    const patch = await t.call('PATCH', `${SIMS}/sim`, { spec: { level: 0 } }, 'application/merge-patch+json');
    expect(patch.status).toBe(422);
    expect(patch.body.details.causes[0].message).toBe(
      'Invalid value: 0: spec.level in body should be greater than or equal to 1',
    );
    const stored = t.sandbox.get('chaos.coxswain.dev/v1alpha1', 'chaossimulations', 'staging', 'sim')!;
    expect(stored.spec.level).toBe(3);
    const put = await t.call('PUT', `${SIMS}/sim`, { ...stored, spec: { ...stored.spec, experiment: { type: 'pod-kill' } } });
    expect(put.status).toBe(422);
    expect(put.body.details.causes.map((c: { field: string }) => c.field)).toEqual([
      'spec.experiment.target',
      'spec.experiment.durationSeconds',
    ]);
    const status = await t.call(
      'PATCH',
      `${SIMS}/sim/status`,
      { status: { phase: 'Exploded', affectedPods: ['a', 7] } },
      'application/merge-patch+json',
    );
    expect(status.status).toBe(422);
    expect(status.body.details.causes.map((c: { field: string }) => c.field)).toEqual(['status.phase', 'status.affectedPods[1]']);
    const ok = await t.call(
      'PATCH',
      `${SIMS}/sim/status`,
      { status: { phase: 'Running', unknown: 'x' } },
      'application/merge-patch+json',
    );
    expect(ok.status).toBe(200);
    expect(ok.body.status).toEqual({ phase: 'Running' });
    const after = t.sandbox.get('chaos.coxswain.dev/v1alpha1', 'chaossimulations', 'staging', 'sim')!;
    expect(after.spec).toEqual(stored.spec);
  });

  it('the CRD installed through client-node (as the bot installs it) validates too', async () => {
    await t.call('DELETE', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/chaossimulations.chaos.coxswain.dev');
    expect(await ensureSimulationCrd(chaosApis(t.kube))).toBe(true);
    const kc = new k8s.KubeConfig();
    kc.loadFromFile(t.kubeconfigPath);
    const custom = kc.makeApiClient(k8s.CustomObjectsApi);
    const args = { group: 'chaos.coxswain.dev', version: 'v1alpha1', namespace: 'staging', plural: 'chaossimulations' };
    const err = await custom.createNamespacedCustomObject({ ...args, body: simulation('x', { level: 11 }) }).catch((e) => e);
    expect(err).toBeInstanceOf(k8s.ApiException);
    expect(err.code).toBe(422);
  });

  it('the seeded Rollout CRD preserves unknown fields', async () => {
    const r = await t.call(
      'PATCH',
      '/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/checkout',
      { spec: { analysis: { successfulRunHistoryLimit: 3 } } },
      'application/merge-patch+json',
    );
    expect(r.status).toBe(200);
    expect(r.body.spec.analysis).toEqual({ successfulRunHistoryLimit: 3 });
    expect(r.body.spec.strategy.canary.steps.length).toBe(4);
  });
});

describe('schema keywords', () => {
  beforeEach(async () => {
    expect((await t.call('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', WIDGET_CRD)).status).toBe(201);
  });
  const widget = (spec: Record<string, unknown>) => ({
    apiVersion: 'example.dev/v1',
    kind: 'Widget',
    metadata: { name: 'w' },
    spec,
  });

  it('defaults, nullable, int-or-string, preserve-unknown-fields subtrees, non-nullable nulls dropped', async () => {
    const r = await t.call(
      'POST',
      WIDGETS,
      widget({ note: null, port: 'http', enabled: null, extra: { any: { deep: [1] } }, parts: [{ name: 'a', x: 1 }] }),
    );
    expect(r.status).toBe(201);
    expect(r.body.spec).toEqual({
      size: 'small',
      note: null,
      port: 'http',
      extra: { any: { deep: [1] } },
      parts: [{ name: 'a' }],
    });
  });

  it('pattern, minLength, exclusive maximum, items and maxItems', async () => {
    const r = await t.call(
      'POST',
      WIDGETS,
      widget({ code: 'A', ratio: 1, port: true, tags: ['abcd', 'b', 'c'], parts: [{}], size: 'huge' }),
    );
    expect(r.status).toBe(422);
    expect(r.body.details.causes).toEqual([
      {
        reason: 'FieldValueInvalid',
        message: `Invalid value: "A": spec.code in body should be at least 2 chars long`,
        field: 'spec.code',
      },
      {
        reason: 'FieldValueInvalid',
        message: `Invalid value: "A": spec.code in body should match '^[a-z]+$'`,
        field: 'spec.code',
      },
      { reason: 'FieldValueInvalid', message: 'Invalid value: 1: spec.ratio in body should be less than 1', field: 'spec.ratio' },
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: "boolean": spec.port in body must be of type integer,string: "boolean"',
        field: 'spec.port',
      },
      { reason: 'FieldValueTooMany', message: 'Too many: 3: must have at most 2 items', field: 'spec.tags' },
      { reason: 'FieldValueTooLong', message: 'Too long: may not be more than 3 bytes', field: 'spec.tags[0]' },
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.parts[0].name' },
      {
        reason: 'FieldValueNotSupported',
        message: 'Unsupported value: "huge": supported values: "small", "large"',
        field: 'spec.size',
      },
    ]);
  });
});
