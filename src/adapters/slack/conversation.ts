import type { WebClient } from '@slack/web-api';
import type { Core } from '../../core/core.ts';
import { asCoxswainError } from '../../core/errors.ts';
import type { Result } from '../../core/result.ts';
import { logger } from '../../observability/logger.ts';
import type { Cards } from './cards.ts';
import type { ActorResolver } from './identity.ts';
import { type ReplyTo, toRequest } from './input.ts';
import { postMessage } from './post.ts';
import { renderOutcome } from './render/outcome.ts';
import type { SlackStore } from './store.ts';
import type { ThreadQuestions } from './threads.ts';
import type { WorkQueue } from './work-queue.ts';

export interface ConversationDeps {
  core: Core;
  store: SlackStore;
  actors: ActorResolver;
  cards: Cards;
  /** Where the work after each ack runs (bounded, so acks stay fast under bursts). */
  work: WorkQueue;
  /** Clarify questions open in threads: the asker's next message there answers them. */
  threads: ThreadQuestions;
}

/** One message to the bot, whatever the door (mention, DM, slash command). */
export interface Ask {
  /** event_id or trigger_id: a retry or a duplicate delivery with the same id is dropped here. */
  id: string;
  text: string;
  userId: string;
  teamId?: string;
  replyTo: ReplyTo;
  /** The bot's user id, when Bolt knows it (its mentions are already removed from `text`). */
  botUserId?: string;
}

/**
 * Runs one request through the Core and answers in its thread: a card for a pending approval, a rendered
 * result for everything else. Runs after the ack, so Slack never waits on planning or execution.
 */
export async function converse(deps: ConversationDeps, client: WebClient, ask: Ask): Promise<void> {
  let result: Result;
  try {
    // Inside the try: a claim that fails (Redis restarting) is answered with a sentence in the thread, not dropped.
    if (!(await deps.store.claimEvent(ask.id))) {
      logger.debug({ id: ask.id }, 'slack delivery already taken; skipping the retry');
      return;
    }
    const actor = await deps.actors.resolve(ask.userId, ask.teamId);
    const clarifyId = await deps.threads.take(ask.replyTo, ask.userId);
    const req = toRequest({ id: ask.id, text: ask.text, actor, replyTo: ask.replyTo, botUserId: ask.botUserId });
    result = await deps.core.handle(clarifyId ? { ...req, clarifyId } : req);
  } catch (err) {
    const e = asCoxswainError(err);
    logger.warn({ code: e.code, id: ask.id }, 'slack request failed');
    await postMessage(client, ask.replyTo, renderOutcome({ requestId: ask.id, outcome: 'failed', reason: e.message }));
    return;
  }
  await replyIn(deps, client, ask.replyTo, ask.userId, result);
}

/** A Result in the thread: the card of a pending approval, or the rendered outcome (a question is remembered). */
export async function replyIn(deps: ConversationDeps, client: WebClient, to: ReplyTo, userId: string, result: Result) {
  if (result.outcome === 'pending' && result.approvalId) {
    // A card that cannot be read (Redis restarting) falls back to the rendered outcome: the asker is always answered.
    const carded = await deps.cards.post(result.approvalId, to).catch((err: unknown) => {
      logger.warn({ err: (err as Error).message, approvalId: result.approvalId }, 'slack card not posted; answering in text');
      return false;
    });
    if (carded) return;
  }
  await postMessage(client, to, renderOutcome(result));
  if (result.outcome === 'clarify' && result.clarifyId) await deps.threads.remember(to, userId, result.clarifyId);
}
