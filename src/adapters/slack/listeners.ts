import type { App, BlockAction } from '@slack/bolt';
import { asCoxswainError } from '../../core/errors.ts';
import { logger } from '../../observability/logger.ts';
import { type ConversationDeps, converse } from './conversation.ts';
import { type CardAction, stripMention, teamOf, threadOf, toDecision } from './input.ts';
import { postMessage } from './post.ts';
import { mrkdwnEscape } from './render/message.ts';

/** Mentions in channels. Mentions inside a DM are left to the `message.im` listener, so they run once. */
export function onMention(app: App, deps: ConversationDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (!event.user || event.channel.startsWith('D')) return;
    const text = stripMention(event.text, context.botUserId);
    const ask = {
      id: body.event_id,
      text,
      userId: event.user,
      teamId: teamOf(body),
      replyTo: threadOf(event),
      botUserId: context.botUserId,
    };
    deps.work.push(() => converse(deps, client, ask));
  });
}

/** Direct messages: people's own messages only (no edits, joins or bot posts). */
export function onDirectMessage(app: App, deps: ConversationDeps): void {
  app.message(async ({ message, body, context, client }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('user' in message) || !message.user) return;
    if ('bot_id' in message && message.bot_id) return;
    const text = stripMention(message.text ?? '', context.botUserId);
    const ask = {
      id: body.event_id,
      text,
      userId: message.user,
      teamId: teamOf(body),
      replyTo: threadOf(message),
      botUserId: context.botUserId,
    };
    deps.work.push(() => converse(deps, client, ask));
  });
}

/**
 * `/coxswain TEXT`: the question is echoed as a channel message so the answer (or card) has a thread to live in.
 * When the bot cannot post there (not invited), the person is told so privately.
 */
export function onSlashCommand(app: App, deps: ConversationDeps): void {
  app.command('/coxswain', async ({ command, ack, client, respond }) => {
    await ack();
    deps.work.push(async () => {
      const text = command.text.trim();
      let root: string | undefined;
      try {
        root = await postMessage(
          client,
          { channel: command.channel_id },
          // Escaped: the person's words must not become @channel pings or links in the bot's own message.
          { text: `<@${command.user_id}> asked: ${mrkdwnEscape(text || 'help')}` },
        );
      } catch (err) {
        logger.info({ err: (err as Error).message }, 'slash command: cannot post in the channel');
        await respond({
          response_type: 'ephemeral',
          text: 'I cannot post in this channel. Invite me with `/invite @coxswain`, or send me a direct message.',
        });
        return;
      }
      await converse(deps, client, {
        id: command.trigger_id,
        text: text || 'help',
        userId: command.user_id,
        teamId: command.team_id,
        replyTo: { channel: command.channel_id, thread_ts: root },
      });
    });
  });
}

/**
 * Card buttons. The Core decides; a refusal (self-approval, not an approver, already decided, expired) is told
 * privately to the person who clicked and changes nothing. Every other outcome shows on the card itself.
 */
export function onCardAction(app: App, deps: ConversationDeps): void {
  app.action<BlockAction>(/^(approve|reject|cancel)$/, async ({ ack, body, action, client }) => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    const approvalId = action.value;
    deps.work.push(async () => {
      const channel = body.channel?.id ?? body.container?.channel_id;
      const tell = async (text: string) => {
        if (channel) await client.chat.postEphemeral({ channel, user: body.user.id, text });
      };
      try {
        const actor = await deps.actors.resolve(body.user.id, teamOf(body as unknown as Record<string, unknown>));
        const result = await deps.core.decide(
          toDecision({
            approvalId,
            action: action.action_id as CardAction,
            actor,
            id: `${body.trigger_id}`,
          }),
        );
        // Only a refusal is private; a rejection ('denied') is a decision and shows on the card.
        if (result.outcome === 'refused') {
          await tell(`:no_entry_sign: ${result.reason ?? 'You may not decide on this request.'} Nothing was changed.`);
        }
      } catch (err) {
        await tell(`:x: ${asCoxswainError(err).message}`);
      }
      // The card follows Core events; refreshing here too covers an event lost between replicas.
      await deps.cards.refresh(approvalId);
    });
  });
}
