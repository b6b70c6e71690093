import { WebClient } from '@slack/web-api';
import type { Config } from '../../config/config.ts';
import { logger } from '../../observability/logger.ts';
import type { Policy } from '../../policy/schema.ts';
import {
  type GroupMembers,
  notifyHandles,
  type SlackMember,
  slackBackedGroups,
  withGroupHandles,
  withSlackMembers,
} from '../../policy/usergroups.ts';

export interface SlackUserGroups {
  /** The policy with the Slack user groups' members (the last successful read; the file's policy before one). */
  policy(): Policy;
  /** Reads every Slack-backed group again (usergroups.users.list, then users.info for members not seen before). */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Members of the policy's Slack-backed groups and the ids of the handles its rules notify, read with the bot token
 * (scopes usergroups:read, users:read, users:read.email), cached and refreshed every `refreshMs` (default 5 min). A failed read keeps the last good
 * members, so a Slack outage never takes approvers away; the policy's explicit people are always there.
 */
export function slackUserGroups(
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>,
  base: Policy,
  opts: { refreshMs?: number } = {},
): SlackUserGroups {
  const groups = slackBackedGroups(base);
  const url = config.SLACK_API_URL;
  const client = new WebClient(config.SLACK_BOT_TOKEN, {
    slackApiUrl: url && !url.endsWith('/') ? `${url}/` : url,
    retryConfig: { retries: 1 },
  });
  const profiles = new Map<string, SlackMember>();
  let effective = base;

  const member = async (user: string): Promise<SlackMember> => {
    const known = profiles.get(user);
    if (known) return known;
    const res = await client.users.info({ user });
    const m = { slackUserId: user, name: res.user?.name, email: res.user?.profile?.email };
    profiles.set(user, m);
    return m;
  };

  // `@handle`s the rules notify become user group ids (usergroups.list), so Slack notifies the group.
  const handles = notifyHandles(base);
  const handleIds = async (): Promise<Record<string, string>> => {
    if (handles.length === 0) return {};
    try {
      const res = await client.usergroups.list({});
      return Object.fromEntries((res.usergroups ?? []).flatMap((g) => (g.handle && g.id ? [[g.handle, g.id]] : [])));
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'could not list Slack user groups; handles stay as written');
      return {};
    }
  };

  const refresh = async () => {
    const members: GroupMembers = {};
    for (const [group, usergroup] of Object.entries(groups)) {
      try {
        const res = await client.usergroups.users.list({ usergroup });
        members[group] = await Promise.all((res.users ?? []).map(member));
      } catch (err) {
        logger.warn(
          { err: (err as Error).message, usergroup },
          'could not read a Slack user group; keeping its last known members (check the usergroups:read scope)',
        );
        return;
      }
    }
    effective = withGroupHandles(withSlackMembers(base, members), await handleIds());
    profiles.clear();
    for (const list of Object.values(members)) for (const m of list) profiles.set(m.slackUserId, m);
  };

  const every = opts.refreshMs ?? 5 * 60_000;
  const timer =
    (Object.keys(groups).length || handles.length) && every > 0 ? setInterval(() => void refresh(), every) : undefined;
  timer?.unref();
  return { policy: () => effective, refresh, stop: () => clearInterval(timer) };
}
