import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

// biome-ignore lint/suspicious/noExplicitAny: the printed JSON is read field by field.
async function ask(t: TestRuntime, person: string, text: string): Promise<any> {
  const r = await run(process.execPath, [BIN, 'ask', '--as', person, '--json', text], {
    env: { ...process.env, ...t.env },
  }).catch((err: { stdout: string }) => err);
  return JSON.parse(r.stdout);
}

/** The contract of issue 14 through the real `coxswain ask --json`, on the sandbox with its Argo CD apps. */
describe('coxswain ask --json: GitOps notices and cost impact', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
  });
  afterAll(() => t?.close());

  it('a write on a self-healed app: pending, a gitops notice that it will be reverted, and the monthly cost', async () => {
    const r = await ask(t, 'alice', 'scale api in prod to 5');
    expect(r.outcome).toBe('pending');
    expect(r.notices).toEqual([
      expect.objectContaining({ kind: 'gitops', app: 'api-production', selfHeal: true, reverted: true, syncStatus: 'Synced' }),
    ]);
    expect(r.notices[0].instead.join(' ')).toMatch(/Git.*auto-sync.*rollback/s);
    expect(r.costImpact.monthly).toBeGreaterThan(0);
    expect(r.costImpact.currency).toBe('USD');
    expect(r.costImpact.basis).toContain('production/api');
  });

  it('a write on an app without self-heal: a notice that it stays but goes OutOfSync; scaling down saves', async () => {
    const up = await ask(t, 'alice', 'scale web in prod to 8');
    expect(up.notices).toEqual([expect.objectContaining({ kind: 'gitops', app: 'web-production', selfHeal: false })]);
    expect(up.notices[0].reverted).toBe(false);
    expect(up.notices[0].message).toContain('OutOfSync');
    const down = await ask(t, 'alice', 'scale web in prod to 4');
    expect(down.costImpact.monthly).toBeLessThan(0);
    // Same workload, same per-pod cost: +2 pods and −2 pods are the same amount.
    expect(down.costImpact.monthly).toBeCloseTo(-up.costImpact.monthly, 2);
  });

  it('staging is not managed: no notice, and the write runs as before', async () => {
    const r = await ask(t, 'alice', 'scale web in staging to 3');
    expect(r.outcome).toBe('executed');
    expect(r.notices).toBeUndefined();
    expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(3);
  });
});
