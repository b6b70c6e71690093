import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdapterReply, CONFORMANCE_SCENARIOS, type ConformanceDriver } from '../../src/adapters/conformance.ts';
import { registry } from '../../src/observability/metrics.ts';
import type { HttpServer } from '../../src/server/http.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { httpClient, resultOf, scriptedCall, startMcpHttp, TOKENS } from './mcp-fixture.ts';

describe('MCP adapter (streamable HTTP, a bearer token per person)', () => {
  let t: TestRuntime;
  let http: HttpServer;
  const clients = new Map<string, Client>();

  beforeAll(async () => {
    t = await startTestRuntime();
    http = await startMcpHttp(t.runtime.core);
  });
  afterAll(async () => {
    await Promise.all([...clients.values()].map((c) => c.close()));
    await http?.close();
    await t?.close();
  });

  async function clientFor(person: string): Promise<Client> {
    let c = clients.get(person);
    if (!c) {
      c = await httpClient(http.url, TOKENS[person]);
      clients.set(person, c);
    }
    return c;
  }

  const call = async (person: string, req: { name: string; arguments: Record<string, unknown> }): Promise<AdapterReply> => {
    const r = resultOf(await (await clientFor(person)).callTool(req));
    const { outcome, approvalId, reason, confirmationId, clarifyId, undoId } = r;
    return { outcome, approvalId, reason, confirmationId, clarifyId, undoId };
  };
  const driver: ConformanceDriver = {
    ask: (person, text) => call(person, scriptedCall(text)),
    confirm: (person, confirmationId, decision) =>
      call(person, { name: 'confirm', arguments: { confirmationId, drop: decision === 'drop' } }),
    answer: (person, clarifyId, text) => call(person, { name: 'ask', arguments: { text, clarifyId } }),
    undo: (person, undoId) => call(person, { name: 'undo', arguments: { undoId } }),
    // An MCP client never approves: the approver decides where approvals are made (here, as `coxswain approve` does).
    approve: (person, approvalId) =>
      t.runtime.core.decide({ approvalId, actor: { personId: person }, decision: 'approve', channel: 'terminal' }),
    replicas: (ns, name) => replicasOf(t.sandbox, ns, name),
  };

  for (const scenario of CONFORMANCE_SCENARIOS) {
    it(`conformance: ${scenario.name}`, () => scenario.run(driver));
  }

  it('a pending call is not an error, says where to approve, and the audit log records channel mcp', async () => {
    const r = resultOf(
      await (await clientFor('alice')).callTool({ name: 'restart', arguments: { namespace: 'production', name: 'api' } }),
    );
    expect(r.outcome).toBe('pending');
    expect(r.isError).toBe(false);
    expect(r.text).toContain(`\`coxswain approve ${r.approvalId}\` run by bob or carol as themselves`);
    // The answer goes to alice: it must never tell her how to act as someone else.
    expect(r.text).not.toMatch(/--as/);
    expect(JSON.stringify(r)).not.toMatch(/--as/);
    expect(r.text).toMatch(/Slack/);
    expect(r.text).toMatch(/playground/);
    expect((await t.runtime.core.getApproval(r.approvalId!))?.channel).toBe('mcp');
  });

  it('the scenarios were counted: requests by channel and outcome, approvals taken and refused', async () => {
    const text = await registry.metrics();
    expect(text).toMatch(/^coxswain_requests_total\{channel="mcp",outcome="pending"\} [1-9]/m);
    expect(text).toMatch(/^coxswain_requests_total\{channel="mcp",outcome="denied"\} [1-9]/m);
    expect(text).toMatch(/^coxswain_approval_decisions_total\{decision="approve",result="refused"\} [1-9]/m);
    expect(text).toMatch(/^coxswain_approval_decisions_total\{decision="approve",result="taken"\} [1-9]/m);
    expect(text).toMatch(/^coxswain_policy_decisions_total\{effect="approval",tool="scale"\} [1-9]/m);
  });

  it('a denial, a question and an unknown tool are errors to the client, with the sentence', async () => {
    const dave = resultOf(
      await (await clientFor('dave')).callTool({ name: 'scale', arguments: { namespace: 'staging', name: 'web', replicas: 2 } }),
    );
    expect([dave.outcome, dave.isError]).toEqual(['denied', true]);
    const unknown = resultOf(await (await clientFor('alice')).callTool({ name: 'exec_pod', arguments: {} }));
    expect([unknown.outcome, unknown.isError]).toEqual(['unsupported', true]);
    expect(unknown.text).toContain('list_workloads');
  });
});
