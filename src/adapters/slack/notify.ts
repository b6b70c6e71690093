import type { WebClient } from '@slack/web-api';
import type { ApprovalState } from '../../approvals/approval.ts';
import { logger } from '../../observability/logger.ts';
import { mrkdwnEscape } from './render/message.ts';
import { approverMentions } from './render/notices.ts';
import type { CardRef, SlackStore } from './store.ts';

/** Slack renders this in each reader's time zone, with the ISO time as the fallback. */
function slackDate(iso: string): string {
  return `<!date^${Math.floor(Date.parse(iso) / 1000)}^{date_short_pretty} at {time}|${iso}>`;
}

function what(a: ApprovalState): string {
  return `\`${a.tool}\` ${mrkdwnEscape(a.preview.summary.replace(/\.$/, ''))}`;
}

/** The thread a card lives in: the request's thread (replyTo), or the card itself. */
function threadOf(a: ApprovalState, card: CardRef): { channel: string; thread_ts: string } {
  const channel = a.replyTo?.channel ?? card.channel;
  return { channel, thread_ts: a.replyTo?.thread_ts ?? card.ts };
}

/**
 * The messages around an approval card that make Slack notify people: DMs to the approvers when the rule asks for
 * them, the reminder in the card's thread, and the requester told in the thread when it expires. Each goes out
 * once across replicas (an event claim in Redis), whichever replica hears the event first.
 */
export class ApprovalNotifier {
  readonly #client: WebClient;
  readonly #store: SlackStore;

  constructor(client: WebClient, store: SlackStore) {
    this.#client = client;
    this.#store = store;
  }

  /** A new card: DMs to each eligible approver with a Slack id, when the rule says `notify.dm`. */
  async posted(a: ApprovalState, card: CardRef): Promise<void> {
    if (!a.notify?.dm || !(await this.#store.claimEvent(`notify:dm:${a.id}`))) return;
    const link = await this.#permalink(card);
    await this.#dmApprovers(
      a,
      `:raised_hand: ${mrkdwnEscape(a.requester)} asks for your approval: ${what(a)} (approval \`${a.id}\`, expires ${slackDate(a.expiresAt)}). ${link ? `<${link}|Open the card>` : `The card is in <#${card.channel}>.`}`,
    );
  }

  /** The reminder: a thread reply mentioning the approvers still needed (and DMs again when the rule DMs). */
  async remind(a: ApprovalState, card: CardRef): Promise<void> {
    if (a.status !== 'pending' || !(await this.#store.claimEvent(`notify:remind:${a.id}`))) return;
    const needed = a.required.count - a.approvedBy.length;
    const text = `:alarm_clock: Reminder: ${approverMentions(a) || 'approvers'} — ${what(a)} still needs ${needed} approval${needed === 1 ? '' : 's'} and expires ${slackDate(a.expiresAt)} (approval \`${a.id}\`).`;
    await this.#client.chat.postMessage({ ...threadOf(a, card), text, unfurl_links: false });
    if (a.notify?.dm) await this.#dmApprovers(a, text);
  }

  /** Expired: the requester is told in the thread, by mention, that nothing ran. */
  async expired(a: ApprovalState, card: CardRef): Promise<void> {
    if (a.status !== 'expired' || !(await this.#store.claimEvent(`notify:expired:${a.id}`))) return;
    const who = a.notify?.requester ? `<@${a.notify.requester}>` : mrkdwnEscape(a.requester);
    const got = `${a.approvedBy.length}/${a.required.count}`;
    await this.#client.chat.postMessage({
      ...threadOf(a, card),
      text: `:hourglass: ${who} your request ${what(a)} expired at ${slackDate(a.expiresAt)} with ${got} approvals. Nothing was changed; ask again if it is still needed.`,
      unfurl_links: false,
    });
  }

  async #dmApprovers(a: ApprovalState, text: string): Promise<void> {
    const approved = new Set(a.approvedBy.map((x) => x.person));
    for (const [person, user] of Object.entries(a.notify?.people ?? {})) {
      if (approved.has(person)) continue;
      try {
        const im = await this.#client.conversations.open({ users: user });
        if (im.channel?.id) await this.#client.chat.postMessage({ channel: im.channel.id, text, unfurl_links: false });
      } catch (err) {
        // A DM that cannot be sent (no im:write scope, a deactivated user) must not stop the others.
        logger.warn({ err: (err as Error).message, approvalId: a.id, person }, 'could not DM an approver (check im:write)');
      }
    }
  }

  async #permalink(card: CardRef): Promise<string | undefined> {
    try {
      return (await this.#client.chat.getPermalink({ channel: card.channel, message_ts: card.ts })).permalink;
    } catch {
      return undefined;
    }
  }
}
