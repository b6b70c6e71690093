import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/result.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/** GitOps awareness through the Core on the sandbox over HTTP: reads show the app, the policy's gitops setting. */
const ask = (t: TestRuntime, person: string, text: string): Promise<Result> =>
  t.runtime.core.handle({ channel: 'terminal', actor: { personId: person }, text });

describe('GitOps-aware reads', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
  });
  afterAll(() => t?.close());

  it('list_workloads names the managing app and its sync status; unmanaged rows have none', async () => {
    const r = await ask(t, 'dave', 'list workloads in production');
    const rows = (r.result as { rows: { name: string; gitops?: string }[] }).rows;
    expect(rows.find((x) => x.name === 'api')?.gitops).toBe('api-production (Synced, self-heal)');
    expect(rows.find((x) => x.name === 'web')?.gitops).toBe('web-production (Synced, auto-sync)');
    expect(rows.find((x) => x.name === 'worker')?.gitops).toBeUndefined();
  });

  it('describe_workload carries the app, and says it in the summary', async () => {
    const r = await ask(t, 'dave', 'describe api in production');
    expect(r.result).toMatchObject({
      gitops: { app: 'api-production', appNamespace: 'argocd', sync: 'Synced', selfHeal: true, autoSync: true },
    });
    expect(r.reason).toContain('managed by Argo CD app api-production');
    const staging = await ask(t, 'dave', 'describe api in staging');
    expect(staging.result).not.toHaveProperty('gitops');
  });
});

describe('a policy that denies or asks approval for GitOps-managed targets', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    const policy = loadPolicyFile(SANDBOX_POLICY_PATH);
    const prod = policy.rules.find((r) => r.name === 'writes in production need an approver');
    if (!prod) throw new Error('the sandbox policy changed');
    prod.gitops = 'deny';
    // Staging writes are allowed; a managed target there would need carol's role (none is managed: no change).
    const staging = policy.rules.find((r) => r.name === 'engineers and approvers write in staging');
    if (staging) staging.gitops = { approval: { from: ['approver'], count: 1, ttl: 600, remind: 0.25 } };
    t = await startTestRuntime({ overrides: { policy } });
  });
  afterAll(() => t?.close());

  it('deny refuses a write on a managed target and names the app; an unmanaged target is as before', async () => {
    const r = await ask(t, 'alice', 'scale web in prod to 8');
    expect(r.outcome).toBe('denied');
    expect(r.reason).toContain('web-production');
    expect(r.notices?.[0]).toMatchObject({ kind: 'gitops', app: 'web-production' });
    const worker = await ask(t, 'alice', 'scale worker in prod to 4');
    expect(worker.outcome).toBe('pending');
    expect(worker.notices).toBeUndefined();
    expect((await ask(t, 'alice', 'scale web in staging to 3')).outcome).toBe('executed');
  });

  it('an approval requirement turns an allowed write on a managed target into an approval', async () => {
    // Make staging/web managed: the label older Argo CD setups use, naming an app that lists nothing yet.
    await t.sandbox.reset();
    const app = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'web-staging', namespace: 'argocd' },
      spec: { syncPolicy: { automated: { selfHeal: true } } },
    };
    const base = `${t.sandbox.url}/apis/argoproj.io/v1alpha1/namespaces/argocd/applications`;
    const headers = { authorization: `Bearer ${t.sandbox.token}`, 'content-type': 'application/json' };
    expect((await fetch(base, { method: 'POST', headers, body: JSON.stringify(app) })).status).toBe(201);
    const label = { metadata: { labels: { 'app.kubernetes.io/instance': 'web-staging' } } };
    const patch = await fetch(`${t.sandbox.url}/apis/apps/v1/namespaces/staging/deployments/web`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify(label),
    });
    expect(patch.status).toBe(200);
    const r = await ask(t, 'alice', 'scale web in staging to 5');
    expect(r.outcome).toBe('pending');
    expect(r.decision?.reason).toContain('web-staging');
    expect(r.notices?.[0]).toMatchObject({ app: 'web-staging', selfHeal: true, reverted: true });
  });
});

describe('a cluster without Argo CD', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    const crd = `${t.sandbox.url}/apis/apiextensions.k8s.io/v1/customresourcedefinitions/applications.argoproj.io`;
    const res = await fetch(crd, { method: 'DELETE', headers: { authorization: `Bearer ${t.sandbox.token}` } });
    expect(res.status).toBe(200);
  });
  afterAll(() => t?.close());

  it('writes and reads go on as before: no notice, no gitops field, no error', async () => {
    const r = await ask(t, 'alice', 'scale api in prod to 5');
    expect(r.outcome).toBe('pending');
    expect(r.notices).toBeUndefined();
    expect(r.costImpact?.monthly).toBeGreaterThan(0);
    const list = await ask(t, 'dave', 'list workloads in production');
    expect(list.outcome).toBe('answer');
    expect((list.result as { rows: object[] }).rows.every((x) => !('gitops' in x))).toBe(true);
  });
});
