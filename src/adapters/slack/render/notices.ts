import type { KnownBlock } from '@slack/types';
import type { ApprovalState } from '../../../approvals/approval.ts';
import type { CostImpact, Notice } from '../../../core/notices.ts';
import { costWords } from '../../notice-words.ts';
import { context, mrkdwnEscape, section } from './message.ts';

/** A Slack user group id as a mention Slack notifies (`<!subteam^S…>`); a handle stays as written. */
function groupMention(g: string): string {
  return g.startsWith('S') ? `<!subteam^${g}>` : mrkdwnEscape(g);
}

/**
 * Who may approve, as mentions Slack notifies: each eligible approver still needed by their Slack user id
 * (`<@U…>`, the name when the policy has no id), then the user groups and handles the rule names.
 */
export function approverMentions(a: ApprovalState): string {
  const approved = new Set(a.approvedBy.map((x) => x.person));
  const people = a.eligible
    .filter((p) => !approved.has(p))
    .map((p) => (a.notify?.people[p] ? `<@${a.notify.people[p]}>` : mrkdwnEscape(p)));
  return [...people, ...(a.notify?.slack ?? []).map(groupMention)].join(', ');
}

function noticeBlock(n: Notice): KnownBlock {
  const icon = n.reverted ? ':leftwards_arrow_with_hook:' : ':warning:';
  const instead = n.instead.map((s) => `• ${mrkdwnEscape(s)}`).join('\n');
  return section(`${icon} *GitOps — Argo CD app \`${mrkdwnEscape(n.app)}\`:* ${mrkdwnEscape(n.message)}\n${instead}`);
}

function costBlock(c: CostImpact): KnownBlock {
  return context(`:moneybag: ${mrkdwnEscape(costWords(c))}`);
}

/** The card's blocks for what follows the change: GitOps notices, then the cost impact. */
export function noticeBlocks(a: Pick<ApprovalState, 'notices' | 'costImpact'>): KnownBlock[] {
  return [...(a.notices ?? []).map(noticeBlock), ...(a.costImpact ? [costBlock(a.costImpact)] : [])];
}
