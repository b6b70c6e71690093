import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEntry } from '../../src/audit/event.ts';
import { parsePolicy, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/schema.ts';
import { approvalIdOf, type SlackStack, startSlackStack } from '../adapters/slack-fixture.ts';
import { startWebFixture, type WebFixture } from '../adapters/web-fixture.ts';
import { type FakeOpenAI, httpError, startFakeOpenAI } from '../helpers/fake-openai.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { figure } from './figures.ts';

/**
 * Identity is verified, never asserted: the terminal's `--as` only where the policy allows it, a pinned Slack id
 * never matched by another user's email, payloads only from the bot's own workspace, no future timestamps,
 * provider errors redacted in logs, and a playground that answers only to its own host and keeps client ids
 * apart from approval ids. Each through the real path: the `coxswain` command, signed requests into Bolt, HTTP.
 */

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');
const SANDBOX_TEXT = readFileSync(SANDBOX_POLICY_PATH, 'utf8');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The sandbox policy with `edit` applied to its text; parsed, so a broken edit fails here. */
function policyText(edit: (text: string) => string): string {
  const text = edit(SANDBOX_TEXT);
  const { policy, errors } = parsePolicy(text);
  if (!policy) throw new Error(`test policy invalid: ${JSON.stringify(errors)}`);
  return text;
}

/** Adds a person after the last one of the sandbox policy (dave, the viewer). */
const addPerson = (yaml: string) => (text: string) => text.replace('    groups: [viewers]\n', `    groups: [viewers]\n${yaml}\n`);

describe('terminal: --as is honoured only where the policy says so', () => {
  const TOKEN = `alice-${randomUUID()}`;
  const osUser = userInfo().username;
  let t: TestRuntime;
  let dir: string;
  let strict: string;
  beforeAll(async () => {
    t = await startTestRuntime();
    dir = mkdtempSync(join(tmpdir(), 'coxswain-identity-'));
    strict = join(dir, 'strict.yaml');
    writeFileSync(
      strict,
      policyText((text) =>
        text
          .replace('terminal: { assertIdentity: true }', 'terminal: { assertIdentity: false }')
          .replace('  - id: alice\n', `  - id: alice\n    terminalTokenSha256: ${sha256(TOKEN)}\n`)
          .replace('  - id: carol\n', `  - id: carol\n    osUser: ${osUser}\n`),
      ),
    );
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const coxswain = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, [BIN, ...args], { env: { ...process.env, ...t.env, COXSWAIN_POLICY: strict, ...env } }).then(
      (ok) => ({ ...ok, code: 0 }),
      (err: { stdout: string; stderr: string; code: number }) => err,
    );
  const requested = async (requestId: string) =>
    (await t.runtime.audit.read()).find((e: AuditEntry) => e.type === 'requested' && e.requestId === requestId);

  it('refuses --as someone else, takes the person from COXSWAIN_TOKEN or the OS user, and never tells one person to act as another', async () => {
    const before = (await t.runtime.audit.read()).length;
    const [asBobWithToken, asAlice, asCarol, asBobAsCarol, badToken, mcpAsBob] = await Promise.all([
      coxswain(['ask', '--as', 'bob', '--json', 'scale worker in staging to 3'], { COXSWAIN_TOKEN: TOKEN }),
      coxswain(['ask', 'restart api in production'], { COXSWAIN_TOKEN: TOKEN }),
      coxswain(['ask', '--json', 'list pods in staging']),
      coxswain(['approve', 'apr_whatever', '--as', 'bob']),
      coxswain(['ask', 'list pods in staging'], { COXSWAIN_TOKEN: `not-${TOKEN}` }),
      coxswain(['mcp', '--as', 'bob']),
    ]);
    expect(asBobWithToken.code).toBe(2);
    expect(asBobWithToken.stderr).toMatch(/--as bob is not taken on trust here.*You are alice; leave out --as\./);
    expect(asBobAsCarol.code).toBe(2);
    expect(asBobAsCarol.stderr).toMatch(/--as bob is not taken on trust here.*You are carol; leave out --as\./);
    expect(badToken.code).toBe(2);
    expect(badToken.stderr).toMatch(/COXSWAIN_TOKEN is not a token this policy knows/);
    expect(mcpAsBob.code).toBe(2);
    expect(mcpAsBob.stderr).toMatch(/--as bob is not taken on trust here.*You are carol/);

    // alice by her token: her production restart waits for bob or carol, and the answer names them without --as.
    expect(asAlice.code, asAlice.stderr).toBe(0);
    expect(asAlice.stdout).toMatch(/^pending: /);
    expect(asAlice.stdout).toMatch(/approve: `coxswain approve apr_\w+`, run by bob or carol as themselves/);
    expect(asAlice.stdout).not.toMatch(/--as (bob|carol)/);
    // carol by her OS login.
    expect(asCarol.code, asCarol.stderr).toBe(0);
    const carol = JSON.parse(asCarol.stdout) as { requestId: string; outcome: string };
    expect(carol.outcome).toBe('answer');
    expect((await requested(carol.requestId))?.actor).toBe('carol');
    const entries = (await t.runtime.audit.read()).slice(before);
    const actors = [...new Set(entries.filter((e) => e.type === 'requested').map((e) => e.actor))].sort();
    // Nothing ran as bob: the refused commands never reached the Core.
    expect(actors).toEqual(['alice', 'carol']);
    const claims = [asBobWithToken, asBobAsCarol, mcpAsBob];
    figure(
      'terminal identity',
      `terminal under a policy without assertIdentity: ${claims.filter((r) => r.code === 2).length}/${claims.length} --as claims for someone else refused (ask with a token; approve and mcp with an OS user), 1 unknown token refused; the token and the OS user identified ${actors.join(' and ')}; 0 answers telling one person to run --as another`,
    );
  }, 360_000);

  it('the sandbox policy still takes --as (npm start, the tests, coxswain ask --as against the sandbox)', async () => {
    const r = await run(process.execPath, [BIN, 'ask', '--as', 'bob', '--json', 'list pods in staging'], {
      env: { ...process.env, ...t.env },
    });
    const reply = JSON.parse(r.stdout) as { requestId: string; outcome: string };
    expect(reply.outcome).toBe('answer');
    expect((await requested(reply.requestId))?.actor).toBe('bob');
  }, 60_000);
});

describe('Slack: pinned ids, the own workspace, future timestamps', () => {
  let s: SlackStack;
  let policy: Policy;
  beforeAll(async () => {
    // erin has no Slack id in the policy, so she is found by the email Slack gives for her.
    const text = policyText(addPerson('  - id: erin\n    email: erin@example.com\n    groups: [approvers]'));
    policy = parsePolicy(text).policy as Policy;
    s = await startSlackStack(inject('redisUrl'), {
      policy,
      env: { SLACK_TEAM_ID: '' },
      emails: { U0NEWBOB: 'bob@example.com', U0ERIN: 'erin@example.com' },
    });
  }, 60_000);
  afterAll(() => s?.close());

  const audit = async (pred: (e: AuditEntry) => boolean) => (await s.runtime.audit.read()).filter(pred);

  it("a Slack user whose profile email is a pinned person's is not that person; an unpinned person is still found by email", async () => {
    await s.signer.mention('U0ALICE', 'restart api in prod', { channel: 'C0PIN' });
    const card = await s.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0PIN' && approvalIdOf(c.args.blocks) !== undefined,
    );
    const approvalId = approvalIdOf(card.args.blocks) as string;
    const ref = { channel: 'C0PIN', ts: String(card.response.ts) };
    expect((await s.signer.click('U0NEWBOB', 'approve', approvalId, ref)).status).toBe(200);
    const refusal = await s.fake.waitFor('chat.postEphemeral', (c) => c.args.user === 'U0NEWBOB');
    expect(String(refusal.args.text)).toMatch(/does not know slack:U0NEWBOB/);
    expect((await s.runtime.core.getApproval(approvalId))?.status).toBe('pending');
    expect(await audit((e) => e.type === 'approved' && e.approvalId === approvalId)).toEqual([]);

    expect((await s.signer.click('U0ERIN', 'approve', approvalId, ref)).status).toBe(200);
    await expect.poll(async () => (await s.runtime.core.getApproval(approvalId))?.status, { timeout: 30_000 }).toBe('executed');
    expect((await audit((e) => e.type === 'approved' && e.approvalId === approvalId)).map((e) => e.actor)).toEqual(['erin']);
    figure(
      'slack pinned id',
      "a Slack user with bob's email but not bob's pinned id: 0 decisions as bob; erin (no pinned id) found by email and approved",
    );
  }, 60_000);

  it('without SLACK_TEAM_ID, payloads come from the workspace auth.test names, and no other', async () => {
    const foreign = await s.signer.mention('U0ALICE', 'scale worker in staging to 2', { channel: 'C0TEAM', teamId: 'T0EVIL' });
    expect(foreign.res.status).toBe(200);
    const own = await s.signer.mention('U0ALICE', 'list pods for api in staging', { channel: 'C0TEAM2' });
    await expect.poll(async () => (await audit((e) => e.requestId === own.eventId)).map((e) => e.type)).toContain('executed');
    expect(await audit((e) => e.requestId === foreign.eventId)).toEqual([]);
    figure(
      'slack own workspace',
      "SLACK_TEAM_ID unset: a mention from another workspace recorded 0 requests; one from the token's own workspace was answered",
    );
  });

  it('a request timestamped in the future (an hour, and 6 minutes) is refused like an old one', async () => {
    const now = Math.floor(Date.now() / 1000);
    const results: string[] = [];
    for (const timestamp of [now + 3600, now + 360, now - 3600]) {
      const { res, eventId } = await s.signer.mention('U0ALICE', 'scale worker in staging to 1', {
        channel: 'C0TIME',
        timestamp,
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toMatch(/only requests within 5 minutes of now are taken/);
      results.push(eventId);
    }
    // Within the window (4 minutes ahead): taken.
    const near = await s.signer.mention('U0ALICE', 'list pods for api in staging', { channel: 'C0TIME2', timestamp: now + 240 });
    expect(near.res.status).toBe(200);
    await expect.poll(async () => (await audit((e) => e.requestId === near.eventId)).length).toBeGreaterThan(0);
    expect(await audit((e) => results.includes(e.requestId))).toEqual([]);
    figure(
      'slack future timestamps',
      'timestamps 1 h and 6 min ahead and 1 h behind: 3/3 refused (401), 0 recorded; 4 min ahead taken',
    );
  });
});

describe('provider errors are redacted before logging', () => {
  let model: FakeOpenAI;
  let t: TestRuntime;
  const KEY = `sk-proj-${randomUUID().replace(/-/g, '')}`;
  beforeAll(async () => {
    t = await startTestRuntime();
    // A provider that quotes what it was sent, as some proxies and gateways do.
    model = await startFakeOpenAI(() =>
      httpError(401, `Incorrect API key provided: ${KEY}. Request had Authorization: Bearer ${KEY} from xoxb-1234-5678-abcdefgh`),
    );
  }, 60_000);
  afterAll(async () => {
    await model?.stop();
    await t?.close();
  });

  it('a 401 that echoes the key is logged at warn without it, and the person gets an answer', async () => {
    const r = await run(process.execPath, [BIN, 'ask', '--as', 'dave', '--json', 'list pods in staging'], {
      env: { ...process.env, ...t.env, PLANNER: 'llm', OPENAI_API_KEY: KEY, OPENAI_BASE_URL: model.url, LOG_LEVEL: 'warn' },
    });
    expect(JSON.parse(r.stdout).outcome).toBe('answer');
    expect(r.stderr).toMatch(/LLM planner: the model refused the credentials \(HTTP 401\)/);
    expect(r.stderr).toMatch(/Incorrect API key provided: sk-\[redacted\]/);
    expect(r.stderr).not.toContain(KEY.slice(3));
    expect(r.stderr).not.toContain('xoxb-1234');
    figure(
      'provider error redaction',
      'a model 401 quoting the API key, a bearer token and a Slack token: 0 of them in the warn log',
    );
  }, 60_000);
});

describe('playground: Host and request ids', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, 60_000);
  afterAll(() => web?.close());

  /** A request with any Host header (fetch does not let a caller set Host). */
  function raw(path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
    const url = new URL(web.url);
    return new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, method: body ? 'POST' : 'GET', headers }, (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it("a foreign Host (DNS rebinding: Host and Origin both the attacker's name) gets 421 with a sentence and runs nothing", async () => {
    const port = new URL(web.url).port;
    const before = (await web.t.runtime.audit.read()).length;
    const evil = { host: `rebind.evil.example:${port}`, origin: `http://rebind.evil.example:${port}` };
    const ask = await raw(
      '/api/ask',
      { ...evil, 'content-type': 'application/json' },
      JSON.stringify({ person: 'alice', text: 'scale worker in staging to 6' }),
    );
    expect(ask.status).toBe(421);
    expect(JSON.parse(ask.text).error).toMatch(/does not answer to the host "rebind\.evil\.example:\d+"/);
    expect((await raw('/api/audit', evil)).status).toBe(421);
    expect((await web.t.runtime.audit.read()).length).toBe(before);
    // Its own names still work.
    expect((await raw('/api/people', { host: `localhost:${port}` })).status).toBe(200);
    expect((await raw('/api/people', { host: `127.0.0.1:${port}` })).status).toBe(200);
    figure(
      'playground host',
      'playground with Host and Origin both rebind.evil.example: 421, 0 requests recorded; localhost and 127.0.0.1 answered',
    );
  });

  it("a client id equal to a pending approval's id does not collide with it: the approval runs its own action", async () => {
    const pending = await web.post('/api/ask', { person: 'alice', text: 'restart api in production' });
    const approvalId = pending.json.result.approvalId as string;
    expect(pending.json.result.outcome).toBe('pending');
    const squatter = await web.post('/api/ask', { person: 'alice', text: 'scale worker in staging to 2', id: approvalId });
    expect(squatter.json.result.outcome).toBe('executed');
    expect(squatter.json.result.requestId).toBe(`web-${approvalId}`);
    const decided = await web.post('/api/decide', { person: 'bob', approvalId, decision: 'approve' });
    expect(decided.json.result.outcome).toBe('executed');
    expect(decided.json.result.tool).toBe('restart');
    expect((await web.t.runtime.core.getApproval(approvalId))?.status).toBe('executed');
    const colon = await web.post('/api/ask', { person: 'alice', text: 'list pods in staging', id: 'a:b' });
    expect(colon.status).toBe(400);
    expect(colon.json.error).toMatch(/id: letters, digits/);
    figure(
      'playground ids',
      "playground client id = a pending approval's id: the approval executed its own restart; the client's request ran as web-<id>",
    );
  });

  it('a lone surrogate in the text is repaired, answered and audited (it was a 500 with no audit entry)', async () => {
    const r = await web.post('/api/ask', '{"person":"dave","text":"list pods in staging \\ud800"}');
    expect(r.status).toBe(200);
    expect(r.json.result.outcome).toBe('answer');
    const entry = (await web.t.runtime.audit.read()).find(
      (e) => e.requestId === r.json.result.requestId && e.type === 'requested',
    );
    expect(entry?.detail?.text).toBe('list pods in staging \ufffd');
  });
});
