/**
 * `npm run bench:memory`: the resident memory (VmRSS) of an idle `coxswain serve` at sandbox scale 1, as it is
 * started by default: no Slack, no model, no tracing; the sandbox (`coxswain sandbox`) and a private redis-server
 * in their own processes. Started three times with an empty compile cache (the first start fills it, as after
 * an install; the next two are every later start), and once more by an older Node when one is found
 * (BENCH_OLD_NODE, else /usr/bin/node), which adds the Node 24 re-exec wrapper of bin/coxswain.mjs, and once
 * with Slack configured (HTTP mode against the stand-in Slack Web API: Bolt loads). Goal: serve < 150 MB. Prints a
 * `[figure]` line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { slackEnv } from '../test/adapters/slack-fixture.ts';
import { figure } from '../test/hardening/figures.ts';
import { startFakeSlack } from '../test/helpers/fake-slack.ts';
import { startRedis } from '../test/helpers/redis.ts';
import { spawnSandbox } from './sandbox-process.ts';
import { serveIdleMemory } from './serve-memory.ts';

const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 10_000);
const GOAL_MB = 150;

/** An installed Node older than 24, to measure the wrapper; undefined when there is none. */
function olderNode(): { path: string; version: string } | undefined {
  const path = process.env.BENCH_OLD_NODE ?? '/usr/bin/node';
  if (!existsSync(path)) return undefined;
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return Number(version.slice(1).split('.')[0]) < 24 ? { path, version } : undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'coxswain-bench-memory-'));
const kubeconfig = join(dir, 'kubeconfig');
const redis = await startRedis();
const sandbox = await spawnSandbox(kubeconfig);
const slack = await startFakeSlack();
try {
  const env = {
    REDIS_URL: redis.url,
    REDIS_PREFIX: `bench-memory-${process.pid}`,
    KUBECONFIG: kubeconfig,
    OPENCOST_URL: sandbox.url,
    COXSWAIN_POLICY: 'deploy/policy/sandbox.yaml',
    // Its own temp folder: the compile cache (os.tmpdir()/node-compile-cache) starts empty.
    TMPDIR: dir,
  };
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push((await serveIdleMemory(env, { settleMs: SETTLE_MS })).serveMb);
  const [cold, ...warm] = runs;
  const warmMb = Math.max(...warm);
  const old = olderNode();
  const wrapped = old ? await serveIdleMemory(env, { node: old.path, settleMs: SETTLE_MS }) : undefined;
  const slackOpts = { redisUrl: redis.url, prefix: env.REDIS_PREFIX, kubeconfig, sandboxUrl: sandbox.url };
  const withSlack = await serveIdleMemory(
    { ...env, ...slackEnv({ ...slackOpts, slackApiUrl: slack.apiUrl }), PLANNER: 'auto' },
    { settleMs: SETTLE_MS },
  );

  console.log(`| start | coxswain serve RSS |\n| --- | --- |`);
  console.log(`| first (empty compile cache) | ${cold} MB |`);
  for (const [i, mb] of warm.entries()) console.log(`| again (${i + 2}) | ${mb} MB |`);
  if (old && wrapped) {
    console.log(`| by Node ${old.version} | ${wrapped.serveMb} MB + wrapper ${wrapped.wrapperMb} MB |`);
  }
  console.log(`| with Slack (HTTP mode) | ${withSlack.serveMb} MB |`);
  const goal = warmMb < GOAL_MB ? 'met' : 'not met';
  console.log(`\nidle serve RSS goal (< ${GOAL_MB} MB once the compile cache is filled): ${goal}`);
  figure(
    'serve idle RSS',
    `coxswain serve at scale 1, idle ${SETTLE_MS / 1000} s, no Slack or model: ${warmMb} MB (goal < ${GOAL_MB} MB: ${goal}), ${cold} MB on the first start (empty compile cache)${
      wrapped && old
        ? `; started by Node ${old.version}: ${wrapped.serveMb} MB + ${wrapped.wrapperMb} MB for the re-exec wrapper`
        : ''
    }; with Slack configured (Bolt loaded): ${withSlack.serveMb} MB (${cpus().length} CPUs, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)})`,
  );
} finally {
  sandbox.child.kill('SIGTERM');
  await slack.close();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
