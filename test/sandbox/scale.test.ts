import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

/** `coxswain sandbox --scale 3`: the seed's staging and production, and two copies of each (team-002-…, team-003-…). */
const SCALE = 3;
const COPIES = ['', 'team-002-', 'team-003-'];

let t: TestSandbox;
let apps: k8s.AppsV1Api;
let core: k8s.CoreV1Api;

beforeAll(async () => {
  t = await startTestSandbox({ scale: SCALE });
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(t.kubeconfigPath);
  [apps, core] = [kc.makeApiClient(k8s.AppsV1Api), kc.makeApiClient(k8s.CoreV1Api)];
});
afterAll(() => t.cleanup());

/** Every object of the kinds the controllers write, by kind/namespace/name → resourceVersion. */
function versions(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [apiVersion, plural] of [
    ['apps/v1', 'deployments'],
    ['argoproj.io/v1alpha1', 'rollouts'],
    ['apps/v1', 'replicasets'],
    ['v1', 'pods'],
  ]) {
    for (const o of t.sandbox.list(apiVersion, plural)) {
      out.set(`${plural}/${o.metadata.namespace}/${o.metadata.name}`, o.metadata.resourceVersion);
    }
  }
  return out;
}

describe('sandbox --scale N', () => {
  it('seeds N copies of staging and production, each settled by the controllers as the seed is', async () => {
    const namespaces = (await core.listNamespace()).items.map((n) => n.metadata?.name);
    for (const copy of COPIES) expect(namespaces).toEqual(expect.arrayContaining([`${copy}staging`, `${copy}production`]));
    // About 9×N workloads and 33×N pods: 3 + 9N and 4 + 33N exactly (kube-system and monitoring stay single).
    const deployments = (await apps.listDeploymentForAllNamespaces()).items;
    const rollouts = t.sandbox.list('argoproj.io/v1alpha1', 'rollouts');
    expect(deployments.length + rollouts.length).toBe(3 + 9 * SCALE);
    expect((await core.listPodForAllNamespaces()).items).toHaveLength(4 + 33 * SCALE);

    for (const copy of COPIES) {
      const web = await apps.readNamespacedDeployment({ name: 'web', namespace: `${copy}staging` });
      expect(web.status).toMatchObject({ replicas: 2, readyReplicas: 2, updatedReplicas: 2 });
      expect(web.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
      const revisions = t.sandbox
        .list('apps/v1', 'replicasets', `${copy}staging`)
        .filter((rs) => rs.metadata.labels.app === 'web')
        .map((rs) => [rs.spec.template.spec.containers[0].image, rs.spec.replicas]);
      expect(revisions.sort()).toEqual([
        ['ghcr.io/acme/web:1.7.2', 0],
        ['ghcr.io/acme/web:1.8.0', 2],
      ]);
      const checkout = t.sandbox.get('argoproj.io/v1alpha1', 'rollouts', `${copy}staging`, 'checkout');
      expect(checkout?.status).toMatchObject({ phase: 'Paused', currentStepIndex: 1 });
      const payments = t.sandbox.get('argoproj.io/v1alpha1', 'rollouts', `${copy}production`, 'payments');
      expect(payments?.status?.pauseConditions?.[0]?.reason).toBe('BlueGreenPause');
    }
  });

  it('a write to one copy changes objects of that copy only', async () => {
    const before = versions();
    await apps.patchNamespacedDeploymentScale(
      { name: 'web', namespace: 'team-002-production', body: { spec: { replicas: 8 } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    const after = versions();
    const changed = [...after].filter(([k, rv]) => before.get(k) !== rv).map(([k]) => k);
    const namespaces = new Set(changed.map((k) => k.split('/')[1]));
    expect([...namespaces]).toEqual(['team-002-production']);
    // The Deployment, its current ReplicaSet and the two new pods.
    expect(changed.filter((k) => k.startsWith('pods/'))).toHaveLength(2);
    expect(changed).toEqual(expect.arrayContaining(['deployments/team-002-production/web']));
    const web = await apps.readNamespacedDeployment({ name: 'web', namespace: 'team-002-production' });
    expect(web.status?.readyReplicas).toBe(8);
  });

  it('prices each copy as the seed: a week of team-003-staging costs what staging costs', async () => {
    const res = await fetch(`${t.sandbox.url}/allocation?window=7d&aggregate=namespace&accumulate=true`);
    const week = ((await res.json()) as { data: Record<string, { totalCost: number }>[] }).data[0];
    expect(week['team-003-staging'].totalCost).toBeGreaterThan(0);
    expect(week['team-003-staging'].totalCost).toBeCloseTo(week.staging.totalCost, 6);
  });
});
