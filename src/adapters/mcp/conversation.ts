import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { Core } from '../../core/core.ts';
import type { Result } from '../../core/result.ts';

/**
 * Three tools beside the catalog's 18, for the conversation around them: `ask` hands a person's plain words to
 * coxswain's planner (the same path as chat; with clarifyId it answers a question), `confirm` answers a `confirm`
 * result, `undo` asks for the inverse of an executed write. All run as the token's person, so only the requester
 * can confirm, drop or answer their own request, and an undo is that person's new request under the policy.
 */
export const CONVERSATION_TOOLS: Tool[] = [
  {
    name: 'ask',
    description:
      "Ask coxswain in plain words, as a person would in chat (e.g. 'scale web in staging to 4'). A request coxswain is not sure it read right comes back as outcome confirm: nothing ran until the person confirms it.",
    inputSchema: {
      type: 'object',
      properties: {
        text: { type: 'string', maxLength: 4000, description: 'the request in plain words, or the answer to a question' },
        clarifyId: { type: 'string', description: 'the clarifyId of a clarify result this text answers' },
      },
      required: ['text'],
      additionalProperties: false,
    },
    annotations: { title: 'ask', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  },
  {
    name: 'confirm',
    description:
      'Confirm (run through the policy and approvals as usual) or drop a request coxswain was unsure of. Only the person who asked may do it; confirm only what that person really meant.',
    inputSchema: {
      type: 'object',
      properties: {
        confirmationId: { type: 'string', description: 'the confirmationId of a confirm result' },
        drop: { type: 'boolean', default: false, description: 'true: not that; nothing runs' },
      },
      required: ['confirmationId'],
      additionalProperties: false,
    },
    annotations: { title: 'confirm', readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
  },
  {
    name: 'undo',
    description:
      'Undo an executed write by the undoId its result gave: the inverse call (e.g. scale back to the old count) as a new request, through the policy and approvals.',
    inputSchema: {
      type: 'object',
      properties: { undoId: { type: 'string', description: 'the undoId of an executed result, or an approval id' } },
      required: ['undoId'],
      additionalProperties: false,
    },
    annotations: { title: 'undo', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  },
];

/** What an MCP server needs of the Core. */
export type McpCore = Pick<Core, 'handle' | 'confirm' | 'undo'>;

/**
 * An argument as text. A client may send anything: an object whose `toString` is not a function made `String()`
 * throw, and the client got "Cannot convert object to primitive value" instead of an answer. It is sent on as the
 * JSON it came as, so the Core answers (and audits) it like any other words.
 */
const asText = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v));

/** The Result of a conversation tool call, or undefined when `name` is not one (then it is a catalog tool). */
export function conversationCall(
  core: McpCore,
  personId: string,
  name: string,
  args: Record<string, unknown>,
): Promise<Result> | undefined {
  const actor = { personId };
  if (name === 'ask') {
    const clarifyId = typeof args.clarifyId === 'string' ? { clarifyId: args.clarifyId } : {};
    return core.handle({ channel: 'mcp', actor, text: asText(args.text).slice(0, 4000), ...clarifyId });
  }
  if (name === 'undo') return core.undo({ channel: 'mcp', actor, undoId: asText(args.undoId) });
  if (name === 'confirm') {
    const decision = args.drop === true ? 'drop' : 'confirm';
    return core.confirm({ channel: 'mcp', actor, confirmationId: asText(args.confirmationId), decision });
  }
  return undefined;
}
