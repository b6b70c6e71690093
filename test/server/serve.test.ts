import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'coxswain.mjs');

let redis: PrivateRedis;
let t: TestRuntime;
let serve: ChildProcess | undefined;
let url = '';
let output = '';

/** `coxswain serve` on a free port, with its own Redis (this test stops it), the sandbox and no Slack or MCP. */
beforeAll(async () => {
  redis = await startRedis();
  t = await startTestRuntime({ workers: false, redisUrl: redis.url });
  // The test's own runtime stays off this Redis while it is down: only the serve process is looked at.
  await t.runtime.close();
  serve = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, ...t.env, PORT: '0', HOST: '127.0.0.1', SLACK_BOT_TOKEN: '', COXSWAIN_MCP_TOKENS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serve.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  url = await new Promise<string>((resolve, reject) => {
    serve?.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /serving on (http:\/\/\S+)/.exec(output);
      if (m) resolve(m[1]);
    });
    serve?.on('exit', (code) => reject(new Error(`coxswain serve exited (${code}): ${output}`)));
  });
});
afterAll(async () => {
  serve?.kill('SIGKILL');
  await t?.sandbox.stop();
  await redis?.stop();
});

async function get(path: string): Promise<{ status: number; body: { ok?: boolean; checks?: Record<string, string> } }> {
  const res = await fetch(`${url}${path}`);
  return { status: res.status, body: await res.json() };
}

it('/healthz answers 200 while the process runs', async () => {
  expect(await get('/healthz')).toEqual({ status: 200, body: { ok: true } });
});

it('/readyz is 200 when Redis and the cluster answer, 503 with the reason when Redis is down, 200 again when it is back', async () => {
  expect(await get('/readyz'), output).toEqual({ status: 200, body: { ok: true, checks: { redis: 'ok', cluster: 'ok' } } });

  await redis.kill();
  const down = await get('/readyz');
  expect(down.status).toBe(503);
  expect(down.body.ok).toBe(false);
  expect(down.body.checks?.cluster).toBe('ok');
  expect(down.body.checks?.redis).toMatch(/^redis did not answer within 3 s; check that it is up/);
  // Alive all the same: a Redis outage is for the load balancer to route around, not a reason to restart.
  expect((await get('/healthz')).status).toBe(200);
  expect(serve?.exitCode, output).toBeNull();

  await redis.restart();
  await expect.poll(async () => (await get('/readyz')).status, { timeout: 15_000, interval: 200 }).toBe(200);
});
