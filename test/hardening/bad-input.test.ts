import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnRedisServer, stopChild } from '../../src/app/local-redis.ts';
import { AuditLog } from '../../src/audit/log.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { type ServeProcess, slackEnv, spawnServe, TEAM_ID } from '../adapters/slack-fixture.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { freePort } from '../helpers/redis.ts';
import { figure } from './figures.ts';

/**
 * Bad input gets a sentence, the process lives, and the audit says what came in. One real `coxswain serve`
 * (Slack over HTTP, /mcp, workers, the LLM planner pointed at a model nobody serves) takes signed Slack requests
 * that are not Slack payloads, oversized bodies, lone surrogates and broken JSON-RPC; after each one the same
 * process must still answer. Then `coxswain serve` is started against Redis servers it cannot use: each must stop
 * with one sentence naming REDIS_URL, never a stack.
 */

const MCP_TOKEN = `tok-${randomUUID()}`;
let dir: string;
let sandbox: Sandbox;
let fake: FakeSlack;
let serve: ServeProcess;
let redis: Redis;
let audit: AuditLog;
const inputs: { name: string; status: number }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coxswain-bad-input-'));
  const kubeconfig = join(dir, 'kubeconfig');
  sandbox = await startSandbox({ kubeconfigPath: kubeconfig });
  fake = await startFakeSlack({ teamId: TEAM_ID });
  const prefix = `t-bad-${randomUUID().slice(0, 8)}`;
  const env = slackEnv({ redisUrl: inject('redisUrl'), prefix, kubeconfig, sandboxUrl: sandbox.url, slackApiUrl: fake.apiUrl });
  serve = await spawnServe({
    ...env,
    // The workspace comes from the token's auth.test, not from configuration.
    SLACK_TEAM_ID: '',
    COXSWAIN_MCP_TOKENS: `alice=${MCP_TOKEN}`,
    PLANNER: 'llm',
    OPENAI_BASE_URL: `http://127.0.0.1:${await freePort()}/v1`,
    OPENAI_API_KEY: 'sk-test-unreachable',
  });
  redis = new Redis(inject('redisUrl'));
  audit = new AuditLog(redis, { prefix });
}, 200_000);

afterAll(async () => {
  await serve?.stop();
  redis?.disconnect();
  await fake?.close();
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${serve.port}`;

/** Sends one bad input and checks that the same process still answers; returns the response. */
async function hostile(name: string, send: () => Promise<Response>): Promise<{ status: number; body: string }> {
  const res = await send();
  const body = await res.text();
  inputs.push({ name, status: res.status });
  expect(serve.child.exitCode, `${name}: ${serve.output.join('').slice(-1500)}`).toBeNull();
  expect((await fetch(`${base()}/healthz`)).status, name).toBe(200);
  return { status: res.status, body };
}

const slackEvent = (text: string, eventId: string) =>
  `{"token":"legacy","team_id":"${TEAM_ID}","api_app_id":"A0APP","type":"event_callback","event_id":"${eventId}","event_time":1,"event":{"type":"app_mention","user":"U0ALICE","text":"<@U0BOT> ${text}","ts":"1.000001","channel":"C0BAD","event_ts":"1.000001"}}`;

describe('signed Slack requests that are not Slack payloads', () => {
  const bodies: [string, string, string][] = [
    ['JSON null', 'null', 'application/json'],
    ['JSON array', '[]', 'application/json'],
    ['JSON number', '5', 'application/json'],
    ['JSON string', '"hello"', 'application/json'],
    ['JSON true', 'true', 'application/json'],
    ['broken JSON', '{"type":', 'application/json'],
    ['form payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['form payload=[]', 'payload=%5B%5D', 'application/x-www-form-urlencoded'],
    ['form payload=7', 'payload=7', 'application/x-www-form-urlencoded'],
    ['form payload not JSON', 'payload=%7B', 'application/x-www-form-urlencoded'],
    ['null with a form content type Bolt parses as JSON', 'null', 'application/x-www-form-urlencoded; charset=utf-8'],
  ];
  it.each(bodies)('%s: 400 with a sentence, recorded in the audit log, the process lives', async (name, body, type) => {
    const r = await hostile(`slack ${name}`, () => serve.signer.send(body, type));
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error).toMatch(/not a Slack payload.*Nothing was done/);
    await expect
      .poll(async () => (await audit.read()).filter((e) => e.detail?.rule === 'bad input').map((e) => e.detail?.received))
      .toContain(body);
  });

  it('payload objects of the wrong shape (event null, actions null, a command without a user): 400 with a sentence (Bolt threw on some, a 500 Slack retries)', async () => {
    const odd: [string, string, string][] = [
      ['event null', `{"type":"event_callback","team_id":"${TEAM_ID}","event_id":"EvNULL1","event":null}`, 'application/json'],
      ['event a string', `{"type":"event_callback","team_id":"${TEAM_ID}","event_id":"EvSTR1","event":"x"}`, 'application/json'],
      ['no type', `{"team_id":"${TEAM_ID}"}`, 'application/json'],
      [
        'block_actions with actions null',
        `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', team: { id: TEAM_ID }, user: { id: 'U0BOB', team_id: TEAM_ID }, actions: null }))}`,
        'application/x-www-form-urlencoded',
      ],
      [
        'command without a user',
        `command=%2Fcoxswain&team_id=${TEAM_ID}&text=scale+web&trigger_id=1.2`,
        'application/x-www-form-urlencoded',
      ],
    ];
    for (const [name, body, type] of odd) {
      const r = await hostile(`slack ${name}`, () => serve.signer.send(body, type));
      expect(r.status, name).toBe(400);
      expect(JSON.parse(r.body).error, name).toMatch(/not a Slack payload: .+\. Nothing was done/);
    }
    expect((await audit.read()).filter((e) => e.requestId === 'EvNULL1' || e.requestId === 'EvSTR1')).toEqual([]);
  });

  it('a body over 1 MB: 413 with a sentence', async () => {
    const big = JSON.stringify({ type: 'event_callback', team_id: TEAM_ID, pad: 'x'.repeat(2 * 1024 * 1024) });
    const r = await hostile('slack 2 MB body', () => serve.signer.send(big, 'application/json'));
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatch(/over 1048576 bytes/);
  });

  it('an unsigned Slack SSL check is answered, and a payload smuggled into it is not run', async () => {
    const smuggled = `ssl_check=1&payload=${encodeURIComponent(slackEvent('scale web in staging to 0', 'EvSMUGGLE'))}`;
    const r = await hostile('slack ssl_check with a payload', () =>
      fetch(`${base()}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: smuggled,
      }),
    );
    expect(r.status).toBe(200);
    expect((await audit.read()).filter((e) => e.requestId === 'EvSMUGGLE')).toEqual([]);
  });

  it('a lone surrogate in a mention is repaired to U+FFFD, answered and audited (it was a 500 with no audit entry)', async () => {
    const eventId = `EvSURR${randomUUID().slice(0, 6).toUpperCase()}`;
    // The JSON escape itself, as a client would send it: JSON.stringify would not produce it from a JS string.
    const body = slackEvent('list pods in staging \\ud800 please', eventId);
    const r = await hostile('slack lone surrogate', () => serve.signer.send(body, 'application/json'));
    expect(r.status).toBe(200);
    await expect
      .poll(async () => (await audit.read()).filter((e) => e.requestId === eventId).map((e) => e.type), { timeout: 20_000 })
      .toContain('executed');
    const requested = (await audit.read()).find((e) => e.requestId === eventId && e.type === 'requested');
    expect(requested?.detail?.text).toBe('list pods in staging \ufffd please');
    await fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0BAD');
  });
});

describe('the model is unreachable (OPENAI_BASE_URL points at nothing)', () => {
  it('the person still gets an answer, and the log says which variable to check', async () => {
    const eventId = `EvMODEL${randomUUID().slice(0, 6).toUpperCase()}`;
    const r = await hostile('slack mention with the model down', () =>
      serve.signer.send(slackEvent('list pods in staging', eventId), 'application/json'),
    );
    expect(r.status).toBe(200);
    await expect
      .poll(async () => (await audit.read()).filter((e) => e.requestId === eventId).map((e) => e.type), { timeout: 30_000 })
      .toContain('executed');
    expect(serve.output.join('')).toMatch(/the model could not be reached: check OPENAI_BASE_URL; planned offline/);
    // The audit says who planned it, and why not the model.
    const planned = (await audit.read()).find((e) => e.requestId === eventId && e.type === 'planned');
    expect(planned?.detail).toMatchObject({ source: 'offline', note: expect.stringMatching(/check OPENAI_BASE_URL/) });
    // The key it was configured with never reaches the log.
    expect(serve.output.join('')).not.toContain('sk-test-unreachable');
  });
});

describe('MCP over HTTP', () => {
  const rpc = (body: string) =>
    fetch(`${base()}/mcp`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${MCP_TOKEN}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body,
    });

  it('null, broken JSON and a non-request body get a JSON-RPC error, not a crash', async () => {
    for (const [name, body] of [
      ['null', 'null'],
      ['broken', '{"jsonrpc":'],
      ['array of numbers', '[1,2]'],
    ]) {
      const r = await hostile(`mcp ${name}`, () => rpc(body));
      expect(r.status, name).toBeGreaterThanOrEqual(400);
      expect(r.status, name).toBeLessThan(500);
    }
  });

  it('a lone surrogate in tool arguments is repaired, answered and audited', async () => {
    const call = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"list_pods","arguments":{"namespace":"staging\\ud800"}}}`;
    const before = (await audit.read()).length;
    const r = await hostile('mcp lone surrogate', () => rpc(call));
    expect(r.status).toBe(200);
    const answer = JSON.parse(r.body) as { result: { isError?: boolean; content: { text: string }[] } };
    expect(answer.result.isError).toBe(true);
    expect(answer.result.content[0].text).toMatch(/namespace/);
    const entries = (await audit.read()).slice(before);
    expect(entries.map((e) => e.type)).toContain('requested');
    expect(entries.some((e) => e.actor === 'alice')).toBe(true);
  });
});

/** `coxswain serve` against `redisUrl`: it must stop by itself with a sentence; returns its exit code and output. */
async function serveAgainst(redisUrl: string): Promise<{ code: number | null; output: string }> {
  const child: ChildProcess = spawn(process.execPath, ['bin/coxswain.mjs', 'serve'], {
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `t-noauth-${randomUUID().slice(0, 8)}`,
      KUBECONFIG: join(dir, 'kubeconfig'),
      PORT: '0',
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: '',
      COXSWAIN_MCP_TOKENS: '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, output };
}

describe('Redis that coxswain cannot use', () => {
  let secured: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    secured = await spawnRedisServer({
      port,
      dir,
      args: ['--requirepass', 'right-password'],
      missing: 'redis-server is not installed (apt-get install -y redis-server).',
      otherwise: 'The tests need a working redis-server.',
    });
  });
  afterAll(async () => {
    if (secured) await stopChild(secured, 'SIGTERM');
  });

  it('no password, a wrong password, nothing listening, an unknown host: one sentence naming REDIS_URL each, no stack', async () => {
    const unused = await freePort();
    const cases: [string, string, RegExp][] = [
      ['no password', `redis://127.0.0.1:${port}`, /requires a password, and REDIS_URL has none/],
      ['wrong password', `redis://:wrong@127.0.0.1:${port}`, /refused the user or password in REDIS_URL/],
      ['nothing listening', `redis://127.0.0.1:${unused}`, /Nothing accepts connections at 127\.0\.0\.1:\d+ \(REDIS_URL\)/],
      ['unknown host', 'redis://no-such-host.invalid:6379', /does not resolve\. Check the name in REDIS_URL/],
    ];
    const results = await Promise.all(cases.map(([, url]) => serveAgainst(url)));
    for (const [i, [name, , sentence]] of cases.entries()) {
      const { code, output } = results[i];
      expect(code, name).toBe(1);
      expect(output, name).toMatch(sentence);
      expect(output, name).not.toMatch(/^\s+at /m);
      expect(output, name).not.toMatch(/ReplyError|Unhandled/);
      expect(output, name).not.toContain('wrong');
    }
    figure(
      'bad input',
      `${inputs.length} hostile inputs to one coxswain serve (signed Slack null/array/number/broken bodies, payload=null, odd payload shapes, a 2 MB body, a smuggled SSL check, lone surrogates in Slack and MCP, broken JSON-RPC, the model unreachable): 0 process exits, ${inputs.filter((i) => i.status < 500).length}/${inputs.length} answered without a 5xx; ${cases.length} unusable REDIS_URLs (no password, wrong password, nothing listening, unknown host): ${results.filter((r) => r.code === 1).length} start-up sentences naming REDIS_URL, 0 stack traces`,
    );
  }, 240_000);
});
