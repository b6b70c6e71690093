import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const manifest = parse(readFileSync('deploy/slack/manifest.yaml', 'utf8'));

describe('deploy/slack/manifest.yaml', () => {
  it('asks for the scopes, events, interactivity and slash command the adapter uses', () => {
    expect(manifest.display_information.name).toBe('coxswain');
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'files:write',
      'im:history',
      'im:read',
      'im:write',
      'usergroups:read',
      'users:read',
      'users:read.email',
    ]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/coxswain']);
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
  });

  it('points every HTTP URL at the one events path', () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c: { url: string }) => c.url),
    ];
    for (const u of urls) expect(new URL(u).pathname).toBe('/slack/events');
  });
});
