import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, loadConfig } from '../../src/config/config.ts';

describe('configuration', () => {
  it('documents every variable in .env.example', () => {
    const example = readFileSync('.env.example', 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(ConfigSchema.shape).filter((k) => !documented.has(k))).toEqual([]);
  });

  it('parses .env.example itself', () => {
    const env = Object.fromEntries(
      [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
    );
    const config = loadConfig(env);
    expect(config.COXSWAIN_NAMESPACE_ALIASES).toEqual({ prod: 'production', stg: 'staging', stage: 'staging' });
    expect(config.PORT).toBe(8080);
  });

  it('names the bad variable and the fix', () => {
    expect(() => loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379' })).toThrow(
      /PORT.*REDIS_URL.*redis:\/\/|REDIS_URL.*redis:\/\/.*PORT/s,
    );
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user' })).toThrow(/SLACK_BOT_TOKEN: a bot token starting with xoxb-/);
  });
});
