import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mcpHttpHandler } from '../../src/adapters/mcp/http.ts';
import { renderResult as mcpResult } from '../../src/adapters/mcp/render.ts';
import { loadMcpTokens } from '../../src/adapters/mcp/tokens.ts';
import { renderOutcome } from '../../src/adapters/slack/render/outcome.ts';
import { renderResult, resultJson } from '../../src/adapters/terminal/render.ts';
import { mountPlayground } from '../../src/adapters/web/index.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { Result } from '../../src/core/result.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { type HttpServer, startHttpServer } from '../../src/server/http.ts';
import { type ServeProcess, slackEnv, spawnServe, TEAM_ID } from '../adapters/slack-fixture.ts';
import { type FakeOpenAI, startFakeOpenAI, text } from '../helpers/fake-openai.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Inputs found by attacking running coxswain processes (serve, start, ask) that the first hardening round let
 * through: each one here failed before its fix. The playground and /mcp are mounted the way `coxswain serve` and
 * `coxswain start` mount them, on a runtime whose planner talks HTTP to a scripted model.
 */

const MCP_TOKEN = `tok-${randomUUID()}`;
let model: FakeOpenAI;
let t: TestRuntime;
let http: HttpServer;

beforeAll(async () => {
  // A model that answers in words carrying a lone surrogate (a broken tokenizer, a proxy that cut a pair).
  model = await startFakeOpenAI(() => text('I am not sure what \ud800 means here.'));
  const planner = createPlanner(loadConfig({ PLANNER: 'llm', OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'sk-test' }));
  t = await startTestRuntime({ overrides: { planner } });
  http = await startHttpServer({ port: 0, host: '127.0.0.1', readiness: {} });
  mountPlayground(http, t.runtime);
  http.mount('/mcp', mcpHttpHandler(t.runtime.core, loadMcpTokens({ COXSWAIN_MCP_TOKENS: `alice=${MCP_TOKEN}` })));
}, 60_000);

afterAll(async () => {
  await http?.close();
  await t?.close();
  await model?.stop();
});

const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${http.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('a model that answers with a lone surrogate', () => {
  it('the person gets the answer and the plan is audited (was: "Something went wrong inside coxswain", no planned entry)', async () => {
    const res = await postJson(
      '/api/ask',
      JSON.stringify({ person: 'alice', text: 'could you make web in staging a little bigger please' }),
    );
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.result.outcome).not.toBe('failed');
    expect(body.result.reason).not.toMatch(/went wrong inside coxswain/);
    const entries = (await t.runtime.audit.read()).filter((e) => e.requestId === body.result.requestId);
    expect(entries.map((e) => e.type)).toContain('planned');
    expect(JSON.stringify(entries)).toContain('\ufffd');
    expect((await t.runtime.audit.verify()).ok).toBe(true);
  });
});

describe('a model that answers something that is not a completion', () => {
  it('the offline plan runs and the person is told why, on every adapter (the note was in the audit only)', async () => {
    model.setScript(() => ({ rawBody: 'not a completion' }));
    try {
      const res = await postJson('/api/ask', JSON.stringify({ person: 'alice', text: 'scale worker in staging to 3' }));
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(200);
      const r = body.result as Result;
      expect(r.outcome, r.reason).toBe('executed');
      expect(r.note).toBe(
        'The model answered something that is not a valid tool call: check OPENAI_BASE_URL and OPENAI_MODEL; planned offline.',
      );
      expect(resultJson(r).note).toBe(r.note);
      expect(renderResult(r)).toContain(r.note);
      expect(JSON.stringify(mcpResult(r).content)).toContain('not a valid tool call');
      expect(JSON.stringify(renderOutcome(r).blocks)).toContain('not a valid tool call');
      // An answer without a tool call (help, a question back) says so too.
      const help = await postJson('/api/ask', JSON.stringify({ person: 'alice', text: 'hello' }));
      const h = (await help.json()).result as Result;
      expect(h.tool, h.reason).toBeUndefined();
      expect(h.note).toBe(r.note);
    } finally {
      model.setScript(() => text('I am not sure what \ud800 means here.'));
    }
  });
});

describe('deeply nested JSON (small enough for the size limits)', () => {
  it('the playground answers 400 with a sentence (was 500 "Maximum call stack size exceeded")', async () => {
    const res = await postJson('/api/ask', `{"person":"alice","text":"list pods in staging","x":${nested(30_000)}}`);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error).toMatch(/nested/);
    expect((await postJson('/api/ask', JSON.stringify({ person: 'alice', text: 'list pods in staging' }))).status).toBe(200);
  });

  it('/mcp answers with a sentence, not the engine stack error', async () => {
    const call = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"scale","arguments":{"x":${nested(100_000)}}}}`;
    const res = await postJson('/mcp', call, {
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${MCP_TOKEN}`,
    });
    const answer = await res.text();
    expect(answer).not.toMatch(/call stack/);
    expect(answer).toMatch(/nested/);
  });
});

describe('MCP conversation tools given arguments that are not text', () => {
  it('an object as the text of ask is answered and audited (was JSON-RPC -32603 "Cannot convert object to primitive value")', async () => {
    const before = (await t.runtime.audit.read()).length;
    const call = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'ask', arguments: { text: { toString: 1 } } },
    });
    const res = await postJson('/mcp', call, {
      accept: 'application/json, text/event-stream',
      authorization: `Bearer ${MCP_TOKEN}`,
    });
    const answer = await res.json();
    expect(answer.error, JSON.stringify(answer)).toBeUndefined();
    expect(answer.result.structuredContent.outcome).toBeTruthy();
    const entries = (await t.runtime.audit.read()).slice(before);
    expect(entries.some((e) => e.type === 'requested' && e.actor === 'alice')).toBe(true);
  });
});

const run = promisify(execFile);

/** `coxswain serve` with these settings: its exit code (null when it had to be stopped after 150 s: a busy machine starts slowly) and output. */
async function serveWith(settings: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const env = {
    ...process.env,
    ...t.env,
    PORT: '0',
    SLACK_BOT_TOKEN: '',
    COXSWAIN_MCP_TOKENS: '',
    LOG_LEVEL: 'warn',
    ...settings,
  };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/coxswain.mjs', 'serve'], { env, timeout: 150_000 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : null, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('a REDIS_URL that cannot be used as written', () => {
  it('a port out of range and a database the server does not have: a start-up sentence naming REDIS_URL, no stack', async () => {
    const cases: [string, string][] = [
      // Was "Something went wrong inside coxswain: Invalid URL".
      ['port out of range', 'redis://127.0.0.1:99999'],
      // Was a running bot on database 0 printing an unhandled "ERR DB index is out of range" stack on every reconnect.
      ['no such database', `${inject('redisUrl')}/99`],
    ];
    const results = await Promise.all(cases.map(([, url]) => serveWith({ REDIS_URL: url })));
    for (const [i, [name]] of cases.entries()) {
      const { code, output } = results[i];
      expect(code, `${name}: ${output.slice(-1000)}`).toBe(1);
      expect(output, name).toMatch(/REDIS_URL/);
      expect(output, name).not.toMatch(/went wrong inside coxswain|ReplyError|^\s+at /m);
    }
  }, 320_000);
});

describe('coxswain serve that cannot finish starting', () => {
  it('a port in use, a HOST that does not resolve, an unreadable MCP tokens file, one MCP token for two people: a sentence naming the setting, and the process ends (it printed its error, e.g. "Something went wrong inside coxswain: listen EADDRINUSE", and kept its workers running)', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['port in use', { PORT: new URL(http.url).port }, /port \d+ is already in use; set PORT/],
      ['unknown host', { HOST: 'no-such-host.invalid' }, /no-such-host\.invalid does not resolve; check HOST/],
      // Read after the server listened: the sentence was printed and /healthz kept answering with no /mcp.
      [
        'MCP tokens file missing',
        { COXSWAIN_MCP_TOKENS_FILE: '/nonexistent/mcp-tokens' },
        /COXSWAIN_MCP_TOKENS_FILE .+ cannot be read/,
      ],
      // Was taken: every call with that token ran as alice, bob's included.
      [
        'one MCP token for two people',
        { COXSWAIN_MCP_TOKENS: `alice=${MCP_TOKEN},bob=${MCP_TOKEN}` },
        /same MCP token is given to alice and bob/,
      ],
    ];
    const results = await Promise.all(cases.map(([, settings]) => serveWith(settings)));
    for (const [i, [name, , sentence]] of cases.entries()) {
      const { code, output } = results[i];
      expect(code, `${name}: ${output.slice(-1000)}`).toBe(1);
      expect(output, name).toMatch(sentence);
      expect(output, name).not.toMatch(/went wrong inside coxswain|^\s+at /m);
    }
  }, 320_000);
});

describe('signed Slack payloads Slack would not send, against a real coxswain serve', () => {
  let fake: FakeSlack;
  let serve: ServeProcess;
  let audit: AuditLog;
  let redis: Redis;

  beforeAll(async () => {
    fake = await startFakeSlack({ teamId: TEAM_ID });
    const prefix = `t-redteam-${randomUUID().slice(0, 8)}`;
    serve = await spawnServe(
      slackEnv({
        redisUrl: inject('redisUrl'),
        prefix,
        kubeconfig: t.env.KUBECONFIG,
        sandboxUrl: t.sandbox.url,
        slackApiUrl: fake.apiUrl,
      }),
    );
    redis = new Redis(inject('redisUrl'));
    audit = new AuditLog(redis, { prefix });
  }, 90_000);

  afterAll(async () => {
    await serve?.stop();
    redis?.disconnect();
    await fake?.close();
  });

  const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const click = (actionId: string, value: string, extra: Record<string, unknown> = {}) =>
    form({
      type: 'block_actions',
      team: { id: TEAM_ID },
      user: { id: 'U0ALICE', team_id: TEAM_ID },
      trigger_id: `${randomUUID()}`,
      channel: { id: 'C0RED' },
      message: { ts: '1.000001' },
      actions: [{ type: 'button', action_id: actionId, value }],
      ...extra,
    });

  it('a question-candidate button whose value is not JSON: the clicker is told, the process lives (it exited)', async () => {
    for (const value of ['{not json', 'null']) {
      const res = await serve.signer.send(click('clarify_pick:0', value), 'application/x-www-form-urlencoded');
      expect(res.status).toBe(200);
    }
    const told = () => fake.callsOf('chat.postEphemeral').filter((c) => c.args.user === 'U0ALICE' && c.args.channel === 'C0RED');
    await expect.poll(() => serve.child.exitCode !== null || told().length === 2, { timeout: 30_000 }).toBe(true);
    expect(serve.child.exitCode, serve.output.join('').slice(-1500)).toBeNull();
    expect((await fetch(`http://127.0.0.1:${serve.port}/healthz`)).status).toBe(200);
  });

  it('objects Bolt cannot read, and payloads without the ids that make a delivery once: 400 with a sentence, audited (were 500, or taken with the id "undefined")', async () => {
    const user = { id: 'U0BOB', team_id: TEAM_ID };
    const bodies: [string, string, string][] = [
      ['block_actions with channel null', click('approve', 'apr_x', { channel: null }), 'application/x-www-form-urlencoded'],
      [
        'block_actions without trigger_id',
        click('approve', 'apr_x', { trigger_id: undefined }),
        'application/x-www-form-urlencoded',
      ],
      [
        'view_submission with view null',
        form({ type: 'view_submission', team: { id: TEAM_ID }, user, view: null }),
        'application/x-www-form-urlencoded',
      ],
      [
        'view_closed without view',
        form({ type: 'view_closed', team: { id: TEAM_ID }, user }),
        'application/x-www-form-urlencoded',
      ],
      [
        'interactive_message with actions null',
        form({ type: 'interactive_message', team: { id: TEAM_ID }, user, actions: null }),
        'application/x-www-form-urlencoded',
      ],
      [
        'event with authorizations [null]',
        JSON.stringify({
          type: 'event_callback',
          team_id: TEAM_ID,
          event_id: 'EvAUTHNULL',
          authorizations: [null],
          event: { type: 'app_mention', user: 'U0ALICE', text: 'hi', channel: 'C0RED', ts: '1.1' },
        }),
        'application/json',
      ],
      [
        'event without event_id',
        JSON.stringify({
          type: 'event_callback',
          team_id: TEAM_ID,
          event: { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> list pods in staging', channel: 'C0RED', ts: '1.2' },
        }),
        'application/json',
      ],
      [
        'slash command without text',
        `command=%2Fcoxswain&team_id=${TEAM_ID}&user_id=U0ALICE&channel_id=C0RED&trigger_id=1.3`,
        'application/x-www-form-urlencoded',
      ],
    ];
    for (const [name, body, type] of bodies) {
      const res = await serve.signer.send(body, type);
      const text = await res.text();
      expect(res.status, `${name}: ${text}`).toBe(400);
      expect(JSON.parse(text).error, name).toMatch(/not a Slack payload: .+\. Nothing was done/);
    }
    const refused = (await audit.read()).filter((e) => e.detail?.rule === 'bad input');
    expect(refused).toHaveLength(bodies.length);
    expect(serve.child.exitCode).toBeNull();
  });

  it('mention and DM events with wrongly typed fields: 400 with a sentence naming the field, audited (a listener threw "event.channel.startsWith is not a function": no answer, no entry)', async () => {
    const mention = { type: 'app_mention', user: 'U0ALICE', text: '<@U0BOT> list pods in staging', channel: 'C0RED', ts: '2.1' };
    const dm = {
      type: 'message',
      channel_type: 'im',
      user: 'U0ALICE',
      text: 'list pods in staging',
      channel: 'D0RED',
      ts: '2.2',
    };
    const events: [string, Record<string, unknown>][] = [
      ['channel', { ...mention, channel: 5 }],
      ['text', { ...mention, text: null }],
      ['text', { ...mention, text: { a: 1 } }],
      ['user', { ...mention, user: 5 }],
      ['channel', { ...dm, channel: 5 }],
      ['text', { ...dm, text: null }],
      ['user', { ...dm, user: 5 }],
    ];
    const before = (await audit.read()).filter((e) => e.detail?.rule === 'bad input').length;
    for (const [field, event] of events) {
      const body = JSON.stringify({ type: 'event_callback', team_id: TEAM_ID, event_id: `Ev${randomUUID().slice(0, 8)}`, event });
      const res = await serve.signer.send(body, 'application/json');
      const text = await res.text();
      expect(res.status, `${field}: ${text}`).toBe(400);
      expect(JSON.parse(text).error).toMatch(new RegExp(`not a Slack payload: .*\`${field}\`.*. Nothing was done`));
    }
    const refused = (await audit.read()).filter((e) => e.detail?.rule === 'bad input');
    expect(refused).toHaveLength(before + events.length);
    expect(serve.child.exitCode).toBeNull();
  });
});
