import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Result } from '../../core/result.ts';
import { noticeLines } from '../notice-words.ts';

/** Outcomes where the call did what was asked, or is waiting for a person: not an error for the client. */
const OK = new Set<Result['outcome']>(['answer', 'executed', 'pending', 'approved', 'help', 'running', 'confirm']);

/**
 * Where a pending approval can be decided, and by whom. An MCP client never approves, and the answer never tells
 * its person how to act as someone else: each approver runs the command as themselves.
 */
function approvalPlaces(r: Result): string[] {
  const who = r.approvers?.length ? r.approvers.join(' or ') : 'an approver';
  return [
    'the Slack approval card (when coxswain runs with Slack)',
    'the web playground (coxswain start)',
    `\`coxswain approve ${r.approvalId}\` run by ${who} as themselves`,
  ];
}

function words(r: Result): string {
  const lines = [`${r.outcome}: ${r.reason ?? ''}`.trimEnd()];
  if (r.outcome === 'pending' && r.approvalId) {
    lines.push(`Nothing has run. Approval ${r.approvalId} can be decided in: ${approvalPlaces(r).join('; ')}.`);
  }
  lines.push(...noticeLines(r));
  if (r.outcome === 'confirm' && r.confirmationId) {
    lines.push(
      `Exact call: ${r.tool} ${JSON.stringify(r.args ?? {})}. Nothing has run. If the person meant exactly this, call the confirm tool with {"confirmationId":"${r.confirmationId}"}; if not, with "drop": true and ask again in other words. Only the person who asked can confirm (also: coxswain confirm ${r.confirmationId} --as PERSON).`,
    );
  }
  if (r.outcome === 'clarify' && r.candidates?.length) lines.push(`Candidates: ${r.candidates.join(', ')}.`);
  if ((r.outcome === 'answer' || r.outcome === 'executed') && r.result !== undefined) {
    lines.push(JSON.stringify(r.result, null, 2));
  }
  if (r.outcome === 'executed' && r.undo) lines.push(r.undoId ? `${r.undo} (coxswain undo ${r.undoId} --as PERSON).` : r.undo);
  return lines.join('\n');
}

/**
 * One Result as one MCP tool result: words for the model in `content`, the Result itself in `structuredContent`.
 * Denials, refusals, questions and failures are `isError` so a client does not mistake them for success.
 */
export function renderResult(r: Result): CallToolResult {
  const structured: Record<string, unknown> = { ...r };
  if (r.outcome === 'pending' && r.approvalId) structured.approveIn = approvalPlaces(r);
  return {
    content: [{ type: 'text', text: words(r) }],
    structuredContent: structured,
    ...(OK.has(r.outcome) ? {} : { isError: true }),
  };
}
