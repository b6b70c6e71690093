import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../src/adapters/slack/app.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { approvalIdOf, SIGNING_SECRET, slackEnv, TEAM_ID } from '../adapters/slack-fixture.ts';
import { type FakeOpenAI, httpError, startFakeOpenAI, toolCall, userText } from '../helpers/fake-openai.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { freePort } from '../helpers/redis.ts';
import { SlackSigner } from '../helpers/slack-sign.ts';
import { figure } from './figures.ts';

/**
 * Canary secrets (the Slack bot token, the OpenAI key, the kubeconfig's bearer token) given to a real
 * `coxswain serve` at debug log level, through a full flow with failures on each far end. None may appear in
 * Redis (every key of the prefix, every type), the process's logs, what was posted to Slack, the audit log, or
 * what was sent to the model.
 */

const CANARIES = {
  slack: `xoxb-CANARY-${randomUUID()}`,
  openai: `sk-CANARY-${randomUUID()}`,
  kube: `CANARY-KUBE-${randomUUID()}`,
};

let sandbox: Sandbox;
let fakeSlack: FakeSlack;
let model: FakeOpenAI;
let child: ChildProcess;
let signer: SlackSigner;
let redis: Redis;
let dir: string;
let prefix: string;
const output: string[] = [];
let model401s = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coxswain-canary-'));
  sandbox = await startSandbox({ token: CANARIES.kube, kubeconfigPath: join(dir, 'kubeconfig') });
  fakeSlack = await startFakeSlack({ teamId: TEAM_ID });
  model = await startFakeOpenAI((req) => {
    const said = userText(req);
    // One model failure first (the planner falls back and logs it), then the model plans.
    if (model401s === 0) {
      model401s++;
      return httpError(401, 'Incorrect API key provided');
    }
    if (said.includes('web in staging')) return toolCall('scale', { namespace: 'staging', name: 'web', replicas: 4 });
    if (said.includes('web')) return toolCall('scale', { namespace: 'production', name: 'web', replicas: 8 });
    return toolCall('describe_workload', { namespace: 'staging', name: 'api' });
  });
  prefix = `t-canary-${randomUUID().slice(0, 8)}`;
  const port = await freePort();
  const env = {
    ...slackEnv({
      redisUrl: inject('redisUrl'),
      prefix,
      kubeconfig: join(dir, 'kubeconfig'),
      sandboxUrl: sandbox.url,
      slackApiUrl: fakeSlack.apiUrl,
    }),
    SLACK_BOT_TOKEN: CANARIES.slack,
    PLANNER: 'llm',
    OPENAI_API_KEY: CANARIES.openai,
    OPENAI_BASE_URL: model.url,
    LOG_LEVEL: 'debug',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  child = spawn(process.execPath, ['bin/coxswain.mjs', 'serve'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  // Start-up takes seconds, more on a loaded machine (other test files run beside this one).
  const deadline = Date.now() + 60_000;
  const up = () =>
    fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
  while (!(await up())) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`coxswain serve did not start: ${output.join('').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  signer = new SlackSigner(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, TEAM_ID);
  redis = new Redis(inject('redisUrl'));
}, 90_000);

afterAll(async () => {
  await new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  redis?.disconnect();
  await model?.stop();
  await fakeSlack?.close();
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** How to read a key of each Redis type, whole. */
const READERS: Record<string, (key: string) => Promise<unknown>> = {
  string: (k) => redis.get(k),
  hash: (k) => redis.hgetall(k),
  list: (k) => redis.lrange(k, 0, -1),
  set: (k) => redis.smembers(k),
  zset: (k) => redis.zrange(k, '0', '-1', 'WITHSCORES'),
  stream: (k) => redis.xrange(k, '-', '+'),
};

/** Every value under the prefix, whatever its type, as text. */
async function dumpRedis(): Promise<{ keys: number; types: Set<string>; text: string }> {
  const parts: string[] = [];
  const types = new Set<string>();
  let keys = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    for (const key of batch) {
      keys++;
      const type = await redis.type(key);
      types.add(type);
      const value = await (READERS[type]?.(key) ?? `(${type})`);
      parts.push(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return { keys, types, text: parts.join('\n') };
}

const leaks = (text: string) => Object.entries(CANARIES).filter(([, c]) => text.includes(c) || text.includes(c.slice(-24)));

it('no canary secret appears in Redis, logs, Slack messages, the audit log or model prompts after a full flow', async () => {
  // 1. A read, answered by the offline fallback after the model's 401.
  await signer.mention('U0ALICE', 'describe api in staging', { channel: 'C0CAN1' });
  await fakeSlack.waitFor('chat.postMessage', (c) => c.args.channel === 'C0CAN1', 20_000);
  // 2. A production write: card, an approval, execution, with a failing cluster call on the way.
  sandbox.faults.failNext({ method: 'GET', pathIncludes: '/deployments/web', status: 500, message: 'injected' });
  await signer.mention('U0ALICE', 'scale web in prod to 8', { channel: 'C0CAN2' });
  const card = await fakeSlack.waitFor(
    'chat.postMessage',
    (c) => c.args.channel === 'C0CAN2' && approvalIdOf(c.args.blocks) !== undefined,
    20_000,
  );
  const approvalId = approvalIdOf(card.args.blocks) as string;
  await signer.click('U0BOB', 'approve', approvalId, { channel: 'C0CAN2', ts: String(card.response.ts) });
  await fakeSlack.waitFor(
    'chat.update',
    (c) => c.args.ts === card.response.ts && /xecuted/.test(JSON.stringify(c.args.blocks)),
    20_000,
  );
  // 3. A request the cluster refuses (403 for an unknown token would be a setup error; a forbidden call is the test).
  sandbox.faults.failNext({ method: 'PATCH', status: 403, message: 'injected forbidden' });
  await signer.mention('U0ALICE', 'scale web in staging to 4', { channel: 'C0CAN3' });
  await fakeSlack.waitFor('chat.postMessage', (c) => c.args.channel === 'C0CAN3', 20_000);

  // Each fault the flow names fired: the model's 401 (and a request after it), the cluster's 500 and 403.
  expect(model401s).toBe(1);
  expect(model.requests.length).toBeGreaterThan(1);
  const failed = (method: string, status: number) =>
    sandbox.requests.filter((r) => r.method === method && r.status === status).map((r) => r.path);
  expect(failed('GET', 500)).toEqual([expect.stringContaining('/deployments/web')]);
  expect(failed('PATCH', 403)).toHaveLength(1);

  // The secrets were used: Slack saw its token, the model its key, the cluster its bearer token.
  expect(sandbox.requests.some((r) => r.token === CANARIES.kube)).toBe(true);
  expect(model.requests.some((r) => String(r.headers.authorization).includes(CANARIES.openai))).toBe(true);

  const redisDump = await dumpRedis();
  const logs = output.join('');
  // What coxswain sent to Slack, minus the credential itself (Bolt's auth.test carries its own token to Slack).
  const sent = fakeSlack.calls.map(({ method, args: { token: _, ...args } }) => ({ method, args }));
  const slack = JSON.stringify([sent, fakeSlack.responses, [...fakeSlack.uploads.values()].map(String)]);
  const prompts = JSON.stringify(model.requests.map((r) => r.body));
  const audit = (await redis.xrange(`${prefix}:audit`, '-', '+')).flat(3).join('\n');
  expect(audit).toContain('executed');
  expect(redisDump.keys).toBeGreaterThan(5);
  expect(logs.split('\n').filter((l) => l.includes('"level":20')).length).toBeGreaterThan(0);
  expect({
    redis: leaks(redisDump.text),
    logs: leaks(logs),
    slack: leaks(slack),
    audit: leaks(audit),
    prompts: leaks(prompts),
  }).toEqual({
    redis: [],
    logs: [],
    slack: [],
    audit: [],
    prompts: [],
  });
  // The key and log line counts move with timing (BullMQ's short-lived keys), so the figure names what was read.
  figure(
    'secrets',
    `3 canaries (Slack bot token, OpenAI key, kube bearer token) used by a full flow where the model answered 401 and the cluster 500 and 403: 0 found in every Redis key of the prefix (types ${[...redisDump.types].sort().join(', ')}), the debug log, ${fakeSlack.calls.length} Slack calls, the audit stream, ${model.requests.length} model requests`,
  );
}, 90_000);
