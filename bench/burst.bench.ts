/**
 * `npm run bench:burst`: one burst of mixed requests through every HTTP adapter at once (the playground API, MCP
 * over streamable HTTP, signed Slack events) beside a bare GET /healthz of the same server, 100 in flight in all.
 * Per adapter: throughput and p50/p99 latency of its answers, and how many were told "busy, try again" (HTTP 429
 * or a refused Result with retryAfterSeconds; the bench waits and asks again, as a client should).
 * Half the requests are reads, half staging writes (set_image, each with its own tag). The server runs in its own
 * process (bench/burst-server.ts), the sandbox in another (an API server is another machine), on a private Redis.
 * Prints one machine-readable line per adapter, with the machine and the date, and a figure line each.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, hostname, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Result } from '../src/core/result.ts';
import { SIGNING_SECRET, slackEnv, TEAM_ID } from '../test/adapters/slack-fixture.ts';
import { figure } from '../test/hardening/figures.ts';
import { startFakeSlack } from '../test/helpers/fake-slack.ts';
import { freePort, startRedis } from '../test/helpers/redis.ts';
import { SlackSigner } from '../test/helpers/slack-sign.ts';
import { spawnSandbox } from './sandbox-process.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 100);
const ADAPTERS = ['healthz', 'web', 'mcp', 'slack'] as const;
type Adapter = (typeof ADAPTERS)[number];
const TOKEN = 'bench-burst-alice-token';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const dir = mkdtempSync(join(tmpdir(), 'coxswain-bench-burst-'));
const kubeconfig = join(dir, 'kubeconfig');
const redis = await startRedis();
const sandbox = await spawnSandbox(kubeconfig);
const fake = await startFakeSlack({ teamId: TEAM_ID });
const port = await freePort();
const env = {
  ...slackEnv({
    redisUrl: redis.url,
    prefix: `bench-burst-${randomUUID().slice(0, 8)}`,
    kubeconfig,
    sandboxUrl: sandbox.url,
    slackApiUrl: fake.apiUrl,
  }),
  COXSWAIN_MCP_TOKENS: `alice=${TOKEN}`,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
};
const server = spawn(process.execPath, ['--no-warnings=ExperimentalWarning', join(import.meta.dirname, 'burst-server.ts')], {
  env: { ...process.env, ...env },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout?.on('data', (d) => {
    out += String(d);
    const m = /burst server on (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.once('exit', (code) => reject(new Error(`the burst server exited with ${code}: ${out}`)));
});
const signer = new SlackSigner(`${url}/slack/events`, SIGNING_SECRET, TEAM_ID);
const mcp = new Client({ name: 'coxswain-bench', version: '0' });
await mcp.connect(
  new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }),
);

const NAMES = ['web', 'api', 'worker'];
/** One request of an adapter; resolves with whether it was told "busy" (then the caller waits and asks again). */
async function send(adapter: Adapter, i: number): Promise<{ busy: boolean; error?: string }> {
  const name = NAMES[i % NAMES.length];
  const write = i % 2 === 1;
  const image = `ghcr.io/acme/${name}:burst-${i}`;
  const text = write ? `set the image of ${name} in staging to ${image}` : `describe ${name} in staging`;
  switch (adapter) {
    case 'healthz': {
      const res = await fetch(`${url}/healthz`);
      await res.text();
      return { busy: false, error: res.ok ? undefined : `healthz ${res.status}` };
    }
    case 'web': {
      const res = await fetch(`${url}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ person: 'alice', text }),
      });
      await res.text();
      return { busy: res.status === 429, error: res.status >= 500 ? `web ${res.status}` : undefined };
    }
    case 'mcp': {
      const r = (await mcp.callTool(
        write
          ? { name: 'set_image', arguments: { namespace: 'staging', name, image } }
          : { name: 'describe_workload', arguments: { namespace: 'staging', name } },
      )) as CallToolResult;
      return { busy: (r.structuredContent as Result | undefined)?.retryAfterSeconds !== undefined };
    }
    case 'slack': {
      const { res } = await signer.mention('U0ALICE', text, { channel: `CBURST${i}` });
      await res.text();
      return { busy: false, error: res.status === 200 ? undefined : `slack ${res.status}` };
    }
  }
}

// Warm up (JIT, inventory cache, token checks), a few of each.
for (let i = 0; i < 8; i++) for (const a of ADAPTERS) await send(a, i * 2);

const latencies = new Map<Adapter, number[]>(ADAPTERS.map((a) => [a, []]));
const busy = new Map<Adapter, number>(ADAPTERS.map((a) => [a, 0]));
const errors: string[] = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    while (next < REQUESTS) {
      const i = next++;
      const adapter = ADAPTERS[i % ADAPTERS.length];
      const t0 = performance.now();
      for (;;) {
        const r = await send(adapter, i);
        if (r.error) errors.push(r.error);
        if (!r.busy) break;
        busy.set(adapter, (busy.get(adapter) ?? 0) + 1);
        await sleep(1000);
      }
      latencies.get(adapter)?.push(performance.now() - t0);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const date = new Date().toISOString();
const machine = `${hostname()}, ${cpus().length}× ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')}`;
console.log(`coxswain burst — ${REQUESTS} requests, ${IN_FLIGHT} in flight, ${seconds.toFixed(1)} s — ${machine} — ${date}`);
for (const adapter of ADAPTERS) {
  const ms = latencies.get(adapter) ?? [];
  const line = {
    bench: 'burst',
    adapter,
    requests: ms.length,
    inFlight: IN_FLIGHT,
    perSecond: Number((ms.length / seconds).toFixed(1)),
    p50Ms: Number(quantile(ms, 0.5).toFixed(1)),
    p99Ms: Number(quantile(ms, 0.99).toFixed(1)),
    busy: busy.get(adapter) ?? 0,
    machine,
    date,
  };
  console.log(`[bench] ${JSON.stringify(line)}`);
  figure(
    `burst ${adapter}`,
    `${line.requests} of ${REQUESTS} mixed requests (${IN_FLIGHT} in flight over all adapters): ${line.perSecond} req/s, p50 ${line.p50Ms} ms, p99 ${line.p99Ms} ms, ${line.busy} told busy; ${cpus().length} CPUs, ${date.slice(0, 10)}`,
  );
}
if (errors.length) console.log(`errors: ${errors.length} (${[...new Set(errors)].join(', ')})`);

await mcp.close();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
sandbox.child.kill('SIGTERM');
await fake.close();
await redis.stop();
rmSync(dir, { recursive: true, force: true });
