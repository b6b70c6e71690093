import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { QuestionStore } from '../../src/confirmations/store.ts';

/** The open-question store on real Redis: expiry like an approval's, and one winner among concurrent answers. */
let redis: Redis;
let clock = Date.parse('2026-01-01T00:00:00Z');
beforeAll(() => {
  redis = new Redis(inject('redisUrl'));
});
afterAll(() => redis?.quit());

const store = () => new QuestionStore(redis, `t-questions-${Math.random().toString(36).slice(2)}`, () => clock);
const confirmation = (s: QuestionStore) =>
  s.create({
    kind: 'confirm',
    requestId: 'r1',
    requester: 'alice',
    channel: 'terminal',
    text: 'scale wroker in staging to 4',
    call: { tool: 'scale', args: { namespace: 'staging', name: 'worker', replicas: 4 } },
    reading: 'Scale staging/worker from 1 to 4 replicas.',
    ttlSeconds: 60,
  });

it('expires: a confirmation past its expiry is refused and recorded as expired', async () => {
  const s = store();
  const q = await confirmation(s);
  clock += 61_000;
  const t = await s.take(q.id, 'confirm', 'alice');
  expect(t).toMatchObject({ kind: 'refused', code: 'expired' });
  expect((await s.get(q.id))?.status).toBe('expired');
});

it('decides once: of ten concurrent confirmations by the requester, one is taken', async () => {
  const s = store();
  const q = await confirmation(s);
  const all = await Promise.all(Array.from({ length: 10 }, () => s.take(q.id, 'confirm', 'alice')));
  expect(all.filter((t) => t.kind === 'taken')).toHaveLength(1);
  expect((await s.get(q.id))?.status).toBe('confirmed');
  expect((await s.get(q.id))?.version).toBe(2);
});

it('a question is answered, never confirmed; a confirmation is confirmed, never answered', async () => {
  const s = store();
  const q = await confirmation(s);
  expect(await s.take(q.id, 'answer', 'alice')).toMatchObject({ kind: 'refused', code: 'wrong_kind' });
  const c = await s.create({
    kind: 'clarify',
    requestId: 'r2',
    requester: 'alice',
    channel: 'slack',
    text: 'scale web to 3',
    ttlSeconds: 60,
  });
  expect(await s.take(c.id, 'confirm', 'alice')).toMatchObject({ kind: 'refused', code: 'wrong_kind' });
  expect(await s.take(c.id, 'answer', 'bob')).toMatchObject({ kind: 'refused', code: 'not_requester' });
  expect(await s.take(c.id, 'answer', 'alice')).toMatchObject({ kind: 'taken' });
});
