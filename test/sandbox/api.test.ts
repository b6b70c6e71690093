import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

let t: TestSandbox;
let apps: k8s.AppsV1Api;
let core: k8s.CoreV1Api;
const merge = k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch);
const strategic = k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.StrategicMergePatch);

beforeAll(async () => {
  t = await startTestSandbox({ token: 'canary-token-3f9a' });
  const kc = new k8s.KubeConfig();
  kc.loadFromString(t.sandbox.kubeconfigYaml());
  apps = kc.makeApiClient(k8s.AppsV1Api);
  core = kc.makeApiClient(k8s.CoreV1Api);
});
afterAll(() => t.cleanup());
beforeEach(() => t.sandbox.reset());

describe('errors are metav1.Status as the API server words them', () => {
  it('404 NotFound', async () => {
    const r = await t.call('GET', '/apis/apps/v1/namespaces/staging/deployments/nope');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'deployments.apps "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', group: 'apps', kind: 'deployments' },
      code: 404,
    });
    const pod = await t.call('GET', '/api/v1/namespaces/staging/pods/nope');
    expect(pod.body.message).toBe('pods "nope" not found');
  });

  it('409 AlreadyExists on create of an existing name', async () => {
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web');
    const r = await t.call('POST', '/apis/apps/v1/namespaces/staging/deployments', { ...web, metadata: { name: 'web' } });
    expect(r.status).toBe(409);
    expect(r.body.reason).toBe('AlreadyExists');
    expect(r.body.message).toBe('deployments.apps "web" already exists');
  });

  it('409 Conflict on a stale resourceVersion, and the object is unchanged', async () => {
    const web = await apps.readNamespacedDeployment({ name: 'web', namespace: 'staging' });
    await apps.patchNamespacedDeploymentScale({ name: 'web', namespace: 'staging', body: { spec: { replicas: 3 } } }, merge);
    const stale = { ...web, spec: { ...web.spec, replicas: 7 } } as k8s.V1Deployment;
    const r = await t.call('PUT', '/apis/apps/v1/namespaces/staging/deployments/web', stale);
    expect(r.status).toBe(409);
    expect(r.body.reason).toBe('Conflict');
    expect(r.body.message).toBe(
      'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    );
    expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(3);
  });

  it('422 Invalid for a bad object', async () => {
    const r = await t.call(
      'PATCH',
      '/apis/apps/v1/namespaces/staging/deployments/web',
      { spec: { replicas: -1 } },
      'application/merge-patch+json',
    );
    expect(r.status).toBe(422);
    expect(r.body.reason).toBe('Invalid');
    expect(r.body.message).toBe(
      'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(r.body.details.causes).toEqual([
      { reason: 'FieldValueInvalid', message: 'Invalid value: -1: must be greater than or equal to 0', field: 'spec.replicas' },
    ]);
    const noImage = await t.call('POST', '/apis/apps/v1/namespaces/staging/deployments', {
      metadata: { name: 'x' },
      spec: {
        selector: { matchLabels: { app: 'x' } },
        template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x' }] } },
      },
    });
    expect(noImage.status).toBe(422);
    expect(noImage.body.message).toBe('Deployment.apps "x" is invalid: spec.template.spec.containers[0].image: Required value');
  });

  it('400 for a malformed patch body and 415 for an unsupported patch type', async () => {
    const bad = await t.call(
      'PATCH',
      '/apis/apps/v1/namespaces/staging/deployments/web',
      '{not json',
      'application/merge-patch+json',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.reason).toBe('BadRequest');
    const media = await t.call('PATCH', '/apis/apps/v1/namespaces/staging/deployments/web', '{}', 'text/plain');
    expect(media.status).toBe(415);
    expect(media.body.reason).toBe('UnsupportedMediaType');
    const crSmp = await t.call(
      'PATCH',
      '/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/checkout',
      '{}',
      'application/strategic-merge-patch+json',
    );
    expect(crSmp.status).toBe(415);
  });

  it('401 for a wrong bearer token', async () => {
    const res = await fetch(`${t.sandbox.url}/apis/apps/v1/deployments`, { headers: { authorization: 'Bearer wrong' } });
    expect(res.status).toBe(401);
    expect((await res.json()).reason).toBe('Unauthorized');
  });
});

describe('writes', () => {
  it('scale subresource with merge patch changes replicas, bumps generation and resourceVersion', async () => {
    const before = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    const scale = await apps.patchNamespacedDeploymentScale(
      { name: 'web', namespace: 'staging', body: { spec: { replicas: 4 } } },
      merge,
    );
    expect(scale.kind).toBe('Scale');
    expect(scale.spec?.replicas).toBe(4);
    expect(scale.status?.selector).toBe('app=web');
    const after = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    expect(after.metadata.generation).toBe(before.metadata.generation + 1);
    expect(Number(after.metadata.resourceVersion)).toBeGreaterThan(Number(before.metadata.resourceVersion));
    expect(after.status.readyReplicas).toBe(4);
    const last = t.sandbox.requests.at(-1)!;
    expect(last).toMatchObject({
      method: 'PATCH',
      contentType: 'application/merge-patch+json',
      body: { spec: { replicas: 4 } },
      status: 200,
      token: 'canary-token-3f9a',
    });
  });

  it('dryRun=All validates and answers without storing or running controllers', async () => {
    const before = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    const podsBefore = t.sandbox.list('v1', 'pods', 'staging').length;
    const r = await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'staging', body: { spec: { replicas: 9 } }, dryRun: 'All' },
      merge,
    );
    expect(r.spec?.replicas).toBe(9);
    expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')).toEqual(before);
    expect(t.sandbox.list('v1', 'pods', 'staging').length).toBe(podsBefore);
    expect(t.sandbox.requests.at(-1)?.dryRun).toBe(true);
    const created = await apps.createNamespacedDeployment({
      namespace: 'staging',
      dryRun: 'All',
      body: {
        metadata: { name: 'fresh' },
        spec: {
          selector: { matchLabels: { app: 'fresh' } },
          template: { metadata: { labels: { app: 'fresh' } }, spec: { containers: [{ name: 'fresh', image: 'nginx' }] } },
        },
      },
    });
    expect(created.metadata?.uid).toBeTruthy();
    expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'fresh')).toBeUndefined();
    const bad = await t.call(
      'PATCH',
      '/apis/apps/v1/namespaces/staging/deployments/web?dryRun=All',
      { spec: { replicas: -2 } },
      'application/merge-patch+json',
    );
    expect(bad.status).toBe(422);
  });

  it('strategic merge patch merges containers by name; JSON patch replaces by path', async () => {
    await apps.patchNamespacedDeployment(
      {
        name: 'web',
        namespace: 'staging',
        body: {
          spec: {
            template: {
              metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' } },
              spec: { containers: [{ name: 'web', image: 'ghcr.io/acme/web:2.0.0' }] },
            },
          },
        },
      },
      strategic,
    );
    let web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    expect(web.spec.template.spec.containers).toHaveLength(1);
    expect(web.spec.template.spec.containers[0]).toMatchObject({
      name: 'web',
      image: 'ghcr.io/acme/web:2.0.0',
      resources: { requests: { cpu: '250m' } },
    });
    expect(web.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBe('2026-01-01T00:00:00Z');
    await apps.patchNamespacedDeployment({
      name: 'web',
      namespace: 'staging',
      body: [{ op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'ghcr.io/acme/web:2.0.1' }],
    });
    web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    expect(web.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/web:2.0.1');
    const failing = await t.call(
      'PATCH',
      '/apis/apps/v1/namespaces/staging/deployments/web',
      [{ op: 'remove', path: '/spec/nope' }],
      'application/json-patch+json',
    );
    expect(failing.status).toBe(422);
  });

  it('status subresource changes only status; the main endpoint ignores status', async () => {
    const path = '/apis/argoproj.io/v1alpha1/namespaces/production/rollouts/checkout';
    await t.call('PATCH', path, { status: { phase: 'Bogus' }, spec: { replicas: 2 } }, 'application/merge-patch+json');
    const ro = t.sandbox.get('argoproj.io/v1alpha1', 'rollouts', 'production', 'checkout')!;
    expect(ro.spec.replicas).toBe(2);
    expect(ro.status.phase).toBe('Healthy');
  });
});

describe('reads', () => {
  it('label selectors (equality, set, negation) and fieldSelector metadata.name', async () => {
    const web = await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=web' });
    expect(web.items).toHaveLength(2);
    const set = await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app in (web,api)' });
    expect(set.items).toHaveLength(4);
    const notWeb = await apps.listNamespacedDeployment({ namespace: 'staging', labelSelector: 'app!=web' });
    expect(notWeb.items.map((d) => d.metadata?.name).sort()).toEqual(['api', 'worker']);
    const none = await apps.listNamespacedDeployment({ namespace: 'staging', labelSelector: '!app' });
    expect(none.items).toHaveLength(0);
    const byName = await apps.listDeploymentForAllNamespaces({ fieldSelector: 'metadata.name=web' });
    expect(byName.items.map((d) => d.metadata?.namespace).sort()).toEqual(['production', 'staging']);
  });

  it('limit/continue pages through a list without gaps or repeats', async () => {
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await apps.listDeploymentForAllNamespaces({ limit: 4, _continue: token });
      names.push(...page.items.map((d) => `${d.metadata?.namespace}/${d.metadata?.name}`));
      token = page.metadata?._continue || undefined;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(names).toHaveLength(9);
    expect(new Set(names).size).toBe(9);
  });

  it('pods/log honours tailLines, container and limitBytes', async () => {
    const pod = (await core.listNamespacedPod({ namespace: 'staging', labelSelector: 'app=web' })).items[0];
    const all = await core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace: 'staging' });
    expect(all.trim().split('\n').length).toBeGreaterThan(5);
    const tail = await core.readNamespacedPodLog({
      name: pod.metadata!.name!,
      namespace: 'staging',
      tailLines: 2,
      container: 'web',
    });
    expect(tail.trim().split('\n')).toHaveLength(2);
    const capped = await core.readNamespacedPodLog({ name: pod.metadata!.name!, namespace: 'staging', limitBytes: 10 });
    expect(capped.length).toBeLessThanOrEqual(10);
    const wrong = await t.call('GET', `/api/v1/namespaces/staging/pods/${pod.metadata!.name}/log?container=nope`);
    expect(wrong.status).toBe(400);
  });

  it('discovery lists resources, short names and subresources', async () => {
    const appsV1 = await t.call('GET', '/apis/apps/v1');
    const names = appsV1.body.resources.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['deployments', 'deployments/scale', 'deployments/status', 'replicasets']));
    expect(appsV1.body.resources.find((r: { name: string }) => r.name === 'deployments').shortNames).toEqual(['deploy']);
    const argo = await t.call('GET', '/apis/argoproj.io/v1alpha1');
    expect(argo.body.resources.map((r: { name: string }) => r.name)).toEqual([
      'rollouts',
      'rollouts/status',
      'rollouts/scale',
      'applications',
    ]);
    const coreV1 = await t.call('GET', '/api/v1');
    expect(coreV1.body.resources.map((r: { name: string }) => r.name)).toContain('pods/log');
  });
});

describe('impersonation and faults', () => {
  it('records impersonated user and groups, and refuses a forbidden user with the RBAC wording', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromString(t.sandbox.kubeconfigYaml());
    const headers = { 'Impersonate-User': 'dave', 'Impersonate-Group': 'devs' };
    t.sandbox.forbidUser('dave', { verbs: ['patch'], resources: ['deployments/scale'] });
    const r = await fetch(`${t.sandbox.url}/apis/apps/v1/namespaces/staging/deployments/web/scale`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ spec: { replicas: 5 } }),
    });
    expect(r.status).toBe(403);
    expect((await r.json()).message).toBe(
      'deployments.apps "web" is forbidden: User "dave" cannot patch resource "deployments/scale" in API group "apps" in the namespace "staging"',
    );
    expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.spec.replicas).toBe(2);
    const read = await fetch(`${t.sandbox.url}/apis/apps/v1/namespaces/staging/deployments/web`, { headers });
    expect(read.status).toBe(200);
    expect(t.sandbox.requests.at(-1)).toMatchObject({ user: 'dave', groups: ['devs'], verb: 'get', status: 200 });
  });

  it('failNext answers the next matching requests with the given status, then recovers', async () => {
    t.sandbox.faults.failNext({ method: 'GET', pathIncludes: '/deployments/web', status: 503, times: 2 });
    expect((await t.call('GET', '/apis/apps/v1/namespaces/staging/deployments/web')).status).toBe(503);
    expect((await t.call('GET', '/apis/apps/v1/namespaces/staging/deployments/api')).status).toBe(200);
    const second = await t.call('GET', '/apis/apps/v1/namespaces/staging/deployments/web');
    expect(second).toMatchObject({ status: 503, body: { reason: 'ServiceUnavailable' } });
    expect((await t.call('GET', '/apis/apps/v1/namespaces/staging/deployments/web')).status).toBe(200);
    t.sandbox.faults.failNext({ status: 429 });
    const limited = await t.call('GET', '/api/v1/namespaces');
    expect(limited).toMatchObject({ status: 429, body: { reason: 'TooManyRequests' } });
  });
});
