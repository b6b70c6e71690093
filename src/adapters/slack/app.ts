import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Redis } from 'ioredis';
import type { Config } from '../../config/config.ts';
import type { Core } from '../../core/core.ts';
import { CoxswainError } from '../../core/errors.ts';
import { boltLogger } from './bolt-logger.ts';
import { Cards } from './cards.ts';
import { refuseForeignTeams } from './guard.ts';
import { ActorResolver } from './identity.ts';
import { onCardAction, onDirectMessage, onMention, onSlashCommand } from './listeners.ts';
import { SlackStore } from './store.ts';
import { WorkQueue } from './work-queue.ts';

/** The one path Slack posts to: events, interactivity and the slash command. */
export const SLACK_EVENTS_PATH = '/slack/events';

export type SlackConfig = Pick<
  Config,
  'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_API_URL' | 'SLACK_TEAM_ID' | 'REDIS_PREFIX'
>;

export interface SlackAdapterOptions {
  core: Core;
  /** Shared by replicas: event dedupe, card locations and card versions. */
  redis: Redis;
  config: SlackConfig;
  /** True when the policy knows this Slack user id (then no `users.info` email lookup is needed). */
  knowsSlackUser?: (slackUserId: string) => boolean;
  /** Requests worked on at once after their ack (default 8); more wait in memory, in arrival order. */
  concurrency?: number;
}

export interface SlackAdapter {
  mode: 'http' | 'socket';
  /**
   * HTTP mode: Bolt's own listener for `POST /slack/events` (signature and timestamp verified; 401 otherwise).
   * The shared HTTP server mounts it for paths under `/slack/`; health endpoints stay in that server.
   */
  requestListener?: RequestListener;
  /** Socket Mode: opens the connection. HTTP mode: checks the token (auth.test). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The Web API base URL must end with a slash for the client to join method names onto it. */
function apiUrl(url: string | undefined): string | undefined {
  return url && !url.endsWith('/') ? `${url}/` : url;
}

/** Builds the Bolt app on the Core: Socket Mode when SLACK_APP_TOKEN is set, HTTP otherwise. */
export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const { config } = opts;
  if (!config.SLACK_BOT_TOKEN) {
    throw new CoxswainError(
      'config',
      'system',
      'SLACK_BOT_TOKEN is not set. Copy the Bot User OAuth Token (xoxb-…) from your Slack app\'s "OAuth & Permissions" page (see docs/slack.md).',
    );
  }
  const socket = Boolean(config.SLACK_APP_TOKEN);
  if (!socket && !config.SLACK_SIGNING_SECRET) {
    throw new CoxswainError(
      'config',
      'system',
      'SLACK_SIGNING_SECRET is not set. Copy the Signing Secret from your Slack app\'s "Basic Information" page, or set SLACK_APP_TOKEN to use Socket Mode (see docs/slack.md).',
    );
  }
  const logger = boltLogger();
  const clientOptions = { slackApiUrl: apiUrl(config.SLACK_API_URL) };
  const receiver = socket
    ? // installerOptions.clientOptions is where Socket Mode takes the API URL for apps.connections.open.
      new SocketModeReceiver({ appToken: config.SLACK_APP_TOKEN as string, logger, installerOptions: { clientOptions } })
    : new HTTPReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET as string,
        endpoints: SLACK_EVENTS_PATH,
        // Ack first, work after: Slack allows 3 s and planning or execution may take longer.
        processBeforeResponse: false,
        logger,
      });
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    receiver,
    logger,
    clientOptions,
  });

  const store = new SlackStore(opts.redis, config.REDIS_PREFIX);
  const cards = new Cards(opts.core, store, app.client);
  const work = new WorkQueue(opts.concurrency ?? 8);
  const deps = { core: opts.core, store, cards, work, actors: new ActorResolver(app.client, opts.knowsSlackUser) };
  refuseForeignTeams(app, config.SLACK_TEAM_ID);
  onMention(app, deps);
  onDirectMessage(app, deps);
  onSlashCommand(app, deps);
  onCardAction(app, deps);
  app.error(async (err) => {
    logger.error({ err: err.message }, 'slack listener failed');
  });

  let unsubscribe: (() => void) | undefined;
  return {
    mode: socket ? 'socket' : 'http',
    requestListener: receiver instanceof HTTPReceiver ? receiver.requestListener : undefined,
    async start() {
      unsubscribe = cards.listen();
      if (socket) await app.start();
      else await app.client.auth.test();
    },
    async stop() {
      unsubscribe?.();
      if (socket) await app.stop();
    },
  };
}
