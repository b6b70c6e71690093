import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { approvalIdOf, type ServeProcess, slackEnv, spawnServe, TEAM_ID } from './slack-fixture.ts';

let sandbox: Sandbox;
let fake: FakeSlack;
let dir: string;
const replicas: ServeProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coxswain-replicas-'));
  const kubeconfig = join(dir, 'kubeconfig');
  sandbox = await startSandbox({ kubeconfigPath: kubeconfig });
  fake = await startFakeSlack({ teamId: TEAM_ID });
  const prefix = `t-replicas-${randomUUID().slice(0, 8)}`;
  const env = slackEnv({ redisUrl: inject('redisUrl'), prefix, kubeconfig, sandboxUrl: sandbox.url, slackApiUrl: fake.apiUrl });
  replicas.push(...(await Promise.all([spawnServe(env), spawnServe(env)])));
}, 120_000);

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
    const [a, b] = replicas as [ServeProcess, ServeProcess];
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
