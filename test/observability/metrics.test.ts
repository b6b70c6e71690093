import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpClient, resultOf } from '../adapters/mcp-fixture.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

/** The value of one sample line, e.g. `coxswain_requests_total{channel="mcp",outcome="answer"}`; undefined if absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('coxswain serve: /metrics and /mcp', () => {
  let t: TestRuntime;
  let serve: ChildProcess;
  let url: string | undefined;
  let alice: Client;
  let logs = '';

  beforeAll(async () => {
    // The child `coxswain serve` runs the workers; this process only hosts the sandbox.
    t = await startTestRuntime({ workers: false });
    serve = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        ...t.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        COXSWAIN_MCP_TOKENS: 'alice=tok-alice-metrics-0001,dave=tok-dave-metrics-0004',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serve.stderr!.on('data', (d) => {
      logs += String(d);
    });
    let out = '';
    for await (const chunk of serve.stdout!) {
      out += String(chunk);
      const m = /serving on (http:\/\/\S+) \(([^)]*)\)/.exec(out);
      if (m) {
        url = m[1];
        expect(m[2]).toContain('/metrics');
        expect(m[2]).toContain('/mcp');
        break;
      }
    }
    if (!url) throw new Error(`coxswain serve stopped before serving (exit ${serve.exitCode}): ${logs.slice(-2000)}`);
    alice = await httpClient(url, 'tok-alice-metrics-0001');
  }, 60_000);
  afterAll(async () => {
    await alice?.close();
    if (serve && serve.exitCode === null) {
      serve.kill('SIGTERM');
      await once(serve, 'exit');
    }
    await t?.close();
  });

  it('serves Prometheus text with the coxswain metrics after requests', async () => {
    const read = resultOf(await alice.callTool({ name: 'list_workloads', arguments: { namespace: 'staging' } }));
    expect(read.outcome).toBe('answer');
    const write = resultOf(
      await alice.callTool({ name: 'scale', arguments: { namespace: 'staging', name: 'worker', replicas: 3 } }),
    );
    expect(write.outcome).toBe('executed');
    expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(3);
    const pending = resultOf(await alice.callTool({ name: 'restart', arguments: { namespace: 'production', name: 'web' } }));
    expect(pending.outcome).toBe('pending');

    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(sample(text, 'coxswain_requests_total{channel="mcp",outcome="answer"}')).toBe(1);
    expect(sample(text, 'coxswain_requests_total{channel="mcp",outcome="executed"}')).toBe(1);
    expect(sample(text, 'coxswain_requests_total{channel="mcp",outcome="pending"}')).toBe(1);
    expect(sample(text, 'coxswain_policy_decisions_total{effect="allow",tool="list_workloads"}')).toBe(1);
    expect(sample(text, 'coxswain_policy_decisions_total{effect="approval",tool="restart"}')).toBe(1);
    expect(sample(text, 'coxswain_executions_total{tool="scale",status="executed"}')).toBe(1);
    expect(sample(text, 'coxswain_execution_duration_seconds_count{tool="scale"}')).toBe(1);
    expect(sample(text, 'coxswain_request_duration_seconds_count{outcome="answer"}')).toBe(1);
    expect(sample(text, 'coxswain_queue_depth{state="waiting"}')).toBe(0);
    expect(text).toContain('# TYPE coxswain_requests_total counter');
    expect(text).toContain('coxswain_process_');
  });

  it('logs one JSON line per request carrying its requestId, and never the bearer token', async () => {
    const r = resultOf(await alice.callTool({ name: 'describe_workload', arguments: { namespace: 'staging', name: 'api' } }));
    expect(r.outcome).toBe('answer');
    // The line is written after the answer goes out, and reaches this process through a pipe: wait for it.
    const handled = () =>
      logs
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.requestId === r.requestId && l.msg === 'request handled');
    await vi.waitFor(() => expect(handled()).toBeDefined(), { timeout: 10_000 });
    expect(handled()).toMatchObject({ channel: 'mcp', outcome: 'answer', tool: 'describe_workload' });
    expect(logs).not.toContain('tok-alice-metrics-0001');
  });

  it('/mcp refuses a request without a bearer token', async () => {
    const res = await fetch(`${url}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
  });
});
