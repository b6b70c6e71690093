import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildRuntime, type Runtime, type RuntimeOverrides, startWorkers, type WorkerSettings } from '../../src/app/runtime.ts';
import { type Config, loadConfig } from '../../src/config/config.ts';
import type { ExecutionWorker } from '../../src/execution/worker.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';

export interface TestRuntime {
  sandbox: Sandbox;
  runtime: Runtime;
  config: Config;
  /** The environment a `coxswain` child process needs to join this runtime (same Redis, prefix, sandbox). */
  env: Record<string, string>;
  workers?: ExecutionWorker;
  /** Stops this runtime's in-process workers (e.g. to let a child process take the jobs). */
  stopWorkers(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A sandbox over HTTP and a full runtime on it, on the run's private Redis with a key prefix of its own, with
 * in-process workers unless `workers: false`. The offline planner; the sandbox policy.
 */
export async function startTestRuntime(
  opts: { workers?: false | WorkerSettings; redisUrl?: string; overrides?: RuntimeOverrides } = {},
): Promise<TestRuntime> {
  const sandbox = await startSandbox();
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-rt-'));
  const kubeconfig = join(dir, 'kubeconfig');
  sandbox.writeKubeconfig(kubeconfig);
  const env = {
    REDIS_URL: opts.redisUrl ?? inject('redisUrl'),
    REDIS_PREFIX: `t-${randomUUID().slice(0, 12)}`,
    KUBECONFIG: kubeconfig,
    PLANNER: 'offline',
    COXSWAIN_NAMESPACE_ALIASES: 'prod=production,stg=staging,stage=staging',
    LOG_LEVEL: 'silent',
  };
  const config = loadConfig(env);
  const runtime = await buildRuntime(config, { inventoryTtlMs: 0, executionTimeoutMs: 20_000, ...opts.overrides });
  let workers = opts.workers === false ? undefined : startWorkers(runtime, { chaos: false, ...opts.workers });
  const stopWorkers = async () => {
    await workers?.close();
    workers = undefined;
  };
  return {
    sandbox,
    runtime,
    config,
    env,
    get workers() {
      return workers;
    },
    stopWorkers,
    close: async () => {
      await stopWorkers();
      await runtime.close();
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Non-dry-run writes the sandbox received (the effects), optionally of one resource, e.g. `deployments/scale`. */
export function effectiveWrites(sandbox: Sandbox, resource?: string) {
  return sandbox.requests.filter(
    (r) =>
      !r.dryRun &&
      r.status < 400 &&
      ['create', 'update', 'patch', 'delete'].includes(r.verb ?? '') &&
      (!resource || `${r.resource?.plural}${r.resource?.subresource ? `/${r.resource.subresource}` : ''}` === resource),
  );
}

/** The live replica count of a sandbox Deployment (the effect, read from the cluster's own state). */
export function replicasOf(sandbox: Sandbox, namespace: string, name: string): number {
  const spec = sandbox.get('apps/v1', 'deployments', namespace, name)?.spec as { replicas?: number } | undefined;
  if (spec?.replicas === undefined) throw new Error(`the sandbox has no deployment ${namespace}/${name}`);
  return spec.replicas;
}
