import type { WebClient } from '@slack/web-api';
import type { ApprovalState } from '../../approvals/approval.ts';
import type { Core, CoreEvent } from '../../core/core.ts';
import { logger } from '../../observability/logger.ts';
import type { ReplyTo } from './input.ts';
import { ApprovalNotifier } from './notify.ts';
import { postMessage } from './post.ts';
import { renderCard } from './render/card.ts';
import type { SlackStore } from './store.ts';

/**
 * Approval cards: posted once in the request's thread, then updated from Core events. Events reach every
 * replica; the version claim in Redis makes exactly one replica update the card, and never with an older state.
 */
export class Cards {
  readonly #core: Core;
  readonly #store: SlackStore;
  readonly #client: WebClient;
  readonly #notifier: ApprovalNotifier;

  constructor(core: Core, store: SlackStore, client: WebClient) {
    this.#core = core;
    this.#store = store;
    this.#client = client;
    this.#notifier = new ApprovalNotifier(client, store);
  }

  /** Posts the card of a pending approval; false when the Core no longer knows it (the caller falls back to text). */
  async post(approvalId: string, to: ReplyTo): Promise<boolean> {
    const approval = await this.#core.getApproval(approvalId);
    if (!approval) return false;
    const ts = await postMessage(this.#client, to, renderCard(approval));
    try {
      if (ts) await this.#store.saveCard(approval.id, { channel: to.channel, ts }, approval.version);
      if (ts) await this.#notifier.posted(approval, { channel: to.channel, ts });
      // A decision may have landed between getApproval and saveCard: render the latest once more if so.
      await this.refresh(approval.id);
    } catch (err) {
      // The card is posted and its buttons work; only its later updates are lost. Not a reason to answer twice.
      logger.warn({ err: (err as Error).message, approvalId }, 'slack card posted but not recorded');
    }
    return true;
  }

  /** Renders the current state of the approval onto its card, when it is newer than what the card shows. */
  async refresh(approvalId: string): Promise<void> {
    const approval = await this.#core.getApproval(approvalId);
    if (approval) await this.update(approval);
  }

  async update(approval: ApprovalState): Promise<void> {
    const ref = await this.#store.getCard(approval.id);
    if (!ref) return; // not a Slack card (another channel) or not posted yet
    if (!(await this.#store.claimCardVersion(approval.id, approval.version))) return;
    const msg = renderCard(approval);
    await this.#client.chat.update({
      channel: ref.channel,
      ts: ref.ts,
      text: msg.text,
      blocks: msg.blocks,
      metadata: msg.metadata,
    });
    if (approval.status === 'expired') await this.#notifier.expired(approval, ref);
  }

  /** The reminder of a pending approval whose card Slack shows (other channels' approvals have no card here). */
  async remind(approval: ApprovalState): Promise<void> {
    const ref = await this.#store.getCard(approval.id);
    if (ref) await this.#notifier.remind(approval, ref);
  }

  /** Subscribes to the Core's approval events; returns the unsubscribe function. */
  listen(): () => void {
    return this.#core.onEvent((e: CoreEvent) => {
      const work = e.type === 'approval-reminder' ? this.remind(e.approval) : this.update(e.approval);
      work.catch((err: unknown) => {
        logger.warn({ err: (err as Error).message, approvalId: e.approval.id }, 'could not update the Slack card');
      });
    });
  }
}
