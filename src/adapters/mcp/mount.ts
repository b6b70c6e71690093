import type { Runtime } from '../../app/runtime.ts';
import { logger } from '../../observability/logger.ts';
import type { HttpHandler, HttpServer } from '../../server/http.ts';
import { loadMcpTokens } from './tokens.ts';

/**
 * Mounts `/mcp` on the shared HTTP server when bearer tokens are configured (COXSWAIN_MCP_TOKENS or
 * COXSWAIN_MCP_TOKENS_FILE); without tokens nobody could call it, so it answers 404 saying how to turn it on.
 * Returns whether MCP is served. The MCP SDK (with its HTTP and JSON Schema stack, ~35 MB) loads on the first
 * call to /mcp, not at start-up.
 */
export function mountMcp(http: HttpServer, runtime: Pick<Runtime, 'core' | 'config'>): boolean {
  const tokens = loadMcpTokens(runtime.config);
  if (tokens.size === 0) {
    http.mount('/mcp', (_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error:
            'MCP over HTTP is off because no bearer tokens are configured. Set COXSWAIN_MCP_TOKENS or COXSWAIN_MCP_TOKENS_FILE (see .env.example) and restart coxswain serve.',
        }),
      );
    });
    return false;
  }
  let handler: Promise<HttpHandler> | undefined;
  http.mount('/mcp', async (req, res) => {
    handler ??= import('./http.ts').then((m) => m.mcpHttpHandler(runtime.core, tokens));
    await (await handler)(req, res);
  });
  logger.info({ people: tokens.size }, 'MCP over streamable HTTP at /mcp');
  return true;
}
