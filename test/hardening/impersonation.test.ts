import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, inject, it } from 'vitest';
import { buildRuntime, type Runtime, startWorkers } from '../../src/app/runtime.ts';
import { loadConfig } from '../../src/config/config.ts';
import type { ExecutionWorker } from '../../src/execution/worker.ts';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.ts';
import { effectiveWrites, replicasOf } from '../helpers/runtime.ts';
import { figure } from './figures.ts';

/**
 * With COXSWAIN_IMPERSONATE=true every call a request makes to the cluster for a person carries that person's
 * identity (Impersonate-User: their email, Impersonate-Group: their policy groups), so the cluster's own RBAC
 * has the last word; a person the cluster forbids gets a clear 403 sentence and nothing changes.
 */

const ALICE = { user: 'alice@example.com', groups: ['engineers'] };

let sandbox: Sandbox;
let runtime: Runtime;
let workers: ExecutionWorker;
let dir: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'coxswain-imp-'));
  sandbox.writeKubeconfig(join(dir, 'kubeconfig'));
  const config = loadConfig({
    REDIS_URL: inject('redisUrl'),
    REDIS_PREFIX: `t-imp-${randomUUID().slice(0, 8)}`,
    KUBECONFIG: join(dir, 'kubeconfig'),
    PLANNER: 'offline',
    COXSWAIN_IMPERSONATE: 'true',
    LOG_LEVEL: 'silent',
  });
  // The planner's inventory (names and counts for resolving words) is read as coxswain itself and cached; the
  // request's own calls are the ones that must carry the person.
  runtime = await buildRuntime(config, { inventoryTtlMs: 600_000, executionTimeoutMs: 20_000 });
  workers = startWorkers(runtime, { chaos: false });
  await runtime.planContext();
});
afterAll(async () => {
  await workers?.close();
  await runtime?.close();
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  sandbox.allowUser(ALICE.user);
  sandbox.clearRequests();
});

const ask = (text: string) => runtime.core.handle({ channel: 'terminal', actor: { personId: 'alice' }, text });

it('every call of an allowed write, a read and an approved write carries the requester', async () => {
  const write = await ask('scale worker in staging to 3');
  expect(write.outcome, write.reason).toBe('executed');
  const read = await ask('describe api in staging');
  expect(read.outcome, read.reason).toBe('answer');
  const pending = await ask('scale web in production to 7');
  expect(pending.outcome, pending.reason).toBe('pending');
  const done = await runtime.core.decide({
    approvalId: pending.approvalId as string,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(done.outcome, done.reason).toBe('executed');

  // Kubernetes API calls (/api, /apis); OpenCost's /allocation (the card's cost) is another service, read as coxswain.
  const calls = sandbox.requests.filter((c) => c.path.startsWith('/api'));
  expect(calls.length).toBeGreaterThan(5);
  // The approved write runs as the person who asked for it, not as the approver and not as the bot.
  for (const c of calls) expect({ path: c.path, user: c.user, groups: c.groups }).toEqual({ path: c.path, ...ALICE });
  expect(replicasOf(sandbox, 'production', 'web')).toBe(7);
  figure(
    'impersonation',
    `${calls.length}/${calls.length} cluster calls of 3 requests (allowed write, read, approved write) carried Impersonate-User ${ALICE.user} and its groups`,
  );
});

it('a person the cluster forbids gets a clear 403 and nothing changes', async () => {
  sandbox.forbidUser(ALICE.user, { verbs: ['patch', 'update', 'create', 'delete'] });
  const before = replicasOf(sandbox, 'staging', 'web');
  const r = await ask('scale web in staging to 5');
  expect(r.outcome).toBe('failed');
  expect(r.reason).toMatch(/forbid|403|not allowed|permission/i);
  expect(r.reason).toContain(ALICE.user);
  expect(r.approvalId).toBeUndefined();
  expect(effectiveWrites(sandbox)).toEqual([]);
  expect(sandbox.requests.some((c) => c.status === 403 && c.user === ALICE.user)).toBe(true);
  expect(replicasOf(sandbox, 'staging', 'web')).toBe(before);
  figure('impersonation (forbidden)', `403 for ${ALICE.user}: outcome failed with "${r.reason?.slice(0, 90)}…", 0 writes`);
});
