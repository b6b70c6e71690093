import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_FLAGS, KUBECTL } from '../helpers/kubectl.ts';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

const run = promisify(execFile);
let t: TestSandbox;

/** Runs kubectl against the sandbox; resolves with stdout, or with the error output when it exits non-zero. */
async function kubectl(...args: string[]): Promise<{ ok: boolean; out: string }> {
  const cache = join(dirname(t.kubeconfigPath), 'kube-cache');
  try {
    const { stdout } = await run(KUBECTL, ['--kubeconfig', t.kubeconfigPath, '--cache-dir', cache, ...args], { timeout: 20_000 });
    return { ok: true, out: stdout };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe.skipIf(!existsSync(KUBECTL))('kubectl against the sandbox', () => {
  beforeAll(async () => {
    t = await startTestSandbox();
  });
  afterAll(() => t?.cleanup());

  it('get deploy -A prints every seeded Deployment with ready counts', async () => {
    const { ok, out } = await kubectl('get', 'deploy', '-A');
    expect(ok).toBe(true);
    const lines = out.trim().split('\n');
    expect(lines[0].split(/\s+/)).toEqual(['NAMESPACE', 'NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(lines).toHaveLength(10);
    expect(out).toMatch(/production\s+web\s+6\/6\s+6\s+6\s/);
  });

  it('describe deployment shows image, replica sets and events', async () => {
    const { ok, out } = await kubectl('describe', 'deployment', 'web', '-n', 'staging');
    expect(ok).toBe(true);
    expect(out).toContain('Image:      ghcr.io/acme/web:1.8.0');
    expect(out).toMatch(/NewReplicaSet:\s+web-\w+ \(2\/2 replicas created\)/);
    expect(out).toContain('ScalingReplicaSet');
  });

  it('scale, then rollout undo back to web:1.7.2, then logs', async () => {
    expect((await kubectl('scale', 'deployment', 'web', '-n', 'staging', '--replicas=3')).out).toContain(
      'deployment.apps/web scaled',
    );
    expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')?.status.readyReplicas).toBe(3);
    expect((await kubectl('rollout', 'undo', 'deployment/web', '-n', 'staging')).out).toContain(
      'deployment.apps/web rolled back',
    );
    const web = t.sandbox.get('apps/v1', 'deployments', 'staging', 'web')!;
    expect(web.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/web:1.7.2');
    expect(web.spec.replicas).toBe(3);
    const history = await kubectl('rollout', 'history', 'deployment/web', '-n', 'staging');
    expect(history.out).toMatch(/\n2\s+<none>\n3\s+<none>/);
    const logs = await kubectl('logs', 'deploy/web', '-n', 'staging', '--tail=2');
    expect(logs.ok).toBe(true);
    expect(logs.out.trim().split('\n')).toHaveLength(2);
  });

  it('replace with a stale resourceVersion is a Conflict; get of a missing name is NotFound', async () => {
    const file = join(dirname(t.kubeconfigPath), 'api.json');
    writeFileSync(file, (await kubectl('get', 'deploy', 'api', '-n', 'staging', '-o', 'json')).out);
    expect((await kubectl('scale', 'deploy', 'api', '-n', 'staging', '--replicas=4')).ok).toBe(true);
    const stale = await kubectl('replace', ...FILE_FLAGS, '-f', file);
    expect(stale.ok).toBe(false);
    expect(stale.out).toContain(
      'Error from server (Conflict): error when replacing "' +
        file +
        '": Operation cannot be fulfilled on deployments.apps "api": the object has been modified',
    );
    const missing = await kubectl('get', 'deploy', 'nope');
    expect(missing.ok).toBe(false);
    expect(missing.out).toContain('Error from server (NotFound): deployments.apps "nope" not found');
  });

  it('get rollouts.argoproj.io and a registered CRD print their printer columns', async () => {
    const ro = await kubectl('get', 'rollouts.argoproj.io', '-n', 'staging');
    expect(ro.out.trim().split('\n')[0].split(/\s+/)).toEqual(['NAME', 'DESIRED', 'CURRENT', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(ro.out).toMatch(/checkout\s+4\s+4\s+1\s+4\s/);
    const crd = join(dirname(t.kubeconfigPath), 'crd.json');
    writeFileSync(
      crd,
      JSON.stringify({
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        metadata: { name: 'chaossimulations.chaos.coxswain.dev' },
        spec: {
          group: 'chaos.coxswain.dev',
          scope: 'Namespaced',
          names: { kind: 'ChaosSimulation', plural: 'chaossimulations', singular: 'chaossimulation' },
          versions: [
            {
              name: 'v1alpha1',
              served: true,
              storage: true,
              subresources: { status: {} },
              schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
              additionalPrinterColumns: [{ name: 'Experiment', type: 'string', jsonPath: '.spec.experiment' }],
            },
          ],
        },
      }),
    );
    expect((await kubectl('create', ...FILE_FLAGS, '-f', crd)).out).toContain(
      'customresourcedefinition.apiextensions.k8s.io/chaossimulations.chaos.coxswain.dev created',
    );
    const sim = join(dirname(t.kubeconfigPath), 'sim.json');
    writeFileSync(
      sim,
      JSON.stringify({
        apiVersion: 'chaos.coxswain.dev/v1alpha1',
        kind: 'ChaosSimulation',
        metadata: { name: 'kill-web', namespace: 'staging' },
        spec: { experiment: 'pod-kill' },
      }),
    );
    expect((await kubectl('create', ...FILE_FLAGS, '-f', sim)).ok).toBe(true);
    const list = await kubectl('get', 'chaossimulations', '-n', 'staging');
    expect(list.out.trim().split('\n')[0].split(/\s+/)).toEqual(['NAME', 'EXPERIMENT', 'AGE']);
    expect(list.out).toMatch(/kill-web\s+pod-kill\s/);
  });
});
