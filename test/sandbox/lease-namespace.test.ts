import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildRuntime, startWorkers } from '../../src/app/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';

const LEASE = 'coxswain-chaos-reconciler';
let sandbox: Sandbox;
let dir: string;

/** A worker process's runtime (with the chaos reconciler) on the sandbox, until its Lease shows up. */
async function leaseNamespaceWith(env: Record<string, string>): Promise<string> {
  const kubeconfig = join(dir, 'kubeconfig');
  sandbox.writeKubeconfig(kubeconfig);
  const config = loadConfig({
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: `t-${randomUUID().slice(0, 12)}`,
    KUBECONFIG: kubeconfig,
    PLANNER: 'offline',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const runtime = await buildRuntime(config);
  const workers = startWorkers(runtime);
  try {
    return await vi.waitFor(
      () => {
        const lease = sandbox.list('coordination.k8s.io/v1', 'leases').find((l) => l.metadata.name === LEASE);
        if (!lease) throw new Error('no chaos lease yet');
        return lease.metadata.namespace as string;
      },
      { timeout: 15_000, interval: 50 },
    );
  } finally {
    await workers.close();
    await runtime.close();
  }
}

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'coxswain-lease-'));
});
afterAll(async () => {
  await sandbox.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the chaos reconciler's Lease", () => {
  it('lives in POD_NAMESPACE, the namespace the bot runs in', async () => {
    expect(await leaseNamespaceWith({ POD_NAMESPACE: 'monitoring' })).toBe('monitoring');
  });

  it('lives in default when POD_NAMESPACE is unset', async () => {
    sandbox.reset();
    expect(await leaseNamespaceWith({})).toBe('default');
  });

  it('a POD_NAMESPACE that is not a namespace name is a configuration error', () => {
    expect(() => loadConfig({ POD_NAMESPACE: 'Not_A_Namespace' })).toThrow(/POD_NAMESPACE: a namespace name/);
  });
});
