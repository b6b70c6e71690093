import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { freePort } from '../helpers/redis.ts';
import { SlackSigner } from '../helpers/slack-sign.ts';
import { approvalIdOf, SIGNING_SECRET, slackEnv, TEAM_ID } from './slack-fixture.ts';

interface Replica {
  child: ChildProcess;
  port: number;
  signer: SlackSigner;
  output: string[];
}

let sandbox: Sandbox;
let fake: FakeSlack;
let dir: string;
const replicas: Replica[] = [];

/** `coxswain serve` as a child process, ready once its health endpoint answers. */
async function serve(env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/coxswain.mjs', 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER_CONCURRENCY: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const deadline = Date.now() + 25_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`coxswain serve exited with ${child.exitCode}: ${output.join('').slice(-2000)}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`coxswain serve did not answer /healthz: ${output.join('').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, port, output, signer: new SlackSigner(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET, TEAM_ID) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coxswain-replicas-'));
  const kubeconfig = join(dir, 'kubeconfig');
  sandbox = await startSandbox({ kubeconfigPath: kubeconfig });
  fake = await startFakeSlack({ teamId: TEAM_ID });
  const prefix = `t-replicas-${randomUUID().slice(0, 8)}`;
  const env = slackEnv({ redisUrl: inject('redisUrl'), prefix, kubeconfig, sandboxUrl: sandbox.url, slackApiUrl: fake.apiUrl });
  replicas.push(...(await Promise.all([serve(env), serve(env)])));
}, 60_000);

afterAll(async () => {
  await Promise.all(
    replicas.map(
      (r) =>
        new Promise<void>((resolve) => {
          if (r.child.exitCode !== null) return resolve();
          r.child.once('exit', () => resolve());
          r.child.kill('SIGTERM');
        }),
    ),
  );
  await fake?.close();
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two coxswain serve processes sharing one Redis', () => {
  it('a card posted by one replica is decided by a click that lands on the other, and the card is updated', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const { res } = await a.signer.mention('U0ALICE', 'scale web in prod to 9', { channel: 'C0REPL' });
    expect(res.status).toBe(200);
    const card = await fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === 'C0REPL' && approvalIdOf(c.args.blocks) !== undefined,
    );
    const approvalId = approvalIdOf(card.args.blocks) as string;
    const ts = String(card.response.ts);

    expect((await b.signer.click('U0CAROL', 'approve', approvalId, { channel: 'C0REPL', ts })).status).toBe(200);
    const updated = await fake.waitFor(
      'chat.update',
      (c) => c.args.ts === ts && JSON.stringify(c.args.blocks).includes('Executed after approval by carol'),
      30_000,
    );
    expect(updated.args.channel).toBe('C0REPL');
    expect(
      (sandbox.get('apps/v1', 'deployments', 'production', 'web')?.spec as { replicas?: number } | undefined)?.replicas,
    ).toBe(9);
    // Each version of the card is rendered once, whichever replica heard the event first.
    const updates = fake
      .callsOf('chat.update')
      .filter((c) => c.args.ts === ts)
      .map((c) => JSON.stringify(c.args.blocks));
    expect(new Set(updates).size).toBe(updates.length);
  });
});
