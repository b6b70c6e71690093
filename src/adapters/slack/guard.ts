import type { App } from '@slack/bolt';
import { logger } from '../../observability/logger.ts';
import { enterpriseOf, teamOf } from './input.ts';

/**
 * Where payloads may come from: one workspace (SLACK_TEAM_ID, or by default the bot token's own, from
 * `auth.test`), or with SLACK_ORG_WIDE every workspace of the token's Enterprise Grid organization.
 */
export type SlackScope = { teamId: string } | { enterpriseId: string };

/**
 * Payloads from outside the scope are acknowledged (so Slack stops retrying) and dropped before a listener sees
 * them; so are payloads that name no team, and every payload while the scope is not known yet.
 */
export function refuseForeignTeams(app: App, scope: () => SlackScope | undefined): void {
  app.use(async (args) => {
    const body = args.body as unknown as Record<string, unknown>;
    const allowed = scope();
    const team = teamOf(body);
    if (allowed && ('teamId' in allowed ? team === allowed.teamId : enterpriseOf(body) === allowed.enterpriseId)) {
      return args.next();
    }
    logger.warn({ team, enterprise: enterpriseOf(body) }, 'slack payload from a foreign workspace refused');
    const ack = (args as { ack?: (r?: unknown) => Promise<void> }).ack;
    if (ack) await ack({ response_type: 'ephemeral', text: 'This coxswain serves another Slack workspace.' });
  });
}
