import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

/** The sandbox's Argo CD over HTTP with the real client: Applications, tracking, OutOfSync and self-heal. */
let t: TestSandbox;
let apps: k8s.AppsV1Api;
let custom: k8s.CustomObjectsApi;
const merge = k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch);
const APP = { group: 'argoproj.io', version: 'v1alpha1', plural: 'applications', namespace: 'argocd' };

// biome-ignore lint/suspicious/noExplicitAny: Application objects are read field by field.
const application = async (name: string): Promise<any> => custom.getNamespacedCustomObject({ ...APP, name });
const replicas = async (name: string) => (await apps.readNamespacedDeployment({ namespace: 'production', name })).spec?.replicas;
const scale = (name: string, n: number) =>
  apps.patchNamespacedDeploymentScale({ namespace: 'production', name, body: { spec: { replicas: n } } }, merge);

/** Polls `read` until `done` holds (the sandbox reverts on its own timer). */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  t = await startTestSandbox({ selfHealDelayMs: 300 });
  const kc = new k8s.KubeConfig();
  kc.loadFromString(t.sandbox.kubeconfigYaml());
  apps = kc.makeApiClient(k8s.AppsV1Api);
  custom = kc.makeApiClient(k8s.CustomObjectsApi);
});
afterAll(() => t.cleanup());

describe('sandbox Argo CD', () => {
  it('serves the Application CRD and the two seeded apps, Synced, with their tracked objects', async () => {
    const crd = await t.call('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/applications.argoproj.io');
    expect(crd.status).toBe(200);
    const list = (await custom.listNamespacedCustomObject(APP)) as { items: { metadata: { name: string } }[] };
    expect(list.items.map((a) => a.metadata.name).sort()).toEqual(['api-production', 'web-production']);
    const api = await application('api-production');
    expect(api.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(api.status.sync.status).toBe('Synced');
    expect(api.status.resources).toEqual([
      expect.objectContaining({ group: 'apps', kind: 'Deployment', namespace: 'production', name: 'api', status: 'Synced' }),
    ]);
    const web = await apps.readNamespacedDeployment({ namespace: 'production', name: 'web' });
    expect(web.metadata?.annotations?.['argocd.argoproj.io/tracking-id']).toBe('web-production:apps/Deployment:production/web');
    const staging = await apps.readNamespacedDeployment({ namespace: 'staging', name: 'api' });
    expect(staging.metadata?.annotations?.['argocd.argoproj.io/tracking-id']).toBeUndefined();
  });

  it('reverts drift of a self-healed app after the delay and records the sync', async () => {
    const before = (await application('api-production')).status.history?.length ?? 0;
    await scale('api', 7);
    expect(await replicas('api')).toBe(7);
    expect((await application('api-production')).status.sync.status).toBe('OutOfSync');
    expect(
      await until(
        () => replicas('api'),
        (n) => n === 4,
      ),
    ).toBe(4);
    const app = await application('api-production');
    expect(app.status.sync.status).toBe('Synced');
    expect(app.status.operationState).toMatchObject({
      phase: 'Succeeded',
      operation: { initiatedBy: { automated: true } },
      syncResult: { resources: [expect.objectContaining({ kind: 'Deployment', name: 'api' })] },
    });
    expect(app.status.history).toHaveLength(before + 1);
  });

  it('leaves drift of an app without self-heal OutOfSync', async () => {
    await scale('web', 8);
    const app = await until(
      () => application('web-production'),
      (a) => a.status.sync.status === 'OutOfSync',
    );
    expect(app.status.sync.status).toBe('OutOfSync');
    expect(app.status.resources[0].status).toBe('OutOfSync');
    // Well past the self-heal delay, the change stays.
    await new Promise((r) => setTimeout(r, 600));
    expect(await replicas('web')).toBe(8);
    expect(app.status.operationState).toBeUndefined();
  });

  it('an app whose self-heal is turned off (auto-sync paused) keeps the change', async () => {
    await custom.patchNamespacedCustomObject(
      { ...APP, name: 'api-production', body: { spec: { syncPolicy: { automated: null } } } },
      merge,
    );
    await scale('api', 6);
    await new Promise((r) => setTimeout(r, 600));
    expect(await replicas('api')).toBe(6);
    expect((await application('api-production')).status.sync.status).toBe('OutOfSync');
  });
});
