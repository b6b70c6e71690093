import type { KnownBlock } from '@slack/types';
import type { ApprovalState, ApprovalStatus } from '../../../approvals/approval.ts';
import { approvedWrite } from '../../../confirmations/approved.ts';
import { inverseOf, undoWords } from '../../../confirmations/inverse.ts';
import { splitToolResult } from './data.ts';
import { diffLines } from './diff.ts';
import { undoBlock } from './followups.ts';
import { APPROVAL_EVENT, codeBlock, context, metadata, mrkdwnEscape, type SlackMessage, section } from './message.ts';
import { approverMentions, noticeBlocks } from './notices.ts';

/** action_id of the card's buttons; the value of each is the approval id. */
const CARD_ACTIONS = { approve: 'approve', reject: 'reject', cancel: 'cancel' } as const;

const TITLE: Record<ApprovalStatus, string> = {
  pending: ':raised_hand: Approval needed',
  approved: ':ballot_box_with_check: Approved, running',
  rejected: ':no_entry: Rejected',
  expired: ':hourglass: Expired',
  cancelled: ':leftwards_arrow_with_hook: Cancelled',
  executed: ':white_check_mark: Executed',
  failed: ':x: Failed',
};

/** Slack renders this in each reader's time zone, with the ISO time as the fallback. */
function slackDate(iso: string): string {
  const epoch = Math.floor(Date.parse(iso) / 1000);
  return Number.isFinite(epoch) ? `<!date^${epoch}^{date_short_pretty} at {time}|${iso}>` : iso;
}

function target(a: ApprovalState): string {
  const t = a.preview.target;
  return t ? `${t.kind} ${t.namespace}/${t.name}` : `${a.namespace ?? ''}`;
}

/** What happened to the approval, in one line of mrkdwn (who approved, why it failed, what the execution returned). */
export function statusLine(a: ApprovalState): string {
  const by = mrkdwnEscape(a.approvedBy.map((x) => x.person).join(', '));
  switch (a.status) {
    case 'pending':
      return by ? `Approved so far by ${by}; ${a.required.count - a.approvedBy.length} more needed.` : 'Waiting for approval.';
    case 'approved':
      return `Approved by ${by}; running now.`;
    case 'rejected':
      return `Rejected by ${mrkdwnEscape(a.rejectedBy?.person ?? 'an approver')}. Nothing was changed.`;
    case 'expired':
      return `Expired at ${slackDate(a.expiresAt)} without enough approvals. Nothing was changed; ask again if it is still needed.`;
    case 'cancelled':
      return `Cancelled by ${mrkdwnEscape(a.requester)}. Nothing was changed.`;
    case 'executed': {
      const summary = splitToolResult(a.result).summary;
      return `Executed after approval by ${by}.${summary ? ` ${mrkdwnEscape(summary)}` : ''}`;
    }
    case 'failed':
      return `Failed${by ? ` after approval by ${by}` : ''}: ${mrkdwnEscape(a.error ?? 'no reason given')}`;
  }
}

/** An approved write that ran offers its undo (the approval id names it), or says why there is none. */
function undoOf(a: ApprovalState): KnownBlock[] {
  const write = approvedWrite(a);
  const inverse = write && inverseOf(write);
  if (!inverse) return [];
  if ('none' in inverse) return [context(mrkdwnEscape(inverse.none))];
  return [context(mrkdwnEscape(undoWords(inverse.call))), undoBlock(a.id)];
}

/**
 * The plan card: what will change in words, the exact tool call, the server-side dry-run diff, risk, the policy
 * rule, who may approve, how many approvals and the expiry. Buttons only while the approval is pending.
 */
export function renderCard(a: ApprovalState): SlackMessage {
  const call = `${a.tool} ${JSON.stringify(a.args)}`;
  const diff = a.preview.changes.length ? codeBlock(diffLines(a.preview.changes), 1500) : '_no field changes reported_';
  const dry = a.preview.dryRun ? 'server-side dry run' : 'computed from the live object';
  const needed = a.required.count;
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: `${TITLE[a.status].replace(/:[a-z_]+: /, '')}: ${a.tool} ${target(a)}`.slice(0, 150) },
    },
    section(
      `${TITLE[a.status]}\n*What will change:* ${mrkdwnEscape(a.preview.summary)}${a.text ? `\n*Asked:* “${mrkdwnEscape(a.text)}”` : ''}`,
    ),
    section(`*Tool call*\n${codeBlock(call, 1200)}`),
    section(`*Diff* (${dry}, before → after)\n${diff}`),
    ...noticeBlocks(a),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Risk:* ${a.risk}` },
        { type: 'mrkdwn', text: `*Policy:* ${a.decision.effect} — ${mrkdwnEscape(a.decision.rule)}` },
        { type: 'mrkdwn', text: `*Requested by:* ${mrkdwnEscape(a.requester)}` },
        {
          type: 'mrkdwn',
          text: `*May approve:* ${mrkdwnEscape(a.required.from.join(', '))}${approverMentions(a) ? ` (${approverMentions(a)})` : ''}`,
        },
        { type: 'mrkdwn', text: `*Approvals:* ${a.approvedBy.length}/${needed}` },
        { type: 'mrkdwn', text: `*Expires:* ${slackDate(a.expiresAt)}` },
      ],
    },
    context(`${statusLine(a)}  ·  approval \`${a.id}\``),
  ];
  if (a.status === 'pending') {
    blocks.push({
      type: 'actions',
      block_id: `approval:${a.id}`,
      elements: [
        {
          type: 'button',
          action_id: CARD_ACTIONS.approve,
          style: 'primary',
          value: a.id,
          text: { type: 'plain_text', text: 'Approve' },
        },
        {
          type: 'button',
          action_id: CARD_ACTIONS.reject,
          style: 'danger',
          value: a.id,
          text: { type: 'plain_text', text: 'Reject' },
        },
        { type: 'button', action_id: CARD_ACTIONS.cancel, value: a.id, text: { type: 'plain_text', text: 'Cancel (requester)' } },
      ],
    });
  }
  if (a.status === 'executed') blocks.push(...undoOf(a));
  return {
    // The pending card's text mentions the approvers, so Slack notifies them (mentions in blocks alone may not).
    text: `${TITLE[a.status]}: ${call} — ${statusLine(a)}${a.status === 'pending' && approverMentions(a) ? ` Approvers: ${approverMentions(a)}` : ''}`.slice(
      0,
      3000,
    ),
    blocks,
    metadata: metadata(APPROVAL_EVENT, {
      approvalId: a.id,
      requestId: a.requestId,
      status: a.status,
      version: a.version,
      tool: a.tool,
    }),
  };
}
