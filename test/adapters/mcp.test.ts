import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_TOOLS } from '../../src/adapters/mcp/conversation.ts';
import { TOOLS } from '../../src/catalog/registry.ts';
import type { HttpServer } from '../../src/server/http.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { httpClient, resultOf, startMcpHttp, TOKENS } from './mcp-fixture.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

describe('coxswain mcp --as alice (a real MCP client over stdio)', () => {
  let t: TestRuntime;
  let client: Client;

  beforeAll(async () => {
    // The runtime's in-process workers execute what the child queues (same Redis, same prefix).
    t = await startTestRuntime();
    client = new Client({ name: 'coxswain-test', version: '0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [BIN, 'mcp', '--as', 'alice'],
        env: { ...(process.env as Record<string, string>), ...t.env },
        stderr: 'ignore',
      }),
    );
  });
  afterAll(async () => {
    await client?.close();
    await t?.close();
  });

  it('lists the 18 tools with their JSON Schemas and annotations, then ask, confirm and undo', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((x) => x.name)).toEqual([...TOOLS.map((x) => x.name), ...CONVERSATION_TOOLS.map((x) => x.name)]);
    expect(CONVERSATION_TOOLS.map((x) => x.name)).toEqual(['ask', 'confirm', 'undo']);
    const byName = new Map(tools.map((x) => [x.name, x]));
    for (const def of TOOLS) {
      const tool = byName.get(def.name)!;
      expect(tool.annotations?.readOnlyHint, def.name).toBe(def.risk === 'read');
      expect(tool.annotations?.idempotentHint, def.name).toBe(def.idempotent);
      expect(tool.annotations?.destructiveHint, def.name).toBe(def.risk === 'read' ? undefined : def.risk === 'destructive');
      expect(tool.inputSchema.type).toBe('object');
    }
    expect(byName.get('delete_pod')?.annotations?.destructiveHint).toBe(true);
    expect(byName.get('scale')?.inputSchema.required).toEqual(expect.arrayContaining(['namespace', 'name', 'replicas']));
  });

  it('reads: list_workloads answers with the sandbox workloads', async () => {
    const r = resultOf(await client.callTool({ name: 'list_workloads', arguments: { namespace: 'production' } }));
    expect(r.outcome).toBe('answer');
    expect(r.isError).toBe(false);
    expect(JSON.stringify(r.result)).toContain('"web"');
  });

  it('cannot write without approval: a production scale is pending and the sandbox saw no real write', async () => {
    const before = effectiveWrites(t.sandbox).length;
    const r = resultOf(
      await client.callTool({ name: 'scale', arguments: { namespace: 'production', name: 'worker', replicas: 6 } }),
    );
    expect(r.outcome).toBe('pending');
    expect(r.isError).toBe(false);
    expect(r.approvalId).toBeTruthy();
    expect(r.text).toContain(`coxswain approve ${r.approvalId}`);
    expect(effectiveWrites(t.sandbox).length).toBe(before);
    expect(replicasOf(t.sandbox, 'production', 'worker')).toBe(3);
    // Once a person approves where approvals are made, it runs (on the worker), exactly once.
    const done = await t.runtime.core.decide({
      approvalId: r.approvalId!,
      actor: { personId: 'bob' },
      decision: 'approve',
      channel: 'terminal',
    });
    expect(done.outcome).toBe('executed');
    expect(replicasOf(t.sandbox, 'production', 'worker')).toBe(6);
    expect(effectiveWrites(t.sandbox, 'deployments/scale').length).toBe(1);
  });

  it('an allowed write in staging executes', async () => {
    const r = resultOf(await client.callTool({ name: 'scale', arguments: { namespace: 'staging', name: 'web', replicas: 4 } }));
    expect(r.outcome).toBe('executed');
    expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(4);
  });

  it('invalid arguments are an error to the client, with the sentence, and nothing is written', async () => {
    const before = effectiveWrites(t.sandbox).length;
    const r = resultOf(
      await client.callTool({ name: 'scale', arguments: { namespace: 'staging', name: 'web', replicas: 'many' } }),
    );
    expect(r.isError).toBe(true);
    expect(r.text).toMatch(/replicas/);
    expect(effectiveWrites(t.sandbox).length).toBe(before);
  });
});

describe('coxswain mcp, raw JSON-RPC lines on stdin', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ workers: false });
  });
  afterAll(() => t?.close());

  it('answers a call that arrives just before stdin ends, then exits 0', async () => {
    const child = spawn(process.execPath, [BIN, 'mcp', '--as', 'dave'], {
      env: { ...process.env, ...t.env },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const lines = [
      {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'sh', version: '0' } },
      },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'list_workloads', arguments: { namespace: 'staging' } } },
    ];
    child.stdin.end(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    expect(await exited).toBe(0);
    const replies = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const call = replies.find((r) => r.id === 2);
    expect(call?.result?.structuredContent?.outcome).toBe('answer');
  });
});

describe('/mcp over streamable HTTP', () => {
  let t: TestRuntime;
  let http: HttpServer;
  beforeAll(async () => {
    t = await startTestRuntime({ workers: false });
    http = await startMcpHttp(t.runtime.core);
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  const initialize = {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '0' } },
  };
  const post = (headers: Record<string, string>) =>
    fetch(`${http.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
      body: JSON.stringify(initialize),
    });

  it('answers 401 without a token or with an unknown one', async () => {
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post({ authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect((await post({ authorization: `Bearer ${TOKENS.alice}` })).status).toBe(200);
  });

  it('a client with a bearer token lists the tools and reads as its person', async () => {
    const c = await httpClient(http.url, TOKENS.dave);
    try {
      expect((await c.listTools()).tools).toHaveLength(TOOLS.length + CONVERSATION_TOOLS.length);
      const r = resultOf(await c.callTool({ name: 'describe_workload', arguments: { namespace: 'staging', name: 'web' } }));
      expect(r.outcome).toBe('answer');
      const denied = resultOf(await c.callTool({ name: 'restart', arguments: { namespace: 'staging', name: 'web' } }));
      expect(denied.outcome).toBe('denied');
    } finally {
      await c.close();
    }
  });

  it('the SDK client cannot connect without a token', async () => {
    await expect(httpClient(http.url, undefined)).rejects.toThrow(/401|bearer/i);
  });
});
