import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { TOOLS, toolJsonSchema } from '../../catalog/registry.ts';
import type { ToolDefinition } from '../../catalog/tool.ts';

/**
 * The annotations an MCP client shows (and may use to ask its own user first). They are hints derived from the
 * tool definition; the policy and the approvals in the Core are what actually gate a call.
 */
function toolAnnotations(tool: ToolDefinition): NonNullable<Tool['annotations']> {
  const read = tool.risk === 'read';
  return {
    title: tool.name.replaceAll('_', ' '),
    readOnlyHint: read,
    // The spec gives destructiveHint meaning only for tools that write.
    ...(read ? {} : { destructiveHint: tool.risk === 'destructive' }),
    idempotentHint: tool.idempotent,
    openWorldHint: true,
  };
}

/** The 18 tools as MCP lists them: the catalog's names, descriptions and JSON Schemas, nothing added. */
export function mcpTools(): Tool[] {
  return TOOLS.map((t) => ({
    name: t.name,
    description: t.description,
    inputSchema: toolJsonSchema(t) as Tool['inputSchema'],
    annotations: toolAnnotations(t),
  }));
}
