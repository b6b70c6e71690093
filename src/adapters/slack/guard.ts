import type { App } from '@slack/bolt';
import { logger } from '../../observability/logger.ts';
import { teamOf } from './input.ts';

/**
 * When SLACK_TEAM_ID is set, payloads from any other workspace are acknowledged (so Slack stops retrying) and
 * dropped before a listener sees them. Payloads that name no team at all are dropped too.
 */
export function refuseForeignTeams(app: App, teamId: string | undefined): void {
  if (!teamId) return;
  app.use(async (args) => {
    const team = teamOf(args.body as unknown as Record<string, unknown>);
    if (team === teamId) return args.next();
    logger.warn({ team }, 'slack payload from a foreign workspace refused');
    const ack = (args as { ack?: (r?: unknown) => Promise<void> }).ack;
    if (ack) await ack({ response_type: 'ephemeral', text: 'This coxswain serves another Slack workspace.' });
  });
}
