import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdapterReply, CONFORMANCE_SCENARIOS, type ConformanceDriver } from '../../src/adapters/conformance.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

/** The terminal transport: the real `coxswain` command in a child process, `--json` parsed. */
async function coxswain(t: TestRuntime, args: string[]): Promise<AdapterReply & { code: number; requestId: string }> {
  const r = await run(process.execPath, [BIN, ...args, '--json'], { env: { ...process.env, ...t.env } }).then(
    (ok) => ({ ...ok, code: 0 }),
    (err: { stdout: string; stderr: string; code: number }) => err,
  );
  if (!r.stdout.trim()) throw new Error(`coxswain ${args.join(' ')} printed nothing (exit ${r.code}): ${r.stderr}`);
  return { ...JSON.parse(r.stdout), code: r.code };
}

describe('terminal adapter', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
  });
  afterAll(() => t?.close());

  const driver: ConformanceDriver = {
    ask: (person, text) => coxswain(t, ['ask', '--as', person, text]),
    approve: (person, id) => coxswain(t, ['approve', id, '--as', person]),
    confirm: (person, id, decision) => coxswain(t, ['confirm', id, '--as', person, ...(decision === 'drop' ? ['--drop'] : [])]),
    answer: (person, id, text) => coxswain(t, ['ask', '--as', person, '--reply-to', id, text]),
    undo: (person, id) => coxswain(t, ['undo', id, '--as', person]),
    replicas: (ns, name) => replicasOf(t.sandbox, ns, name),
  };

  for (const scenario of CONFORMANCE_SCENARIOS) {
    // Each step is a `coxswain` process (Node start-up, runtime, Redis): a scenario of five steps takes a while.
    it(`conformance: ${scenario.name}`, () => scenario.run(driver), 240_000);
  }

  it('prints one JSON object with the outcome, and exits non-zero for a denial', async () => {
    const r = await coxswain(t, ['ask', '--as', 'dave', 'scale worker in staging to 5']);
    expect(Object.keys(r).sort()).toEqual(['code', 'outcome', 'reason', 'requestId']);
    expect(r.outcome).toBe('denied');
    expect(r.code).toBe(3);
  });

  it('rejects: the request is denied by the approver and nothing runs', async () => {
    const p = await coxswain(t, ['ask', '--as', 'alice', 'restart api in production']);
    expect(p.outcome).toBe('pending');
    const r = await coxswain(t, ['reject', p.approvalId!, '--as', 'carol']);
    expect(r.outcome).toBe('denied');
    expect(r.code).toBe(0);
    expect((await t.runtime.core.getApproval(p.approvalId!))?.status).toBe('rejected');
  });
});
