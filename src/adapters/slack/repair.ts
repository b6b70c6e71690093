import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { asCoxswainError } from '../../core/errors.ts';
import type { Actor } from '../../core/request.ts';
import type { Result } from '../../core/result.ts';
import { type ConversationDeps, replyIn } from './conversation.ts';
import { type ReplyTo, teamOf } from './input.ts';
import { FOLLOWUP_ACTIONS } from './render/followups.ts';
import { context } from './render/message.ts';

type Click = { body: BlockAction; action: ButtonAction; client: WebClient };

/** Where a clicked message lives, and its thread (answers go there). */
function threadOfClick(body: BlockAction): ReplyTo | undefined {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel) return undefined;
  const message = body.message as { ts?: string; thread_ts?: string } | undefined;
  return { channel, thread_ts: message?.thread_ts ?? message?.ts };
}

/**
 * One click: the Core answers as the person who clicked, in the message's thread. A refusal (not the requester,
 * already answered, expired) is told privately and changes nothing; otherwise the clicked message loses its
 * buttons (they were used) and the result follows in the thread.
 */
async function onClick(deps: ConversationDeps, click: Click, run: (actor: Actor, to: ReplyTo) => Promise<Result>, done: string) {
  const { body, client } = click;
  const to = threadOfClick(body);
  if (!to) return;
  const tell = (text: string) => client.chat.postEphemeral({ channel: to.channel, user: body.user.id, text });
  try {
    const actor = await deps.actors.resolve(body.user.id, teamOf(body as unknown as Record<string, unknown>));
    const result = await run(actor, to);
    if (result.outcome === 'refused') {
      await tell(`:no_entry_sign: ${result.reason ?? 'You may not answer this.'}`);
      return;
    }
    await spendButtons(client, body, `${done} by <@${body.user.id}>.`);
    await replyIn(deps, client, to, body.user.id, result);
  } catch (err) {
    await tell(`:x: ${asCoxswainError(err).message}`);
  }
}

/** The clicked message without its buttons, and a line saying who used them. */
async function spendButtons(client: WebClient, body: BlockAction, line: string): Promise<void> {
  const message = body.message as { ts?: string; text?: string; blocks?: KnownBlock[] } | undefined;
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!message?.ts || !message.blocks || !channel) return;
  const blocks = [...message.blocks.filter((b) => b.type !== 'actions'), context(line)];
  await client.chat.update({ channel, ts: message.ts, text: message.text ?? line, blocks });
}

/** A candidate button's value (candidateValue in render/followups.ts), or undefined for anything else. */
function candidateOf(value: string): { q: string; a: string } | undefined {
  try {
    const v = JSON.parse(value) as { q?: unknown; a?: unknown };
    return typeof v?.q === 'string' && typeof v.a === 'string' ? { q: v.q, a: v.a } : undefined;
  } catch {
    return undefined;
  }
}

/** "Run it" / "Not that" on a confirmation, a candidate of a question, and Undo on an executed write. */
export function onFollowupActions(app: App, deps: ConversationDeps): void {
  const listen = (pattern: RegExp, handle: (click: Click) => Promise<void>) =>
    app.action<BlockAction>(pattern, async ({ ack, body, action, client }) => {
      await ack();
      if (action.type !== 'button' || !action.value) return;
      deps.work.push(() => handle({ body, action, client }));
    });

  listen(new RegExp(`^(${FOLLOWUP_ACTIONS.confirm}|${FOLLOWUP_ACTIONS.drop})$`), (click) => {
    const decision = click.action.action_id === FOLLOWUP_ACTIONS.confirm ? 'confirm' : 'drop';
    return onClick(
      deps,
      click,
      (actor, to) =>
        deps.core.confirm({
          confirmationId: click.action.value as string,
          decision,
          actor,
          channel: 'slack',
          id: click.body.trigger_id,
          replyTo: { channel: to.channel, ...(to.thread_ts ? { thread_ts: to.thread_ts } : {}) },
        }),
      decision === 'confirm' ? 'Confirmed' : 'Dropped',
    );
  });

  listen(new RegExp(`^${FOLLOWUP_ACTIONS.candidate}:\\d+$`), (click) => {
    const answer = candidateOf(click.action.value as string);
    if (!answer) {
      const channel = threadOfClick(click.body)?.channel;
      return channel
        ? click.client.chat
            .postEphemeral({
              channel,
              user: click.body.user.id,
              text: ':no_entry_sign: This button is not one coxswain made; nothing changed.',
            })
            .then(() => undefined)
        : Promise.resolve();
    }
    const { q, a } = answer;
    return onClick(
      deps,
      click,
      (actor, to) =>
        deps.core.handle({
          id: click.body.trigger_id,
          channel: 'slack',
          actor,
          text: a,
          clarifyId: q,
          replyTo: { channel: to.channel, ...(to.thread_ts ? { thread_ts: to.thread_ts } : {}) },
        }),
      `Answered “${a}”`,
    );
  });

  listen(new RegExp(`^${FOLLOWUP_ACTIONS.undo}$`), (click) =>
    onClick(
      deps,
      click,
      (actor, to) =>
        deps.core.undo({
          undoId: click.action.value as string,
          actor,
          channel: 'slack',
          id: click.body.trigger_id,
          replyTo: { channel: to.channel, ...(to.thread_ts ? { thread_ts: to.thread_ts } : {}) },
        }),
      'Undo asked',
    ),
  );
}
