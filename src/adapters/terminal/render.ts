import type { Result } from '../../core/result.ts';
import { noticeLines } from '../notice-words.ts';

/** The one JSON object `--json` prints. */
export function resultJson(r: Result): Record<string, unknown> {
  return {
    requestId: r.requestId,
    outcome: r.outcome,
    ...(r.approvalId ? { approvalId: r.approvalId } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.result !== undefined ? { result: r.result } : {}),
    ...(r.notices?.length ? { notices: r.notices } : {}),
    ...(r.costImpact ? { costImpact: r.costImpact } : {}),
    ...(r.outcome === 'confirm' ? { tool: r.tool, args: r.args } : {}),
    ...(r.confirmationId ? { confirmationId: r.confirmationId } : {}),
    ...(r.clarifyId ? { clarifyId: r.clarifyId } : {}),
    ...(r.candidates?.length ? { candidates: r.candidates } : {}),
    ...(r.undoId ? { undoId: r.undoId } : {}),
    ...(r.undo ? { undo: r.undo } : {}),
  };
}

/** Words for a terminal: the outcome, the sentence, and the next command when there is one. */
export function renderResult(r: Result, as = 'YOU'): string {
  const lines = [`${r.outcome}: ${r.reason ?? ''}`.trimEnd()];
  if (r.preview && r.outcome === 'pending') {
    for (const c of r.preview.changes) lines.push(`  ${c.path}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
  }
  for (const line of noticeLines(r)) lines.push(`  ${line}`);
  if ((r.outcome === 'pending' || r.outcome === 'approved') && r.approvalId) {
    // Who may approve, never how to act as them: each approver runs the command as themselves.
    const who = r.approvers?.length ? r.approvers.join(' or ') : 'an approver';
    lines.push(`  approve: \`coxswain approve ${r.approvalId}\`, run by ${who} as themselves`);
  }
  if (r.outcome === 'confirm' && r.confirmationId) {
    lines.push(`  exact call: ${r.tool} ${JSON.stringify(r.args ?? {})}`);
    lines.push(
      `  run it: coxswain confirm ${r.confirmationId} --as ${as}  |  not that: coxswain confirm ${r.confirmationId} --as ${as} --drop`,
    );
  }
  if (r.outcome === 'clarify' && r.candidates?.length) lines.push(`  did you mean: ${r.candidates.join(', ')}`);
  if (r.outcome === 'clarify' && r.clarifyId) lines.push(`  answer: coxswain ask --as ${as} --reply-to ${r.clarifyId} "ANSWER"`);
  if ((r.outcome === 'answer' || r.outcome === 'executed') && r.result !== undefined) {
    lines.push(JSON.stringify(r.result, null, 2));
  }
  if (r.outcome === 'executed' && r.undo) {
    lines.push(r.undoId ? `  ${r.undo} (coxswain undo ${r.undoId} --as ${as})` : `  no undo: ${r.undo}`);
  }
  return lines.join('\n');
}

/** Exit status: 0 the request went through (or waits for approval), 1 it failed, 3 it was denied or refused. */
export function exitCode(r: Result): number {
  if (r.outcome === 'failed') return 1;
  if (r.outcome === 'denied' || r.outcome === 'refused' || r.outcome === 'unsupported') return 3;
  return 0;
}
