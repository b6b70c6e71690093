/**
 * kubectl against the sandbox, per available kubectl version: each everyday command either works as on a real
 * API server or fails with the sentence a real one gives for what the sandbox does not do. Versions: the
 * kubectl on PATH (or KUBECTL), the oldest and newest versioned builds installed beside it (the Google Cloud CLI's
 * kubectl ships kubectl.1.27 … kubectl.1.33 next to its dispatcher), plus any listed in KUBECTL_VERSIONS (paths
 * separated by ':'). In CI a missing kubectl fails the run; locally it is a visible skip.
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../helpers/sandbox.ts';

const run = promisify(execFile);

function onPath(): string | undefined {
  if (process.env.KUBECTL) return process.env.KUBECTL;
  try {
    return execFileSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function minorOf(bin: string): number {
  const out = execFileSync(bin, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  return Number((JSON.parse(out) as { clientVersion: { minor: string } }).clientVersion.minor.replace(/\D.*$/, ''));
}

/** The oldest and newest `kubectl.1.NN` next to the kubectl found (none for a plain Debian or upstream kubectl). */
function besides(bin: string | undefined): string[] {
  if (!bin) return [];
  const dir = dirname(realpathSync(bin));
  const builds = readdirSync(dir)
    .map((f) => ({ f, minor: Number(/^kubectl\.1\.(\d+)$/.exec(f)?.[1]) }))
    .filter((b) => Number.isInteger(b.minor))
    .sort((a, b) => a.minor - b.minor);
  return builds.length ? [...new Set([builds[0], builds[builds.length - 1]])].map((b) => join(dir, b.f)) : [];
}

const paths = [onPath(), ...besides(onPath()), ...(process.env.KUBECTL_VERSIONS ?? '').split(':')].filter(
  (p, i, all): p is string => Boolean(p) && existsSync(p as string) && all.indexOf(p) === i,
);
const versions = paths.map((bin) => ({ bin, minor: minorOf(bin) }));

if (!versions.length) {
  if (process.env.CI) {
    it('kubectl is installed (CI installs Debian kubernetes-client)', () => {
      expect.fail('no kubectl found on PATH, in KUBECTL or KUBECTL_VERSIONS');
    });
  } else {
    it.skip('kubectl conformance: no kubectl on PATH (set KUBECTL or KUBECTL_VERSIONS to run it)', () => {});
  }
}

const NOT_SUPPORTED = 'is not supported by the coxswain sandbox';

describe.each(versions)('kubectl 1.$minor ($bin) against the sandbox', ({ bin, minor }) => {
  let t: TestSandbox;
  let dir: string;

  async function kubectl(...args: string[]): Promise<{ ok: boolean; out: string }> {
    const cache = join(dir, `cache-${minor}`);
    try {
      const { stdout, stderr } = await run(bin, ['--kubeconfig', t.kubeconfigPath, '--cache-dir', cache, ...args], {
        timeout: 30_000,
      });
      return { ok: true, out: `${stdout}${stderr}` };
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; killed?: boolean };
      return { ok: false, out: `${err.killed ? '(killed: did not end)' : ''}${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  }

  /** A long-running kubectl whose output is collected until `done` holds (or 15 s), then it is stopped. */
  function streaming(args: string[], done: (out: string) => boolean): Promise<string> {
    return new Promise((resolve) => {
      const child: ChildProcess = spawn(bin, ['--kubeconfig', t.kubeconfigPath, ...args]);
      let out = '';
      const finish = () => {
        clearTimeout(timer);
        child.kill();
        resolve(out);
      };
      const timer = setTimeout(finish, 15_000);
      const read = (d: Buffer) => {
        out += d.toString();
        if (done(out)) finish();
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.on('exit', finish);
    });
  }

  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const podName = () => t.sandbox.list('v1', 'pods', 'staging')[0].metadata.name as string;

  beforeAll(async () => {
    t = await startTestSandbox();
    dir = dirname(t.kubeconfigPath);
  });
  afterAll(() => t?.cleanup());

  it('rollout status and wait end, and honour --timeout', async () => {
    expect(await kubectl('rollout', 'status', 'deploy/web', '-n', 'staging', '--timeout=10s')).toMatchObject({
      ok: true,
      out: expect.stringContaining('successfully rolled out'),
    });
    expect(await kubectl('wait', '--for=condition=Available', 'deploy/web', '-n', 'staging', '--timeout=10s')).toMatchObject({
      ok: true,
      out: expect.stringContaining('condition met'),
    });
    const never = await kubectl('wait', '--for=condition=Nope', 'deploy/web', '-n', 'staging', '--timeout=2s');
    expect(never.ok).toBe(false);
    expect(never.out).toContain('timed out waiting for the condition');
  });

  it('create deployment, namespace and configmap; built-in defaults as a real server fills them', async () => {
    expect((await kubectl('create', 'deployment', 'nginx', '--image=nginx:1.27', '-n', 'staging')).out).toContain(
      'deployment.apps/nginx created',
    );
    expect((await kubectl('create', 'namespace', 'team-x')).out).toContain('namespace/team-x created');
    expect((await kubectl('create', 'configmap', 'cfg', '--from-literal=a=b', '-n', 'staging')).out).toContain(
      'configmap/cfg created',
    );
    const d = t.sandbox.get('apps/v1', 'deployments', 'staging', 'nginx');
    expect(d?.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
      template: { spec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30 } },
    });
    expect(t.sandbox.get('v1', 'configmaps', 'staging', 'cfg')?.data).toEqual({ a: 'b' });
    const described = await kubectl('describe', 'deploy', 'nginx', '-n', 'staging');
    expect(described.out).toMatch(/StrategyType:\s+RollingUpdate/);
    expect(described.out).toMatch(/RollingUpdateStrategy:\s+25% max unavailable, 25% max surge/);
  });

  it('get -w prints table rows for each change', async () => {
    // Wait for the whole row (to its newline): output can arrive cut inside a line.
    const watching = streaming(['get', 'deploy', '-n', 'staging', '-w'], (out) => /\bweb\s+5\/5\s.*\n/.test(out));
    await new Promise((r) => setTimeout(r, 1500));
    await kubectl('scale', 'deploy', 'web', '-n', 'staging', '--replicas=5');
    const out = await watching;
    expect(out.split('\n')[0].split(/\s+/)).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(out).toMatch(/\bweb\s+5\/5\s+5\s+5\s/);
  });

  it('logs --previous is the kubelet error; logs -f follows; --timestamps stamps lines', async () => {
    const previous = await kubectl('logs', podName(), '-n', 'staging', '--previous');
    expect(previous.ok).toBe(false);
    expect(previous.out).toContain(`previous terminated container`);
    const followed = await streaming(
      ['logs', podName(), '-n', 'staging', '-f'],
      (out) => (out.match(/pod=\S+\n/g) ?? []).length >= 1 && out.includes('container='),
    );
    expect(followed).toContain('msg="starting');
    expect(followed).toContain('container=');
    const stamped = await kubectl('logs', podName(), '-n', 'staging', '--timestamps', '--tail=1');
    expect(stamped.out).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z level=info/);
  });

  it('an unknown field selector is refused as a real server refuses it', async () => {
    const r = await kubectl('get', 'pods', '-n', 'staging', '--field-selector=foo.bar=x');
    expect(r.ok).toBe(false);
    expect(r.out).toContain('field label not supported: foo.bar');
    const good = await kubectl('get', 'pods', '-A', '--field-selector=status.phase=Running', '-o', 'name');
    expect(good.out.trim().split('\n').length).toBeGreaterThan(30);
  });

  it('exec, cp, attach, port-forward and debug say the sandbox does not support them, not "not found"', async () => {
    const pod = podName();
    for (const args of [
      ['exec', pod, '-n', 'staging', '--', 'ls'],
      ['cp', `staging/${pod}:/etc/hosts`, join(dir, 'hosts')],
      ['attach', pod, '-n', 'staging'],
      ['port-forward', pod, '-n', 'staging', '19997:8080'],
      ['debug', pod, '-n', 'staging', '--image=busybox'],
    ]) {
      const r = await kubectl(...args);
      expect(r.ok, args[0]).toBe(false);
      expect(r.out, args[0]).toContain(NOT_SUPPORTED);
      expect(r.out, args[0]).not.toContain('not found');
    }
  });

  it('a manifest with a typo is refused (Strict, kubectl 1.27+) or warned about (older kubectl), never silently stored', async () => {
    const typo = file(
      `typo-${minor}.yaml`,
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: typo\n  namespace: staging\nspec:\n  replcas: 3\n  selector:\n    matchLabels: {app: typo}\n  template:\n    metadata:\n      labels: {app: typo}\n    spec:\n      containers: [{name: a, image: nginx}]\n',
    );
    const r = await kubectl('apply', '-f', typo);
    if (minor >= 27) {
      expect(r.ok).toBe(false);
      expect(r.out).toContain('strict decoding error: unknown field "spec.replcas"');
      expect(t.sandbox.get('apps/v1', 'deployments', 'staging', 'typo')).toBeUndefined();
    } else {
      expect(r.out).toContain('Warning: unknown field "spec.replcas"');
    }
  });

  it('apply (client-side and --server-side) creates and updates', async () => {
    const cm = (v: string) =>
      file(
        `cm-${minor}.yaml`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\n  namespace: staging\ndata:\n  v: "${v}"\n`,
      );
    expect((await kubectl('apply', '-f', cm('1'))).out).toContain('configmap/applied created');
    expect((await kubectl('apply', '-f', cm('2'))).out).toContain('configmap/applied configured');
    expect(t.sandbox.get('v1', 'configmaps', 'staging', 'applied')?.data).toEqual({ v: '2' });
    const ss = file(
      `ss-${minor}.yaml`,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\n  namespace: staging\ndata:\n  a: b\n',
    );
    expect((await kubectl('apply', '--server-side', '-f', ss)).out).toContain('configmap/ssa serverside-applied');
    expect(t.sandbox.get('v1', 'configmaps', 'staging', 'ssa')?.data).toEqual({ a: 'b' });
  });

  it('auth can-i answers, per impersonated user', async () => {
    expect((await kubectl('auth', 'can-i', 'create', 'deployments', '-n', 'staging')).out.trim()).toBe('yes');
    t.sandbox.forbidUser('dave', { verbs: ['create'], resources: ['deployments'] });
    const dave = await kubectl('auth', 'can-i', 'create', 'deployments', '-n', 'staging', '--as', 'dave');
    expect(dave.out.trim()).toMatch(/^no/);
    t.sandbox.allowUser('dave');
  });

  it('autoscale stores a HorizontalPodAutoscaler', async () => {
    expect((await kubectl('autoscale', 'deploy', 'worker', '-n', 'staging', '--min=1', '--max=4')).out).toContain(
      'horizontalpodautoscaler.autoscaling/worker autoscaled',
    );
    expect(t.sandbox.get('autoscaling/v1', 'horizontalpodautoscalers', 'staging', 'worker')?.spec).toMatchObject({
      minReplicas: 1,
      maxReplicas: 4,
      scaleTargetRef: { kind: 'Deployment', name: 'worker' },
    });
  });

  it('pod IPs are valid IPv4 addresses', async () => {
    const r = await kubectl('get', 'pods', '-A', '-o', 'jsonpath={.items[*].status.podIP}');
    const ips = r.out.trim().split(/\s+/);
    expect(ips.length).toBeGreaterThan(30);
    for (const ip of ips) expect(ip).toMatch(/^10\.244\.(25[0-5]|2[0-4]\d|1?\d?\d)\.(25[0-5]|2[0-4]\d|1?\d?\d)$/);
  });
});
