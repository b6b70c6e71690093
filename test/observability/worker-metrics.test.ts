import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, exitOf, spawnWorker, type WorkerProcess } from '../execution/worker-process.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

const run = promisify(execFile);

/** The value of one sample line, e.g. `coxswain_executions_total{tool="scale",status="executed"}`; undefined if absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('coxswain worker --metrics-port', () => {
  let t: TestRuntime;
  let worker: WorkerProcess;
  let url: string;

  beforeAll(async () => {
    // The only worker is the child process: the Core in this process enqueues and waits.
    t = await startTestRuntime({ workers: false });
    worker = await spawnWorker(t.env, ['--metrics-port', '0']);
    const m = /worker metrics on (http:\/\/\S+)\/metrics/.exec(worker.output());
    if (!m) throw new Error(`coxswain worker did not print its metrics URL: ${worker.output()}`);
    url = m[1]!;
  }, 60_000);
  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await exitOf(worker);
    }
    await t?.close();
  });

  it('serves /healthz, /readyz (Redis and the cluster answer) and the executions it ran on /metrics', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${url}/readyz`);
    expect(await ready.json()).toEqual({ ok: true, checks: { redis: 'ok', cluster: 'ok' } });

    const r = await t.runtime.core.handle({
      channel: 'terminal',
      actor: { personId: 'alice' },
      text: 'scale web in staging to 2',
    });
    expect(r.outcome, r.reason).toBe('executed');
    expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(2);

    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    // Counted in the worker process, which ran the job: this process has no workers.
    expect(sample(text, 'coxswain_executions_total{tool="scale",status="executed"}')).toBe(1);
    expect(sample(text, 'coxswain_execution_duration_seconds_count{tool="scale"}')).toBe(1);
    expect(sample(text, 'coxswain_queue_depth{state="waiting"}')).toBe(0);
  });

  it('serves nothing without the flag, and refuses a --metrics-port that is not a port', async () => {
    const plain = await spawnWorker(t.env);
    plain.kill('SIGTERM');
    await exitOf(plain);
    // The metrics line, when there is one, comes before the ready line spawnWorker waited for.
    expect(plain.output()).toContain('worker ready');
    expect(plain.output()).not.toContain('metrics on');
    const bad = run(process.execPath, [BIN, 'worker', '--metrics-port', '70000'], { env: { ...process.env, ...t.env } });
    await expect(bad).rejects.toMatchObject({
      stderr: expect.stringContaining('--metrics-port must be a whole number from 0 to 65535, not "70000"'),
    });
  });
});
