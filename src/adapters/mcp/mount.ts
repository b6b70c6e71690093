import type { Runtime } from '../../app/runtime.ts';
import { logger } from '../../observability/logger.ts';
import type { HttpServer } from '../../server/http.ts';
import { mcpHttpHandler } from './http.ts';
import { loadMcpTokens } from './tokens.ts';

/**
 * Mounts `/mcp` on the shared HTTP server when bearer tokens are configured (COXSWAIN_MCP_TOKENS or
 * COXSWAIN_MCP_TOKENS_FILE); without tokens nobody could call it, so it is not served. Returns whether it is.
 */
export function mountMcp(http: HttpServer, runtime: Pick<Runtime, 'core' | 'config'>): boolean {
  const tokens = loadMcpTokens(runtime.config);
  if (tokens.size === 0) return false;
  http.mount('/mcp', mcpHttpHandler(runtime.core, tokens));
  logger.info({ people: tokens.size }, 'MCP over streamable HTTP at /mcp');
  return true;
}
