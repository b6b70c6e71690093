import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../src/adapters/slack/app.ts';
import { buildRuntime, type Runtime, startWorkers } from '../../src/app/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ExecutionWorker } from '../../src/execution/worker.ts';
import { findPerson } from '../../src/policy/people.ts';
import type { Policy } from '../../src/policy/schema.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { freePort } from '../helpers/redis.ts';
import { SlackSigner } from '../helpers/slack-sign.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const TEAM_ID = 'T0TEST';

/** The environment a coxswain process needs to run on the sandbox, the stand-in Slack and a private Redis prefix. */
export function slackEnv(opts: {
  redisUrl: string;
  prefix: string;
  kubeconfig: string;
  sandboxUrl: string;
  slackApiUrl: string;
  queue?: string;
}): Record<string, string> {
  return {
    REDIS_URL: opts.redisUrl,
    REDIS_PREFIX: opts.prefix,
    KUBECONFIG: opts.kubeconfig,
    OPENCOST_URL: opts.sandboxUrl,
    COXSWAIN_POLICY: 'deploy/policy/sandbox.yaml',
    COXSWAIN_NAMESPACE_ALIASES: 'prod=production,stg=staging,stage=staging',
    PLANNER: 'offline',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: opts.slackApiUrl,
    SLACK_TEAM_ID: TEAM_ID,
  };
}

export interface SlackStack {
  sandbox: Sandbox;
  fake: FakeSlack;
  runtime: Runtime;
  adapter: SlackAdapter;
  signer: SlackSigner;
  kubeconfig: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The Slack adapter (HTTP, or Socket Mode against the stand-in's WebSocket) in this process on the real runtime (sandbox over HTTP, Redis, BullMQ workers, offline
 * planner, sandbox policy), mounted on a plain node:http server the way `coxswain serve` mounts it.
 */
export async function startSlackStack(
  redisUrl: string,
  opts: {
    socketMode?: boolean;
    policy?: Policy;
    /** Variables over slackEnv's (an empty value unsets one, e.g. SLACK_TEAM_ID: ''). */
    env?: Record<string, string>;
    /** users.info answers: Slack user id → email (default: U0NEWBOB has bob's email). */
    emails?: Record<string, string>;
    /** Slack user groups the stand-in serves: id → handle and member ids. */
    userGroups?: Record<string, { handle: string; users: string[] }>;
  } = {},
): Promise<SlackStack> {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-slack-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const sandbox = await startSandbox({ kubeconfigPath: kubeconfig });
  const fake = await startFakeSlack({
    teamId: TEAM_ID,
    emails: opts.emails ?? { U0NEWBOB: 'bob@example.com' },
    userGroups: opts.userGroups,
  });
  const prefix = `t-slack-${randomUUID().slice(0, 8)}`;
  const env = slackEnv({ redisUrl, prefix, kubeconfig, sandboxUrl: sandbox.url, slackApiUrl: fake.apiUrl });
  if (opts.socketMode) env.SLACK_APP_TOKEN = 'xapp-test';
  Object.assign(env, opts.env);
  const config = loadConfig(env);
  const runtime = await buildRuntime(config, { queueName: `q-${prefix}`, policy: opts.policy });
  const workers: ExecutionWorker = startWorkers(runtime, { chaos: false });
  const adapter = createSlackAdapter({
    core: runtime.core,
    redis: runtime.redis,
    config,
    knowsSlackUser: (id) => findPerson(runtime.policy(), { slackUserId: id }) !== undefined,
  });
  await adapter.start();
  // HTTP mode: mounted on a plain server; Socket Mode: no listener, the server stays empty.
  const server: Server = createServer(adapter.requestListener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`;
  return {
    sandbox,
    fake,
    runtime,
    adapter,
    kubeconfig,
    env,
    signer: new SlackSigner(url, SIGNING_SECRET, TEAM_ID),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await adapter.stop();
      await workers.close();
      await runtime.close();
      await fake.close();
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The approval id on a posted card (the value of its Approve button). */
export function approvalIdOf(blocks: unknown): string | undefined {
  const actions = (blocks as { type: string; elements?: { action_id: string; value: string }[] }[] | undefined)?.find(
    (b) => b.type === 'actions',
  );
  return actions?.elements?.find((e) => e.action_id === 'approve')?.value;
}

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  signer: SlackSigner;
  output: string[];
  /** SIGTERM, then wait for the exit (graceful shutdown). */
  stop(): Promise<void>;
}

/** `coxswain serve` as a child process on a free port, returned once its /healthz answers. */
export async function spawnServe(env: Record<string, string>): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/coxswain.mjs', 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER_CONCURRENCY: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`coxswain serve exited with ${child.exitCode}: ${output.join('').slice(-2000)}`);
    if (
      await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`coxswain serve did not answer /healthz: ${output.join('').slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const signer = new SlackSigner(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, SIGNING_SECRET, TEAM_ID);
  return { child, port, output, signer, stop };
}
