import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { logger } from '../../observability/logger.ts';
import { wellFormed } from '../well-formed.ts';
import type { McpCore } from './conversation.ts';
import { CONVERSATION_TOOLS, conversationCall } from './conversation.ts';
import { renderResult } from './render.ts';
import { mcpTools } from './tools.ts';

const VERSION = '0.1.0';

/**
 * An MCP server acting as one policy person: it lists the 18 tools and turns each `tools/call` into one direct
 * IncomingRequest for the Core (schema → policy → approval → queue → audit) and renders the one Result. It decides
 * nothing itself: an unknown tool or bad arguments come back from the Core as its own sentence.
 */
// The low-level `Server` on purpose: `McpServer.registerTool` would validate arguments and refuse unknown tools
// itself, before the Core; here the catalog's JSON Schemas are listed as they are and every call reaches the Core,
// so MCP gets the same schema check, sentences and audit trail as chat.
export function createMcpServer(core: McpCore, personId: string): Server {
  const server = new Server(
    { name: 'coxswain', version: VERSION },
    {
      capabilities: { tools: {} },
      instructions:
        'coxswain runs Kubernetes actions for a person under a policy. Reads answer at once; a write may come back pending with an approval id: a person approves it (Slack card, web playground or `coxswain approve`), never this client. A request in plain words (the ask tool) that coxswain is not sure it read right comes back as confirm: nothing ran; confirm it with the confirm tool only when the person meant exactly that call.',
    },
  );
  const tools = [...mcpTools(), ...CONVERSATION_TOOLS];
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    // A lone surrogate in a name or an argument cannot be audited: repaired to U+FFFD before the Core.
    const { name, arguments: args } = wellFormed(req.params);
    const result = await (conversationCall(core, personId, name, args ?? {}) ??
      core.handle({ channel: 'mcp', actor: { personId }, call: { tool: name, args: args ?? {} } }));
    logger.debug({ requestId: result.requestId, tool: name, person: personId }, 'mcp call');
    return renderResult(result);
  });
  return server;
}
