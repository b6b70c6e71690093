import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSimulations } from '../../src/chaos/kube.ts';
import launchChaos from '../../tools/launch-chaos.ts';
import listChaos from '../../tools/list-chaos.ts';
import stopChaos from '../../tools/stop-chaos.ts';
import { HAS_KUBECTL, KUBECTL } from '../helpers/kubectl.ts';
import { chaosSandbox, manualReconciler, testClock } from './fixture.ts';

let env: Awaited<ReturnType<typeof chaosSandbox>>;

beforeAll(async () => {
  env = await chaosSandbox();
});
afterAll(() => env?.cleanup());

const parse = (a: Record<string, unknown>) =>
  launchChaos.schema.parse({ namespace: 'staging', target: 'api', experiment: 'pod-kill', ...a });

describe('launch_chaos preview', () => {
  it('dry-runs the ChaosSimulation and says what it will do, creating nothing', async () => {
    const p = await launchChaos.preview(parse({}), env.ctx('kill a pod of api'));
    expect(p.summary).toBe('kill 1 pod of staging/api (level 1) for 60s');
    expect(p.dryRun).toBe(true);
    expect(p.target).toEqual({ kind: 'Deployment', namespace: 'staging', name: 'api' });
    expect(p.changes[0].after).toMatchObject({
      level: 1,
      command: 'kill a pod of api',
      experiment: { type: 'pod-kill', target: { workload: 'api' }, durationSeconds: 60 },
    });
    expect(p.changes).toContainEqual({ path: 'engine', before: null, after: 'native' });
    expect(p.fingerprint).toMatch(/^[a-f0-9]{32}$/);
    expect(await listSimulations(env.api, 'staging')).toEqual([]);
    const again = await launchChaos.preview(parse({}), env.ctx('kill a pod of api'));
    expect(again.fingerprint).toBe(p.fingerprint);
  });

  it('words the blast radius by level', async () => {
    const p = await launchChaos.preview(parse({ target: 'web', level: 5, durationSeconds: 300 }), env.ctx('x'));
    expect(p.summary).toBe('kill up to 25% of the pods of staging/web (level 5) for 300s');
  });

  it('names the closest workloads when the target does not exist', async () => {
    await expect(launchChaos.preview(parse({ target: 'apii' }), env.ctx('x'))).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('staging/api'),
    });
  });

  it('refuses system namespaces, and network chaos without Chaos Mesh', async () => {
    await expect(launchChaos.preview(parse({ namespace: 'kube-system', target: 'coredns' }), env.ctx('x'))).rejects.toMatchObject(
      { code: 'refused', fault: 'policy' },
    );
    await expect(launchChaos.preview(parse({ experiment: 'network-loss', lossPercent: 10 }), env.ctx('x'))).rejects.toMatchObject(
      { code: 'invalid_state', message: expect.stringContaining('needs Chaos Mesh') },
    );
  });
});

describe('list_chaos, stop_chaos and kubectl', () => {
  it('lists a launched simulation, stops it, and kubectl shows phase and target columns', async () => {
    const clock = testClock();
    const rec = manualReconciler(env.registry, clock.now);
    const empty = await listChaos.execute(listChaos.schema.parse({ namespace: 'production' }), env.ctx('x'));
    expect(empty.summary).toBe('No chaos simulations in production.');

    const r = await launchChaos.execute(parse({ target: 'worker', durationSeconds: 120 }), env.ctx('kill a worker pod'));
    const { name } = r.data as { name: string };
    expect(r.summary).toContain(`staging/${name}: kill 1 pod of staging/worker (level 1) for 120s`);
    let rows = (await listChaos.execute(listChaos.schema.parse({}), env.ctx('x'))).data as {
      simulations: Record<string, unknown>[];
    };
    expect(rows.simulations.find((s) => s.name === name)).toMatchObject({
      phase: 'Pending',
      target: 'worker',
      requestedBy: 'alice',
    });

    await rec.runOnce();
    rows = (await listChaos.execute(listChaos.schema.parse({ namespace: 'staging' }), env.ctx('x'))).data as typeof rows;
    expect(rows.simulations.find((s) => s.name === name)).toMatchObject({ phase: 'Running', engine: 'native' });

    if (HAS_KUBECTL) {
      // Asynchronously: the sandbox answers from this same process.
      const { stdout } = await promisify(execFile)(
        KUBECTL,
        ['--kubeconfig', env.kubeconfigPath, '--request-timeout=20s', 'get', 'chaossimulations', '-n', 'staging'],
        { encoding: 'utf8' },
      );
      const [header, ...lines] = stdout.trim().split('\n');
      expect(header.split(/\s+/)).toEqual(['NAME', 'PHASE', 'TYPE', 'TARGET', 'LEVEL', 'AGE']);
      const line = lines.find((l) => l.startsWith(name));
      expect(line?.split(/\s+/).slice(0, 5)).toEqual([name, 'Running', 'pod-kill', 'worker', '1']);
    }

    await stopChaos.execute(stopChaos.schema.parse({ namespace: 'staging', name }), env.ctx('stop it'));
    rows = (await listChaos.execute(listChaos.schema.parse({ namespace: 'staging' }), env.ctx('x'))).data as typeof rows;
    expect(rows.simulations.find((s) => s.name === name)).toMatchObject({ phase: 'Stopped', timeLeftSeconds: undefined });
    await expect(
      stopChaos.preview(stopChaos.schema.parse({ namespace: 'staging', name: 'nope' }), env.ctx('x')),
    ).rejects.toMatchObject({ code: 'not_found' });
    await rec.stop();
  });
});
