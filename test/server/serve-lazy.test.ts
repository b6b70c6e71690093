import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { httpClient, TOKENS } from '../adapters/mcp-fixture.ts';
import { type ServeProcess, spawnServe } from '../adapters/slack-fixture.ts';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'coxswain-serve-lazy-'));
const seen = join(dir, 'resolved.txt');

let redis: PrivateRedis;
let t: TestRuntime;
let serve: ServeProcess | undefined;

/**
 * `coxswain serve` with MCP tokens and no Slack, started with a module hook that writes down every module it
 * resolves: what it loads at start-up and on first use is read from there.
 */
beforeAll(async () => {
  const hook = join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
     import { appendFileSync } from 'node:fs';
     registerHooks({ resolve(spec, context, next) { const r = next(spec, context); appendFileSync(${JSON.stringify(seen)}, r.url + '\\n'); return r; } });`,
  );
  writeFileSync(seen, '');
  redis = await startRedis();
  t = await startTestRuntime({ workers: false, redisUrl: redis.url });
  await t.runtime.close();
  const mcpTokens = Object.entries(TOKENS)
    .map(([p, token]) => `${p}=${token}`)
    .join(',');
  serve = await spawnServe({
    ...t.env,
    NODE_OPTIONS: `--import=${pathToFileURL(hook).href}`,
    SLACK_BOT_TOKEN: '',
    COXSWAIN_MCP_TOKENS: mcpTokens,
  });
});
afterAll(async () => {
  await serve?.stop();
  await t?.sandbox.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const loaded = (pkg: string) => readFileSync(seen, 'utf8').includes(`/node_modules/${pkg}/`);

it('starts without loading Bolt (no Slack token) or the MCP SDK (no call yet), and loads the SDK for the first /mcp call', async () => {
  await expect.poll(() => serve?.output.join('')).toContain(', /mcp');
  expect(loaded('@kubernetes/client-node')).toBe(true);
  expect(loaded('@slack/bolt')).toBe(false);
  expect(loaded('@modelcontextprotocol/sdk')).toBe(false);

  const client = await httpClient(`http://127.0.0.1:${serve?.port}`, TOKENS.alice);
  const tools = await client.listTools();
  expect(tools.tools.map((x) => x.name)).toContain('scale');
  await client.close();
  expect(loaded('@modelcontextprotocol/sdk')).toBe(true);
  expect(loaded('@slack/bolt')).toBe(false);
});
