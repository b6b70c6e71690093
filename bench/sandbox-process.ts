import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../test/helpers/redis.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'coxswain.mjs');

/**
 * `coxswain sandbox` in its own process, as a cluster's API server is another machine in production: its
 * controllers' work after each write then does not run on the event loop being measured. Resolves once the
 * kubeconfig is written.
 */
export async function spawnSandbox(kubeconfig: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'sandbox', '--port', String(port), '--kubeconfig', kubeconfig], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('kubeconfig written')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`coxswain sandbox exited with ${code}: ${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}
