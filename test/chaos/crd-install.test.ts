import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSimulationCrd } from '../../src/chaos/crd.ts';
import { chaosApis, servedGroups } from '../../src/chaos/kube.ts';
import type { ClusterRegistry } from '../../src/kube/clusters.ts';
import launchChaos from '../../tools/launch-chaos.ts';
import listChaos from '../../tools/list-chaos.ts';
import { startTestCluster, type TestCluster } from '../helpers/cluster.ts';
import type { Sandbox } from './fixture.ts';

let cluster: TestCluster;
let sandbox: Sandbox;
let registry: ClusterRegistry;

beforeEach(async () => {
  cluster = await startTestCluster({ impersonate: true });
  ({ sandbox, registry } = cluster);
});
afterEach(() => cluster.cleanup());

describe('installing the ChaosSimulation CRD', () => {
  it('the sandbox accepts deploy/crds/chaossimulation.yaml and serves the group; a second install is a no-op', async () => {
    const api = chaosApis(registry.get());
    expect((await servedGroups(api)).has('chaos.coxswain.dev')).toBe(false);
    expect(await ensureSimulationCrd(api)).toBe(true);
    const crd = await api.apiext.readCustomResourceDefinition({ name: 'chaossimulations.chaos.coxswain.dev' });
    expect(crd.spec.names.shortNames).toContain('csim');
    expect(crd.spec.versions[0].subresources?.status).toEqual({});
    sandbox.clearRequests();
    expect(await ensureSimulationCrd(api)).toBe(true);
    expect(sandbox.requests.filter((r) => r.verb === 'create')).toEqual([]);
  });

  it('without permission to create CRDs it reports not served instead of failing, and the tools say how to install it', async () => {
    sandbox.forbidUser('restricted', { resources: ['customresourcedefinitions'] });
    const kube = registry.get(undefined, { user: 'restricted' });
    expect(await ensureSimulationCrd(chaosApis(kube))).toBe(false);
    const ctx = { kube, requestText: 'kill a pod of api', requestedBy: 'restricted' };
    const args = launchChaos.schema.parse({ namespace: 'staging', target: 'api', experiment: 'pod-kill' });
    await expect(launchChaos.preview(args, ctx)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('kubectl apply -f deploy/crds/chaossimulation.yaml'),
    });
    await expect(listChaos.execute(listChaos.schema.parse({}), ctx)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('is not installed in cluster sandbox'),
    });
  });

  it('a person the cluster forbids to create simulations gets a forbidden sentence from the dry run', async () => {
    expect(await ensureSimulationCrd(chaosApis(registry.get()))).toBe(true);
    sandbox.forbidUser('dave', { resources: ['chaossimulations'], verbs: ['create'] });
    const kube = registry.get(undefined, { user: 'dave' });
    const args = launchChaos.schema.parse({ namespace: 'staging', target: 'api', experiment: 'pod-kill' });
    await expect(launchChaos.preview(args, { kube, requestText: 'x', requestedBy: 'dave' })).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('dave is not allowed to create chaossimulation'),
    });
  });
});
