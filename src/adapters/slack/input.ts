import type { Actor, DecisionInput, IncomingRequest } from '../../core/request.ts';

/** Where a reply goes: the channel and the thread of the request (none for a slash command). */
export interface ReplyTo {
  channel: string;
  thread_ts?: string;
}

/** Removes mentions of the bot (`<@U123>` or `<@U123|name>`) and tidies the spaces left behind. */
export function stripMention(text: string, botUserId?: string): string {
  const re = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(re, ' ').replace(/\s+/g, ' ').trim();
}

/** The one IncomingRequest of a mention, a DM or a slash command; `id` (event_id / trigger_id) makes it idempotent. */
export function toRequest(input: {
  id: string;
  text: string;
  actor: Actor;
  replyTo: ReplyTo;
  botUserId?: string;
}): IncomingRequest {
  const replyTo: Record<string, string> = { channel: input.replyTo.channel };
  if (input.replyTo.thread_ts) replyTo.thread_ts = input.replyTo.thread_ts;
  // Repaired after the cut: slicing may split a surrogate pair (Socket Mode payloads do not pass the HTTP guard).
  const text = input.text.slice(0, 4000).toWellFormed();
  return {
    id: input.id,
    channel: 'slack',
    actor: input.actor,
    text,
    replyTo,
    ...(input.botUserId ? { botUserId: input.botUserId } : {}),
  };
}

/** The thread a message event belongs to: its own ts starts a thread when it is not already in one. */
export function threadOf(event: { channel: string; ts: string; thread_ts?: string }): ReplyTo {
  return { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
}

export type CardAction = 'approve' | 'reject' | 'cancel';

export function toDecision(input: { approvalId: string; action: CardAction; actor: Actor; id: string }): DecisionInput {
  return { approvalId: input.approvalId, actor: input.actor, decision: input.action, channel: 'slack', id: input.id };
}

/** The workspace of any payload shape (events, commands, interactions). */
export function teamOf(body: Record<string, unknown>): string | undefined {
  if (typeof body.team_id === 'string') return body.team_id;
  const team = body.team as { id?: unknown } | undefined;
  if (team && typeof team.id === 'string') return team.id;
  const user = body.user as { team_id?: unknown } | undefined;
  return typeof user?.team_id === 'string' ? user.team_id : undefined;
}

/** The Enterprise Grid organization of any payload shape; undefined outside Enterprise Grid. */
export function enterpriseOf(body: Record<string, unknown>): string | undefined {
  if (typeof body.enterprise_id === 'string') return body.enterprise_id;
  const enterprise = body.enterprise as { id?: unknown } | undefined;
  return typeof enterprise?.id === 'string' ? enterprise.id : undefined;
}
