import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.ts';

export interface TestSandbox {
  sandbox: Sandbox;
  /** A kubeconfig file pointing at the sandbox (cluster, user and context `sandbox`). */
  kubeconfigPath: string;
  /** Stops the server and removes the temp directory. */
  cleanup(): Promise<void>;
}

/** A private sandbox cluster on a free loopback port, with its kubeconfig in a temp directory. */
export async function startTestSandbox(opts: Omit<SandboxOptions, 'kubeconfigPath'> = {}): Promise<TestSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-sandbox-'));
  const kubeconfigPath = join(dir, 'kubeconfig');
  const sandbox = await startSandbox({ ...opts, kubeconfigPath });
  return {
    sandbox,
    kubeconfigPath,
    cleanup: async () => {
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
