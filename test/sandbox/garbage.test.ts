import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Unstructured } from '../../src/sandbox/index.ts';
import { KUBECTL } from '../helpers/kubectl.ts';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

let t: TestSandbox;
let apps: k8s.AppsV1Api;
let custom: k8s.CustomObjectsApi;
let crds: k8s.ApiextensionsV1Api;

const SIM = { group: 'chaos.coxswain.dev', version: 'v1alpha1', namespace: 'staging', plural: 'chaossimulations' };
const POD_CHAOS = { group: 'chaos-mesh.org', version: 'v1alpha1', namespace: 'staging', plural: 'podchaos' };

const ownedBy = (o: Unstructured, owner: Unstructured) =>
  (o.metadata.ownerReferences ?? []).some((r: Unstructured) => r.uid === owner.metadata.uid);

function replicaSetsOf(d: Unstructured): Unstructured[] {
  return t.sandbox.list('apps/v1', 'replicasets', d.metadata.namespace).filter((rs) => ownedBy(rs, d));
}

function podsOf(rss: Unstructured[]): Unstructured[] {
  return t.sandbox.list('v1', 'pods', 'staging').filter((p) => rss.some((rs) => ownedBy(p, rs)));
}

async function installChaosCrds(): Promise<void> {
  const sim = parse(readFileSync(new URL('../../deploy/crds/chaossimulation.yaml', import.meta.url), 'utf8'));
  await crds.createCustomResourceDefinition({ body: sim });
  await crds.createCustomResourceDefinition({
    body: {
      metadata: { name: 'podchaos.chaos-mesh.org' },
      spec: {
        group: 'chaos-mesh.org',
        scope: 'Namespaced',
        names: { kind: 'PodChaos', plural: 'podchaos', singular: 'podchaos', listKind: 'PodChaosList' },
        versions: [
          {
            name: 'v1alpha1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', x_kubernetes_preserve_unknown_fields: true } },
          },
        ],
      },
    },
  });
}

/** A ChaosSimulation and the PodChaos it owns (as the Chaos Mesh engine creates it). */
async function simulationWithPodChaos(): Promise<{ sim: Unstructured; podChaos: Unstructured }> {
  const sim = (await custom.createNamespacedCustomObject({
    ...SIM,
    body: {
      apiVersion: 'chaos.coxswain.dev/v1alpha1',
      kind: 'ChaosSimulation',
      metadata: { name: 'kill-web' },
      spec: {
        level: 2,
        experiment: { type: 'pod-kill', target: { workload: 'web' }, durationSeconds: 60 },
        requestedBy: 'alice',
      },
    },
  })) as Unstructured;
  const podChaos = (await custom.createNamespacedCustomObject({
    ...POD_CHAOS,
    body: {
      apiVersion: 'chaos-mesh.org/v1alpha1',
      kind: 'PodChaos',
      metadata: {
        name: 'kill-web',
        ownerReferences: [
          {
            apiVersion: sim.apiVersion,
            kind: sim.kind,
            name: sim.metadata.name,
            uid: sim.metadata.uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: { action: 'pod-kill', mode: 'one', selector: { namespaces: ['staging'], labelSelectors: { app: 'web' } } },
    },
  })) as Unstructured;
  return { sim, podChaos };
}

beforeAll(async () => {
  t = await startTestSandbox();
  const kc = new k8s.KubeConfig();
  kc.loadFromString(t.sandbox.kubeconfigYaml());
  apps = kc.makeApiClient(k8s.AppsV1Api);
  custom = kc.makeApiClient(k8s.CustomObjectsApi);
  crds = kc.makeApiClient(k8s.ApiextensionsV1Api);
});
afterAll(() => t.cleanup());
beforeEach(() => t.sandbox.reset());

describe('garbage collection by ownerReferences', () => {
  it('deleting a Deployment (default Background) deletes its ReplicaSets and their pods, and nothing else', async () => {
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    const rss = replicaSetsOf(web);
    expect(rss).toHaveLength(2);
    expect(podsOf(rss)).toHaveLength(2);
    const apiPods = t.sandbox.list('v1', 'pods', 'staging').filter((p) => p.metadata.labels.app === 'api');
    await apps.deleteNamespacedDeployment({ name: 'web', namespace: 'staging' });
    expect(t.sandbox.list('apps/v1', 'replicasets', 'staging').filter((rs) => rs.metadata.name.startsWith('web-'))).toEqual([]);
    expect(t.sandbox.list('v1', 'pods', 'staging').filter((p) => p.metadata.labels.app === 'web')).toEqual([]);
    expect(t.sandbox.list('v1', 'pods', 'staging').filter((p) => p.metadata.labels.app === 'api')).toEqual(apiPods);
  });

  it('propagationPolicy=Orphan leaves the ReplicaSets (no longer owned) and their pods', async () => {
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    const rss = replicaSetsOf(web);
    const pods = podsOf(rss);
    await apps.deleteNamespacedDeployment({ name: 'web', namespace: 'staging', propagationPolicy: 'Orphan' });
    const left = rss.map((rs) => t.sandbox.get('apps/v1', 'replicasets', 'staging', rs.metadata.name));
    expect(left.map((rs) => rs?.metadata.ownerReferences)).toEqual([undefined, undefined]);
    expect(
      podsOf(rss)
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(pods.map((p) => p.metadata.name).sort());
  });

  it('deleting a ChaosSimulation deletes the PodChaos it owns; Orphan keeps it', async () => {
    await installChaosCrds();
    await simulationWithPodChaos();
    await custom.deleteNamespacedCustomObject({ ...SIM, name: 'kill-web' });
    expect(t.sandbox.list('chaos-mesh.org/v1alpha1', 'podchaos', 'staging')).toEqual([]);

    await simulationWithPodChaos();
    await custom.deleteNamespacedCustomObject({ ...SIM, name: 'kill-web', propagationPolicy: 'Orphan' });
    const kept = t.sandbox.get('chaos-mesh.org/v1alpha1', 'podchaos', 'staging', 'kill-web');
    expect(kept?.spec.action).toBe('pod-kill');
    expect(kept?.metadata.ownerReferences).toBeUndefined();
  });

  it('an object with two owners loses only the dangling reference when one owner goes', async () => {
    await installChaosCrds();
    const { sim, podChaos } = await simulationWithPodChaos();
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    const webRef = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: web.metadata.uid };
    await custom.patchNamespacedCustomObject(
      {
        ...POD_CHAOS,
        name: 'kill-web',
        body: { metadata: { ownerReferences: [...podChaos.metadata.ownerReferences, webRef] } },
      },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    await custom.deleteNamespacedCustomObject({ ...SIM, name: sim.metadata.name });
    const left = t.sandbox.get('chaos-mesh.org/v1alpha1', 'podchaos', 'staging', 'kill-web');
    expect(left?.metadata.ownerReferences).toEqual([webRef]);
    await apps.deleteNamespacedDeployment({ name: 'web', namespace: 'staging' });
    expect(t.sandbox.list('chaos-mesh.org/v1alpha1', 'podchaos', 'staging')).toEqual([]);
  });

  it('a dry-run delete collects nothing', async () => {
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    await apps.deleteNamespacedDeployment({ name: 'web', namespace: 'staging', dryRun: 'All' });
    expect(replicaSetsOf(web)).toHaveLength(2);
  });

  it.skipIf(!existsSync(KUBECTL))('kubectl delete --cascade=orphan and the default cascade', async () => {
    const run = promisify(execFile);
    const kubectl = (...args: string[]) =>
      run(KUBECTL, ['--kubeconfig', t.kubeconfigPath, '--cache-dir', join(dirname(t.kubeconfigPath), 'gc-cache'), ...args]);
    const api = t.sandbox.get('apps/v1', 'deployments', 'staging', 'api')!;
    const apiRss = replicaSetsOf(api);
    expect((await kubectl('delete', 'deployment', 'api', '-n', 'staging', '--cascade=orphan')).stdout).toContain(
      'deployment.apps "api" deleted',
    );
    expect(apiRss.every((rs) => t.sandbox.get('apps/v1', 'replicasets', 'staging', rs.metadata.name))).toBe(true);
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    const webRss = replicaSetsOf(web);
    await kubectl('delete', 'deployment', 'web', '-n', 'staging');
    expect(webRss.some((rs) => t.sandbox.get('apps/v1', 'replicasets', 'staging', rs.metadata.name))).toBe(false);
  });
});
