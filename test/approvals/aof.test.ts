import { afterAll, beforeAll, expect, it } from 'vitest';
import { type PrivateRedis, startRedis } from '../helpers/redis.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

let redis: PrivateRedis;
let t: TestRuntime;
beforeAll(async () => {
  redis = await startRedis({ appendonly: true, appendfsync: 'always' });
  t = await startTestRuntime({ redisUrl: redis.url });
});
afterAll(async () => {
  await t?.close();
  await redis?.stop();
});

it('keeps a pending approval across a Redis crash and restart (AOF), and it still runs once approved', async () => {
  const p = await t.runtime.core.handle({
    channel: 'terminal',
    actor: { personId: 'alice' },
    text: 'scale web in production to 8',
  });
  expect(p.outcome).toBe('pending');
  await redis.kill();
  await redis.restart();
  expect((await t.runtime.core.getApproval(p.approvalId!))?.status).toBe('pending');
  const r = await t.runtime.core.decide({
    approvalId: p.approvalId!,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(r.outcome, r.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'production', 'web')).toBe(8);
  expect(await t.runtime.audit.verify()).toMatchObject({ ok: true });
});
