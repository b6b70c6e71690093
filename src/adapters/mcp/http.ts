import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { logger } from '../../observability/logger.ts';
import type { HttpHandler } from '../../server/http.ts';
import type { McpCore } from './conversation.ts';
import { createMcpServer } from './server.ts';
import type { McpTokens } from './tokens.ts';

function unauthorized(res: ServerResponse, why: string): void {
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="coxswain"' });
  res.end(
    JSON.stringify({
      jsonrpc: '2.0',
      error: {
        code: -32001,
        message: `${why} Send "Authorization: Bearer TOKEN" with a token from COXSWAIN_MCP_TOKENS (ask whoever runs coxswain for one).`,
      },
      id: null,
    }),
  );
}

function bearer(req: IncomingMessage): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

/**
 * `/mcp`: MCP over streamable HTTP, stateless (a server and transport per request, so any replica answers any
 * request). The bearer token names the person every call runs as; a missing or unknown token is a 401.
 */
export function mcpHttpHandler(core: McpCore, tokens: McpTokens): HttpHandler {
  return async (req, res) => {
    const token = bearer(req);
    if (!token) return unauthorized(res, 'This MCP endpoint needs a bearer token.');
    const person = tokens.personFor(token);
    if (!person) return unauthorized(res, 'This bearer token is not one coxswain knows.');
    const server = createMcpServer(core, person);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      transport.close().catch(() => {});
      server.close().catch(() => {});
    });
    await server.connect(transport);
    await transport.handleRequest(req, res);
    logger.debug({ person, method: req.method }, 'mcp http request');
  };
}
