import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mountMcp } from '../../src/adapters/mcp/mount.ts';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../src/adapters/slack/app.ts';
import { mountPlayground, type Playground } from '../../src/adapters/web/index.ts';
import { buildRuntime, type Runtime, startWorkers } from '../../src/app/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ExecutionWorker } from '../../src/execution/worker.ts';
import { ClusterRegistry } from '../../src/kube/clusters.ts';
import { findPerson } from '../../src/policy/people.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { type HttpServer, startHttpServer } from '../../src/server/http.ts';
import { slackEnv, TEAM_ID } from '../adapters/slack-fixture.ts';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.ts';
import { SlackSigner } from '../helpers/slack-sign.ts';
import { type SlowApi, startSlowApi } from '../helpers/slow-api.ts';

export const MCP_TOKENS: Record<string, string> = { alice: 'load-tok-alice-0001', dave: 'load-tok-dave-0004' };

/**
 * Everything `coxswain serve` and `coxswain start` put behind one HTTP server, in this process, on one runtime:
 * the playground API, /mcp (bearer tokens) and Slack over HTTP (signed requests, a stand-in Web API), with the
 * execution workers, on the sandbox (optionally behind a slow API proxy) and the given Redis.
 */
export interface LoadStack {
  url: string;
  sandbox: Sandbox;
  slow?: SlowApi;
  fake: FakeSlack;
  runtime: Runtime;
  signer: SlackSigner;
  mcp(person: string): Promise<Client>;
  close(): Promise<void>;
}

export async function startLoadStack(opts: {
  redisUrl: string;
  slowApi?: boolean;
  /** Kubernetes client timeout (default 15 s, the product's). */
  kubeTimeoutMs?: number;
  lockDurationMs?: number;
  /** MAX_IN_FLIGHT (default 64). */
  maxInFlight?: number;
  /** How long a request waits for its action before answering `running` (default 45 s). */
  executionTimeoutMs?: number;
}): Promise<LoadStack> {
  const dir = mkdtempSync(join(tmpdir(), 'coxswain-load-'));
  const direct = join(dir, 'direct');
  const sandbox = await startSandbox({ kubeconfigPath: direct });
  const slow = opts.slowApi ? await startSlowApi(sandbox.url) : undefined;
  const kubeconfig = slow ? join(dir, 'slow') : direct;
  slow?.kubeconfigFrom(direct, kubeconfig);
  const fake = await startFakeSlack({ teamId: TEAM_ID });
  const prefix = `t-load-${randomUUID().slice(0, 8)}`;
  const env = {
    ...slackEnv({ redisUrl: opts.redisUrl, prefix, kubeconfig, sandboxUrl: sandbox.url, slackApiUrl: fake.apiUrl }),
    COXSWAIN_MCP_TOKENS: Object.entries(MCP_TOKENS)
      .map(([p, t]) => `${p}=${t}`)
      .join(','),
    LOG_LEVEL: 'silent',
    ...(opts.maxInFlight ? { MAX_IN_FLIGHT: String(opts.maxInFlight) } : {}),
  };
  const config = loadConfig(env);
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const registry = ClusterRegistry.fromKubeConfig(kc, {
    opencostUrl: sandbox.url,
    defaultRequests: config.COXSWAIN_DEFAULT_REQUESTS,
    timeoutMs: opts.kubeTimeoutMs,
    retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 200 },
  });
  const runtime = await buildRuntime(config, {
    queueName: `q-${prefix}`,
    registry,
    executionTimeoutMs: opts.executionTimeoutMs ?? 45_000,
  });
  const workers: ExecutionWorker = startWorkers(runtime, {
    chaos: false,
    concurrency: 8,
    lockDurationMs: opts.lockDurationMs,
    stalledIntervalMs: opts.lockDurationMs,
  });
  const http: HttpServer = await startHttpServer({ port: 0, host: '127.0.0.1', readiness: {} });
  const playground: Playground = mountPlayground(http, runtime);
  mountMcp(http, runtime);
  const slack: SlackAdapter = createSlackAdapter({
    core: runtime.core,
    redis: runtime.redis,
    config,
    knowsSlackUser: (id) => findPerson(runtime.policy(), { slackUserId: id }) !== undefined,
  });
  await slack.start();
  if (slack.requestListener) http.mount('/slack', slack.requestListener);
  const clients: Client[] = [];
  return {
    url: http.url,
    sandbox,
    slow,
    fake,
    runtime,
    signer: new SlackSigner(`${http.url}${SLACK_EVENTS_PATH}`, config.SLACK_SIGNING_SECRET ?? '', TEAM_ID),
    mcp: async (person) => {
      const client = new Client({ name: 'coxswain-load', version: '0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${http.url}/mcp`), {
          requestInit: { headers: { authorization: `Bearer ${MCP_TOKENS[person]}` } },
        }),
      );
      clients.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
      playground.close();
      await http.close();
      await slack.stop();
      await workers.close();
      await runtime.close();
      await slow?.close();
      await fake.close();
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
