import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Redis } from 'ioredis';
import type { AuditLog } from '../../audit/log.ts';
import type { Config } from '../../config/config.ts';
import type { Core } from '../../core/core.ts';
import { CoxswainError } from '../../core/errors.ts';
import { boltLogger } from './bolt-logger.ts';
import { Cards } from './cards.ts';
import { refuseForeignTeams, type SlackScope } from './guard.ts';
import { guardSlackRequests } from './http-guard.ts';
import { ActorResolver } from './identity.ts';
import { onCardAction, onDirectMessage, onMention, onSlashCommand } from './listeners.ts';
import { onFollowupActions } from './repair.ts';
import { SlackStore } from './store.ts';
import { ThreadQuestions } from './threads.ts';
import { WorkQueue } from './work-queue.ts';

/** The one path Slack posts to: events, interactivity and the slash command. */
export const SLACK_EVENTS_PATH = '/slack/events';

export type SlackConfig = Pick<
  Config,
  | 'SLACK_BOT_TOKEN'
  | 'SLACK_SIGNING_SECRET'
  | 'SLACK_APP_TOKEN'
  | 'SLACK_API_URL'
  | 'SLACK_TEAM_ID'
  | 'SLACK_ORG_WIDE'
  | 'REDIS_PREFIX'
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
  /** Where a signed request that is not a Slack payload is recorded (what came in, and why it was refused). */
  audit?: Pick<AuditLog, 'append'>;
}

export interface SlackAdapter {
  mode: 'http' | 'socket';
  /**
   * HTTP mode: Bolt's listener for `POST /slack/events` behind guardSlackRequests (signature, timestamp within
   * 5 minutes either way, size and shape checked; 401/413/400 with a sentence otherwise).
   * The shared HTTP server mounts it for paths under `/slack/`; health endpoints stay in that server.
   */
  requestListener?: RequestListener;
  /** Checks the token (auth.test), which also names the workspace payloads are taken from; Socket Mode then connects. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The Web API base URL must end with a slash for the client to join method names onto it. */
function apiUrl(url: string | undefined): string | undefined {
  return url && !url.endsWith('/') ? `${url}/` : url;
}

/** The workspace (or, with SLACK_ORG_WIDE, the organization) of the bot token, from its `auth.test` answer. */
function scopeOf(config: SlackConfig, auth: { team_id?: string; enterprise_id?: string }): SlackScope {
  if (config.SLACK_ORG_WIDE) {
    if (auth.enterprise_id) return { enterpriseId: auth.enterprise_id };
    throw new CoxswainError(
      'config',
      'system',
      'SLACK_ORG_WIDE is set, but SLACK_BOT_TOKEN is not from an org-wide (Enterprise Grid) install. Unset SLACK_ORG_WIDE, or install the app org-wide.',
    );
  }
  if (auth.team_id) return { teamId: auth.team_id };
  throw new CoxswainError(
    'config',
    'system',
    'Slack did not say which workspace SLACK_BOT_TOKEN belongs to (auth.test has no team_id). Set SLACK_TEAM_ID to the workspace id (T…), or SLACK_ORG_WIDE=true for an org-wide install.',
  );
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
        // guardSlackRequests verifies (and more) before Bolt sees a request.
        signatureVerification: false,
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
  const deps = {
    core: opts.core,
    store,
    cards,
    work,
    actors: new ActorResolver(app.client, opts.knowsSlackUser),
    threads: new ThreadQuestions(opts.redis, config.REDIS_PREFIX),
  };
  let scope: SlackScope | undefined = config.SLACK_TEAM_ID ? { teamId: config.SLACK_TEAM_ID } : undefined;
  refuseForeignTeams(app, () => scope);
  onMention(app, deps);
  onDirectMessage(app, deps);
  onSlashCommand(app, deps);
  onCardAction(app, deps);
  onFollowupActions(app, deps);
  app.error(async (err) => {
    logger.error({ err: err.message }, 'slack listener failed');
  });

  const audit = opts.audit;
  const requestListener =
    receiver instanceof HTTPReceiver
      ? guardSlackRequests(receiver.requestListener, {
          signingSecret: config.SLACK_SIGNING_SECRET as string,
          onRefused: audit
            ? async ({ reason, received }) => {
                await audit.append({
                  type: 'denied',
                  requestId: `slack-refused-${randomUUID()}`,
                  actor: 'slack:unknown',
                  detail: { channel: 'slack', rule: 'bad input', reason, received },
                });
              }
            : undefined,
        })
      : undefined;

  let unsubscribe: (() => void) | undefined;
  return {
    mode: socket ? 'socket' : 'http',
    requestListener,
    async start() {
      const auth = await app.client.auth.test();
      scope ??= scopeOf(config, auth);
      unsubscribe = cards.listen();
      if (socket) await app.start();
    },
    async stop() {
      unsubscribe?.();
      if (socket) await app.stop();
    },
  };
}
