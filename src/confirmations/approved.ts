import type { ApprovalState } from '../approvals/approval.ts';
import type { ExecutedWrite } from './inverse.ts';

/** An approval that ran, as the executed write its undo starts from (its card's Undo button names the approval). */
export function approvedWrite(a: ApprovalState | undefined): ExecutedWrite | undefined {
  if (a?.status !== 'executed') return undefined;
  const r = a.result as { summary?: unknown; data?: unknown } | undefined;
  // The stored result is the tool's data, or a {summary, data} pair.
  const data = r && typeof r === 'object' && typeof r.summary === 'string' ? r.data : a.result;
  return { requestId: a.requestId, tool: a.tool, args: a.args, changes: a.preview.changes, data };
}
