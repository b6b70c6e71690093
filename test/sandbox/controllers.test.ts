import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Unstructured } from '../../src/sandbox/index.ts';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

let t: TestSandbox;
let clock = Date.parse('2026-03-02T10:00:00Z');
let apps: k8s.AppsV1Api;
let core: k8s.CoreV1Api;
let custom: k8s.CustomObjectsApi;
const merge = k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch);
const ro = (namespace: string, name: string) =>
  t.sandbox.get('argoproj.io/v1alpha1', 'rollouts', namespace, name) as Unstructured;
const rsOf = (namespace: string, app: string) =>
  t.sandbox.list('apps/v1', 'replicasets', namespace).filter((rs) => rs.metadata.labels.app === app);

async function patchRollout(namespace: string, name: string, body: object, subresource?: 'status') {
  const args = { group: 'argoproj.io', version: 'v1alpha1', namespace, plural: 'rollouts', name, body };
  if (subresource) await custom.patchNamespacedCustomObjectStatus(args, merge);
  else await custom.patchNamespacedCustomObject(args, merge);
  return ro(namespace, name);
}

beforeAll(async () => {
  t = await startTestSandbox({ now: () => new Date(clock) });
  const kc = new k8s.KubeConfig();
  kc.loadFromString(t.sandbox.kubeconfigYaml());
  apps = kc.makeApiClient(k8s.AppsV1Api);
  core = kc.makeApiClient(k8s.CoreV1Api);
  custom = kc.makeApiClient(k8s.CustomObjectsApi);
});
afterAll(() => t.cleanup());
beforeEach(() => {
  clock = Date.parse('2026-03-02T10:00:00Z');
  t.sandbox.reset();
});

describe('Deployment controller', () => {
  it('seeds revision history as ReplicaSets, current at replicas and old at 0', () => {
    const rs = rsOf('staging', 'web').map((r) => [
      r.metadata.annotations['deployment.kubernetes.io/revision'],
      r.spec.template.spec.containers[0].image,
      r.spec.replicas,
    ]);
    expect(rs.sort()).toEqual([
      ['1', 'ghcr.io/acme/web:1.7.2', 0],
      ['2', 'ghcr.io/acme/web:1.8.0', 2],
    ]);
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    expect(web.status).toMatchObject({
      replicas: 2,
      readyReplicas: 2,
      updatedReplicas: 2,
      availableReplicas: 2,
      observedGeneration: web.metadata.generation,
    });
    expect(web.metadata.annotations['deployment.kubernetes.io/revision']).toBe('2');
  });

  it('a deleted pod comes back under a new name', async () => {
    const before = (await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=web' })).items.map(
      (p) => p.metadata!.name!,
    );
    await core.deleteNamespacedPod({ name: before[0], namespace: 'staging' });
    const after = (await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=web' })).items.map(
      (p) => p.metadata!.name!,
    );
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(after).toContain(before[1]);
    expect(after.every((n) => n.startsWith('web-'))).toBe(true);
  });

  it('a new template gets the next revision; rolling back to an old template reuses its ReplicaSet with a new revision', async () => {
    await apps.patchNamespacedDeployment({
      name: 'web',
      namespace: 'staging',
      body: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'ghcr.io/acme/web:1.9.0' }],
    });
    expect(rsOf('staging', 'web')).toHaveLength(3);
    const rev1 = rsOf('staging', 'web').find((r) => r.metadata.annotations['deployment.kubernetes.io/revision'] === '1')!;
    const template = structuredClone(rev1.spec.template);
    delete template.metadata.labels['pod-template-hash'];
    await apps.patchNamespacedDeployment({
      name: 'web',
      namespace: 'staging',
      body: [{ op: 'replace', path: '/spec/template', value: template }],
    });
    const all = rsOf('staging', 'web');
    expect(all).toHaveLength(3);
    const reused = all.find((r) => r.metadata.name === rev1.metadata.name)!;
    expect(reused.metadata.annotations['deployment.kubernetes.io/revision']).toBe('4');
    expect(reused.spec.replicas).toBe(2);
    const pods = (await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=web' })).items;
    expect(pods.map((p) => p.spec?.containers[0].image)).toEqual(['ghcr.io/acme/web:1.7.2', 'ghcr.io/acme/web:1.7.2']);
  });

  it('a paused Deployment scales but does not roll out a new template', async () => {
    await apps.patchNamespacedDeployment({ name: 'api', namespace: 'staging', body: { spec: { paused: true } } }, merge);
    await apps.patchNamespacedDeployment({
      name: 'api',
      namespace: 'staging',
      body: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'ghcr.io/acme/api:9' }],
    });
    await apps.patchNamespacedDeploymentScale({ name: 'api', namespace: 'staging', body: { spec: { replicas: 3 } } }, merge);
    expect(rsOf('staging', 'api')).toHaveLength(2);
    const pods = (await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=api' })).items;
    expect(pods.map((p) => p.spec?.containers[0].image)).toEqual(Array(3).fill('ghcr.io/acme/api:2.4.0-rc1'));
    const cond = t.sandbox
      .get('apps/v1', 'deployments', 'staging', 'api')!
      .status.conditions.find((c: Unstructured) => c.type === 'Progressing');
    expect(cond).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused' });
  });
});

describe('Rollout controller', () => {
  it('seeds the sandbox.md rollout states', () => {
    const staging = ro('staging', 'checkout');
    expect(staging.status).toMatchObject({
      phase: 'Paused',
      currentStepIndex: 1,
      controllerPause: true,
      message: 'CanaryPauseStep',
    });
    expect(staging.status.pauseConditions).toEqual([{ reason: 'CanaryPauseStep', startTime: expect.any(String) }]);
    expect(staging.status.canary.weights.canary.weight).toBe(20);
    expect(staging.status.stableRS).not.toBe(staging.status.currentPodHash);
    expect(ro('production', 'checkout').status).toMatchObject({ phase: 'Healthy', currentStepIndex: 4 });
    const payments = ro('production', 'payments');
    expect(payments.status).toMatchObject({ phase: 'Paused', pauseConditions: [{ reason: 'BlueGreenPause' }] });
    expect(payments.status.blueGreen.previewSelector).toBe(payments.status.currentPodHash);
  });

  it('promote walks the canary steps; a timed pause ends only after its duration has passed', async () => {
    let r = await patchRollout('staging', 'checkout', { status: { pauseConditions: null, currentStepIndex: 2 } }, 'status');
    expect(r.status).toMatchObject({ phase: 'Paused', currentStepIndex: 3, pauseConditions: [{ reason: 'CanaryPauseStep' }] });
    expect(r.status.canary.weights.canary.weight).toBe(50);
    expect(
      rsOf('staging', 'checkout').find((x) => x.metadata.labels['rollouts-pod-template-hash'] === r.status.currentPodHash)?.spec
        .replicas,
    ).toBe(2);
    clock += 9 * 60_000;
    expect(ro('staging', 'checkout').status.currentStepIndex).toBe(3);
    clock += 2 * 60_000;
    r = ro('staging', 'checkout');
    expect(r.status).toMatchObject({ phase: 'Healthy', currentStepIndex: 4 });
    expect(r.status.stableRS).toBe(r.status.currentPodHash);
    expect(r.status.pauseConditions).toBeUndefined();
  });

  it('abort degrades with weight 0; retry restarts from step 0', async () => {
    let r = await patchRollout('staging', 'checkout', { status: { abort: true } }, 'status');
    expect(r.status).toMatchObject({
      phase: 'Degraded',
      abort: true,
      message: 'RolloutAborted: Rollout aborted update to revision 2',
    });
    expect(r.status.canary.weights.canary.weight).toBe(0);
    const canaryRs = rsOf('staging', 'checkout').find(
      (x) => x.metadata.labels['rollouts-pod-template-hash'] === r.status.currentPodHash,
    );
    expect(canaryRs?.spec.replicas).toBe(0);
    r = await patchRollout('staging', 'checkout', { status: { abort: false } }, 'status');
    expect(r.status).toMatchObject({ phase: 'Paused', currentStepIndex: 1, pauseConditions: [{ reason: 'CanaryPauseStep' }] });
    expect(r.status.canary.weights.canary.weight).toBe(20);
    expect(r.status.abort).toBeUndefined();
  });

  it('promoteFull goes to the end; blue-green promote switches the active colour', async () => {
    const full = await patchRollout('staging', 'checkout', { status: { promoteFull: true } }, 'status');
    expect(full.status).toMatchObject({ phase: 'Healthy', currentStepIndex: 4 });
    expect(full.status.stableRS).toBe(full.status.currentPodHash);
    expect(full.status.promoteFull).toBeUndefined();
    const bg = await patchRollout('production', 'payments', { status: { pauseConditions: null } }, 'status');
    expect(bg.status.phase).toBe('Healthy');
    expect(bg.status.blueGreen.activeSelector).toBe(bg.status.currentPodHash);
  });

  it('spec.paused holds a rollout; restartAt replaces its pods; undo to the stable template is immediate', async () => {
    let r = await patchRollout('production', 'checkout', { spec: { paused: true } });
    expect(r.status).toMatchObject({ phase: 'Paused', message: 'manually paused' });
    await patchRollout('production', 'checkout', { spec: { paused: false } });
    const before = (await core.listNamespacedPod({ namespace: 'production', labelSelector: 'app=checkout' })).items.map(
      (p) => p.metadata!.name,
    );
    r = await patchRollout('production', 'checkout', { spec: { restartAt: new Date(clock).toISOString() } });
    const after = (await core.listNamespacedPod({ namespace: 'production', labelSelector: 'app=checkout' })).items.map(
      (p) => p.metadata!.name,
    );
    expect(after).toHaveLength(5);
    expect(after.filter((n) => before.includes(n))).toEqual([]);
    expect(r.status.restartedAt).toBeTruthy();
    const stable = rsOf('staging', 'checkout').find(
      (x) => x.metadata.labels['rollouts-pod-template-hash'] === ro('staging', 'checkout').status.stableRS,
    )!;
    const template = structuredClone(stable.spec.template);
    delete template.metadata.labels['rollouts-pod-template-hash'];
    await custom.patchNamespacedCustomObject({
      group: 'argoproj.io',
      version: 'v1alpha1',
      namespace: 'staging',
      plural: 'rollouts',
      name: 'checkout',
      body: [{ op: 'replace', path: '/spec/template', value: template }],
    });
    r = ro('staging', 'checkout');
    expect(r.status.phase).toBe('Healthy');
    expect(r.status.currentPodHash).toBe(stable.metadata.labels['rollouts-pod-template-hash']);
    expect(r.metadata.annotations['rollout.argoproj.io/revision']).toBe('3');
  });
});

describe('CRDs, leases and watches', () => {
  it('a registered CRD is served generically, with its status subresource and printer columns', async () => {
    const ext = new k8s.KubeConfig();
    ext.loadFromString(t.sandbox.kubeconfigYaml());
    const crds = ext.makeApiClient(k8s.ApiextensionsV1Api);
    await crds.createCustomResourceDefinition({
      body: {
        metadata: { name: 'chaossimulations.chaos.coxswain.dev' },
        spec: {
          group: 'chaos.coxswain.dev',
          scope: 'Namespaced',
          names: { kind: 'ChaosSimulation', plural: 'chaossimulations', singular: 'chaossimulation', shortNames: ['chaos'] },
          versions: [
            {
              name: 'v1alpha1',
              served: true,
              storage: true,
              subresources: { status: {} },
              schema: { openAPIV3Schema: { type: 'object', x_kubernetes_preserve_unknown_fields: true } },
              additionalPrinterColumns: [{ name: 'Phase', type: 'string', jsonPath: '.status.phase' }],
            },
          ],
        },
      },
    });
    const args = { group: 'chaos.coxswain.dev', version: 'v1alpha1', namespace: 'staging', plural: 'chaossimulations' };
    await custom.createNamespacedCustomObject({
      ...args,
      body: {
        apiVersion: 'chaos.coxswain.dev/v1alpha1',
        kind: 'ChaosSimulation',
        metadata: { name: 'sim' },
        spec: { experiment: 'pod-kill' },
        status: { phase: 'Ignored' },
      },
    });
    let sim = (await custom.getNamespacedCustomObject({ ...args, name: 'sim' })) as Unstructured;
    expect(sim.status).toBeUndefined();
    await custom.patchNamespacedCustomObjectStatus({ ...args, name: 'sim', body: { status: { phase: 'Running' } } }, merge);
    sim = (await custom.getNamespacedCustomObject({ ...args, name: 'sim' })) as Unstructured;
    expect(sim.status.phase).toBe('Running');
    expect(sim.metadata.generation).toBe(1);
    const table = await fetch(`${t.sandbox.url}/apis/chaos.coxswain.dev/v1alpha1/namespaces/staging/chaossimulations`, {
      headers: { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' },
    });
    const body = await table.json();
    expect(body.columnDefinitions.map((c: Unstructured) => c.name)).toEqual(['Name', 'Phase', 'Age']);
    expect(body.rows[0].cells.slice(0, 2)).toEqual(['sim', 'Running']);
  });

  it('leases: create, then a stale update conflicts (leader election)', async () => {
    const co = new k8s.KubeConfig();
    co.loadFromString(t.sandbox.kubeconfigYaml());
    const coord = co.makeApiClient(k8s.CoordinationV1Api);
    const lease = await coord.createNamespacedLease({
      namespace: 'default',
      body: { metadata: { name: 'chaos' }, spec: { holderIdentity: 'a', leaseDurationSeconds: 15 } },
    });
    await coord.replaceNamespacedLease({
      name: 'chaos',
      namespace: 'default',
      body: { ...lease, spec: { holderIdentity: 'b' } },
    });
    await expect(
      coord.replaceNamespacedLease({ name: 'chaos', namespace: 'default', body: { ...lease, spec: { holderIdentity: 'c' } } }),
    ).rejects.toMatchObject({ code: 409 });
    expect(t.sandbox.get('coordination.k8s.io/v1', 'leases', 'default', 'chaos')?.spec.holderIdentity).toBe('b');
  });

  it('a watch from a resourceVersion sees later changes', async () => {
    const w = new k8s.KubeConfig();
    w.loadFromString(t.sandbox.kubeconfigYaml());
    const list = await apps.listNamespacedDeployment({ namespace: 'staging' });
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      void new k8s.Watch(w)
        .watch(
          '/apis/apps/v1/namespaces/staging/deployments',
          { resourceVersion: list.metadata?.resourceVersion },
          (type, obj) => {
            seen.push(`${type} ${obj.metadata.name} ${obj.spec.replicas}`);
            if (obj.spec.replicas === 5) resolve();
          },
          () => {},
        )
        .then((req) => done.finally(() => req.abort()));
    });
    await apps.patchNamespacedDeploymentScale({ name: 'worker', namespace: 'staging', body: { spec: { replicas: 5 } } }, merge);
    await done;
    expect(seen).toContain('MODIFIED worker 5');
  });
});
