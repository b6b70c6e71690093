import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/sandbox/index.ts';

export interface TestSandbox {
  sandbox: Sandbox;
  /** A kubeconfig file pointing at the sandbox (cluster, user and context `sandbox`). */
  kubeconfigPath: string;
  /** Raw HTTP to the API with the sandbox's token, as kubectl sends it: the exact Status bodies and content types. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary fields of the Status and object bodies.
  call(method: string, path: string, body?: unknown, contentType?: string): Promise<{ status: number; body: any }>;
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
    call: async (method, path, body, contentType = 'application/json') => {
      const res = await fetch(`${sandbox.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': contentType },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    cleanup: async () => {
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
