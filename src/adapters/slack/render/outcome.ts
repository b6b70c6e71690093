import type { Result } from '../../../core/result.ts';
import { renderToolResult } from './answer.ts';
import { followupBlocks, followupNote } from './followups.ts';
import { context, metadata, mrkdwnEscape, RESULT_EVENT, type SlackMessage, section } from './message.ts';
import { noticeBlocks } from './notices.ts';

function plain(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

/**
 * Every outcome except `pending` (which is an approval card, rendered from the approval state) as a message.
 * Pure: the Core already decided; this only chooses words and layout.
 */
export function renderOutcome(result: Result): SlackMessage {
  const meta = metadata(RESULT_EVENT, {
    requestId: result.requestId,
    outcome: result.outcome,
    approvalId: result.approvalId,
    tool: result.tool,
    reason: result.reason?.slice(0, 500),
    confirmationId: result.confirmationId,
    clarifyId: result.clarifyId,
    undoId: result.undoId,
  });
  const msg = words(result);
  const note = followupNote(result);
  const extra = [
    ...noticeBlocks(result),
    ...(note ? [context(note)] : []),
    // Who planned it, when the model did not (unreachable, garbage): the person should know, not only the audit.
    ...(result.note ? [context(mrkdwnEscape(result.note))] : []),
    ...followupBlocks(result),
  ];
  return { ...msg, ...(extra.length ? { blocks: [...(msg.blocks ?? [section(msg.text)]), ...extra] } : {}), metadata: meta };
}

function words(result: Result): SlackMessage {
  const reason = mrkdwnEscape(result.reason ?? '');
  switch (result.outcome) {
    case 'answer':
      return renderToolResult(result);
    case 'executed':
      return renderToolResult(result, `:white_check_mark: Done: \`${result.tool ?? 'tool'}\``);
    case 'denied': {
      const rule = result.decision ? ` (${mrkdwnEscape(result.decision.rule)})` : '';
      return plain(`:no_entry: Not allowed by policy${rule}: ${reason}`);
    }
    case 'refused':
      return plain(`:no_entry_sign: ${reason}`);
    case 'approved':
      return plain(`:ballot_box_with_check: Approval counted. ${reason}`.trim());
    case 'confirm':
      return plain(
        `:question: ${reason}\n*Exact call:* \`${mrkdwnEscape(`${result.tool} ${JSON.stringify(result.args ?? {})}`)}\``,
      );
    case 'clarify': {
      const options = result.candidates?.length ? `\n${result.candidates.map((c) => `• ${mrkdwnEscape(c)}`).join('\n')}` : '';
      return plain(`:thinking_face: ${reason}${options}`);
    }
    case 'unsupported':
      return plain(`:warning: ${reason}`);
    case 'help':
      return plain(reason || 'Ask me about your workloads, for example "list workloads in staging".');
    case 'failed':
      return plain(`:x: Failed: ${reason}`);
    case 'running':
      return plain(`:hourglass_flowing_sand: ${reason}`);
    case 'pending':
      return plain(`:hourglass: Waiting for approval (${mrkdwnEscape(result.approvalId ?? '')}). ${reason}`.trim());
  }
}
