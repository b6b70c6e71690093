import type { Runtime } from '../../app/runtime.ts';
import { logger } from '../../observability/logger.ts';
import { findPerson } from '../../policy/people.ts';
import { createSlackAdapter, type SlackAdapter } from './app.ts';

export { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from './app.ts';

/**
 * The Slack adapter of `coxswain serve`, or undefined when SLACK_BOT_TOKEN is not set (Slack is optional).
 * In HTTP mode the caller mounts `requestListener` for `/slack/events` on the shared server.
 */
export async function startSlack(runtime: Runtime): Promise<SlackAdapter | undefined> {
  if (!runtime.config.SLACK_BOT_TOKEN) return undefined;
  const adapter = createSlackAdapter({
    core: runtime.core,
    redis: runtime.redis,
    config: runtime.config,
    audit: runtime.audit,
    knowsSlackUser: (id) => findPerson(runtime.policy(), { slackUserId: id }) !== undefined,
  });
  await adapter.start();
  logger.info({ mode: adapter.mode }, 'slack adapter started');
  return adapter;
}
