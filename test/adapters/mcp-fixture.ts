import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { McpCore } from '../../src/adapters/mcp/conversation.ts';
import { mcpHttpHandler } from '../../src/adapters/mcp/http.ts';
import { loadMcpTokens } from '../../src/adapters/mcp/tokens.ts';
import type { Result } from '../../src/core/result.ts';
import { SEED_WORKLOADS } from '../../src/sandbox/seed.ts';
import { type HttpServer, startHttpServer } from '../../src/server/http.ts';

/** One token per sandbox person, plus mallory, whom the policy does not know. */
export const TOKENS: Record<string, string> = {
  alice: 'tok-alice-1-mcp-fixture',
  bob: 'tok-bob-2-mcp-fixture',
  carol: 'tok-carol-3-mcp-fixture',
  dave: 'tok-dave-4-mcp-fixture',
  mallory: 'tok-mallory-5-mcp-fixture',
};

/** `/mcp` on a real HTTP server, as `coxswain serve` mounts it. */
export async function startMcpHttp(core: McpCore): Promise<HttpServer> {
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', readiness: {} });
  const tokens = loadMcpTokens({
    COXSWAIN_MCP_TOKENS: Object.entries(TOKENS)
      .map(([p, t]) => `${p}=${t}`)
      .join(','),
  });
  http.mount('/mcp', mcpHttpHandler(core, tokens));
  return http;
}

/** A real MCP client over streamable HTTP with a bearer token. */
export async function httpClient(url: string, token: string | undefined): Promise<Client> {
  const client = new Client({ name: 'coxswain-test', version: '0' });
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers } }));
  return client;
}

/** The Result a tool call carried (structuredContent), with its isError flag and words. */
export function resultOf(r: unknown): Result & { isError: boolean; text: string } {
  const call = r as CallToolResult;
  const text = call.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
  return { ...(call.structuredContent as Result), isError: call.isError === true, text };
}

const KNOWN = new Set(SEED_WORKLOADS.map((w) => w.name));

/**
 * Stands in for the model of an MCP client: it picks a tool call for the conformance scenarios' words, the way
 * an agent would, without resolving anything (unknown tools are the Core's to answer). Words it cannot turn into
 * one exact call (a name it does not know, no namespace) it hands to coxswain as they are, with the `ask` tool.
 */
export function scriptedCall(text: string): { name: string; arguments: Record<string, unknown> } {
  let m = /^describe (\S+) in (\S+)$/.exec(text);
  if (m) return { name: 'describe_workload', arguments: { name: m[1], namespace: m[2] } };
  m = /^scale (\S+) in (\S+) to (\d+)$/.exec(text);
  if (m && KNOWN.has(m[1] as string)) {
    return { name: 'scale', arguments: { name: m[1], namespace: m[2], replicas: Number(m[3]) } };
  }
  m = /^delete the namespace (\S+)$/.exec(text);
  if (m) return { name: 'delete_namespace', arguments: { name: m[1] } };
  return { name: 'ask', arguments: { text } };
}
