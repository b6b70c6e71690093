export { mcpHttpHandler } from './http.ts';
export { mountMcp } from './mount.ts';
export { renderResult } from './render.ts';
export { createMcpServer } from './server.ts';
export { loadMcpTokens, type McpTokens } from './tokens.ts';
export { mcpTools, toolAnnotations } from './tools.ts';
