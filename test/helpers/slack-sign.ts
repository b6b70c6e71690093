import { createHmac, randomUUID } from 'node:crypto';

/** Slack's v0 request signature: HMAC-SHA256 of `v0:TIMESTAMP:BODY` with the signing secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; defaults to now. An old value makes a replayed request. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
  /** Events API retry number (X-Slack-Retry-Num). */
  retryNum?: number;
}

/** A client that posts signed payloads to a Bolt HTTP endpoint the way Slack does. */
export class SlackSigner {
  readonly url: string;
  readonly secret: string;
  readonly teamId: string;

  constructor(url: string, secret: string, teamId = 'T0TEST') {
    this.url = url;
    this.secret = secret;
    this.teamId = teamId;
  }

  async send(body: string, contentType: string, opts: SendOptions = {}): Promise<Response> {
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(opts.secret ?? this.secret, ts, body),
    };
    if (opts.retryNum !== undefined) {
      headers['x-slack-retry-num'] = String(opts.retryNum);
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return fetch(this.url, { method: 'POST', headers, body });
  }

  /** An Events API callback wrapping `event`; returns the response and the event_id used. */
  async event(
    event: Record<string, unknown>,
    opts: SendOptions & { eventId?: string; teamId?: string } = {},
  ): Promise<{ res: Response; eventId: string }> {
    const eventId = opts.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    const body = JSON.stringify({
      token: 'legacy',
      team_id: opts.teamId ?? this.teamId,
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
    return { res: await this.send(body, 'application/json', opts), eventId };
  }

  /** A mention of the bot in a channel. */
  mention(
    user: string,
    text: string,
    opts: SendOptions & { channel?: string; botUserId?: string; eventId?: string; teamId?: string } = {},
  ) {
    const ts = `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const event = {
      type: 'app_mention',
      user,
      text: `<@${opts.botUserId ?? 'U0BOT'}> ${text}`,
      ts,
      channel: opts.channel ?? 'C0OPS',
      event_ts: ts,
    };
    return this.event(event, opts);
  }

  urlVerification(challenge: string, opts: SendOptions = {}): Promise<Response> {
    return this.send(JSON.stringify({ token: 'legacy', challenge, type: 'url_verification' }), 'application/json', opts);
  }

  /** A click on a card button (block_actions, form-encoded `payload`). */
  click(
    user: string,
    actionId: string,
    value: string,
    card: { channel: string; ts: string },
    opts: SendOptions & { teamId?: string } = {},
  ): Promise<Response> {
    const team = opts.teamId ?? this.teamId;
    const payload = {
      type: 'block_actions',
      team: { id: team, domain: 'test' },
      user: { id: user, team_id: team, name: user.toLowerCase() },
      api_app_id: 'A0APP',
      token: 'legacy',
      trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
      container: { type: 'message', message_ts: card.ts, channel_id: card.channel, is_ephemeral: false },
      channel: { id: card.channel, name: 'ops' },
      message: { ts: card.ts, type: 'message' },
      actions: [
        {
          type: 'button',
          action_id: actionId,
          block_id: `approval:${value}`,
          value,
          action_ts: String(Date.now() / 1000),
          text: { type: 'plain_text', text: actionId },
        },
      ],
    };
    return this.send(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
      opts,
    );
  }

  /** The slash command `/coxswain TEXT`. */
  command(
    user: string,
    text: string,
    opts: SendOptions & { channel?: string; teamId?: string; responseUrl?: string } = {},
  ): Promise<Response> {
    const form = new URLSearchParams({
      token: 'legacy',
      team_id: opts.teamId ?? this.teamId,
      team_domain: 'test',
      channel_id: opts.channel ?? 'C0OPS',
      channel_name: 'ops',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/coxswain',
      text,
      api_app_id: 'A0APP',
      response_url: opts.responseUrl ?? 'http://127.0.0.1:9/response',
      trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    });
    return this.send(form.toString(), 'application/x-www-form-urlencoded', opts);
  }
}
