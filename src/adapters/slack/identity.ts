import type { WebClient } from '@slack/web-api';
import type { Actor } from '../../core/request.ts';
import { logger } from '../../observability/logger.ts';

/**
 * Slack user → Actor. The Core finds the policy person by Slack user id, then by email; the email costs a
 * `users.info` call, so it is skipped when the policy already knows the id and cached for the rest.
 */
export class ActorResolver {
  readonly #client: WebClient;
  readonly #knowsSlackUser: (slackUserId: string) => boolean;
  readonly #emails = new Map<string, { email?: string; at: number }>();
  readonly #ttlMs: number;

  constructor(client: WebClient, knowsSlackUser: (slackUserId: string) => boolean = () => false, ttlMs = 10 * 60_000) {
    this.#client = client;
    this.#knowsSlackUser = knowsSlackUser;
    this.#ttlMs = ttlMs;
  }

  async resolve(slackUserId: string, teamId?: string): Promise<Actor> {
    const actor: Actor = { slackUserId };
    if (teamId) actor.teamId = teamId;
    if (this.#knowsSlackUser(slackUserId)) return actor;
    const email = await this.#email(slackUserId);
    if (email) actor.email = email;
    return actor;
  }

  async #email(userId: string): Promise<string | undefined> {
    const hit = this.#emails.get(userId);
    if (hit && Date.now() - hit.at < this.#ttlMs) return hit.email;
    try {
      const res = await this.#client.users.info({ user: userId });
      const email = res.user?.profile?.email;
      this.#emails.set(userId, { email, at: Date.now() });
      return email;
    } catch (err) {
      // Without users:read.email the person can still be found by Slack user id; say why lookups by email fail.
      logger.warn(
        { err: (err as Error).message, userId },
        'users.info failed; identifying by Slack user id only (check the users:read.email scope)',
      );
      return undefined;
    }
  }
}
