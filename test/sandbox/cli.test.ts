import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

it('coxswain sandbox writes a kubeconfig, serves the API, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-cli-sandbox-'));
  const kubeconfig = join(dir, 'kc.yaml');
  const child = spawn(process.execPath, ['bin/coxswain.mjs', 'sandbox', '--port', '0', '--kubeconfig', kubeconfig], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m && out.includes('get deploy -A')) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain(`kubectl --kubeconfig ${kubeconfig} get deploy -A`);
    const config = parse(readFileSync(kubeconfig, 'utf8'));
    expect(config['current-context']).toBe('sandbox');
    expect(config.clusters[0].cluster.server).toBe(url);
    const res = await fetch(`${url}/apis/apps/v1/namespaces/staging/deployments/web`, {
      headers: { authorization: `Bearer ${config.users[0].user.token}` },
    });
    expect((await res.json()).spec.replicas).toBe(2);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

it('coxswain sandbox refuses a bad --port with a usage hint', async () => {
  const child = spawn(process.execPath, ['bin/coxswain.mjs', 'sandbox', '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(2);
  expect(err).toContain('--port must be a number from 0 to 65535');
});
