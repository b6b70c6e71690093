import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/result.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Item 3 and 5 of issue 16 through the real Core (offline planner, sandbox over HTTP, Redis, workers): an unsure
 * write waits for its requester, and a question waits for its asker's reply.
 */
let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

const ask = (person: string, text: string, clarifyId?: string) =>
  t.runtime.core.handle({ channel: 'terminal', actor: { personId: person }, text, ...(clarifyId ? { clarifyId } : {}) });
const confirm = (person: string, confirmationId: string, decision: 'confirm' | 'drop' = 'confirm') =>
  t.runtime.core.confirm({ confirmationId, decision, channel: 'terminal', actor: { personId: person } });
const auditOf = async (requestId: string) => (await t.runtime.audit.read()).filter((e) => e.requestId === requestId);

async function confirmation(person: string, text: string): Promise<Result & { confirmationId: string }> {
  const r = await ask(person, text);
  expect(r.outcome, r.reason).toBe('confirm');
  expect(r.confirmationId).toMatch(/^cnf_/);
  return r as Result & { confirmationId: string };
}

describe('the requester confirms what the bot is unsure of', () => {
  it('answers an unsure write with its reading, the exact call and an id; nothing runs, nobody is asked', async () => {
    const r = await confirmation('alice', 'scale wroker in staging to 4');
    expect(r.reason).toMatch(/^I read this as: scale staging\/worker from 1 to 4 replicas\./);
    expect([r.tool, r.args]).toEqual(['scale', { namespace: 'staging', name: 'worker', replicas: 4 }]);
    expect(r.approvalId).toBeUndefined();
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
    expect(t.sandbox.requests.filter((q) => q.dryRun)).toHaveLength(0);
    expect((await auditOf(r.requestId)).map((e) => e.type)).toEqual(['requested', 'planned', 'confirm']);
  });

  it('runs the confirmed call through the normal path, audited, once; nobody else may confirm', async () => {
    const r = await confirmation('alice', 'scale wroker in staging to 4');
    const bob = await confirm('bob', r.confirmationId);
    expect(bob.outcome).toBe('refused');
    expect(bob.reason).toMatch(/Only alice, who asked/);
    const done = await confirm('alice', r.confirmationId);
    expect(done.outcome, done.reason).toBe('executed');
    expect(replicasOf(t.sandbox, 'staging', 'worker')).toBe(4);
    const twice = await confirm('alice', r.confirmationId);
    expect(twice.outcome).toBe('refused');
    expect(twice.reason).toMatch(/already confirmed/);
    expect(effectiveWrites(t.sandbox, 'deployments/scale')).toHaveLength(1);
    const entries = await auditOf(r.requestId);
    expect(entries.map((e) => e.type)).toEqual(['requested', 'planned', 'confirm', 'denied', 'confirmed', 'executed']);
    expect([entries[3]?.actor, entries[3]?.detail?.code, entries[3]?.detail?.reason]).toEqual([
      'bob',
      'not_requester',
      bob.reason,
    ]);
    const stranger = await confirm('mallory', r.confirmationId, 'drop');
    expect(stranger.outcome).toBe('refused');
    expect((await auditOf(r.requestId)).at(-1)).toMatchObject({
      type: 'denied',
      actor: 'mallory',
      detail: { code: 'unknown_person' },
    });
  });

  it('a confirmed production write still needs its approval', async () => {
    const r = await confirmation('alice', 'scale wroker in production to 4');
    const p = await confirm('alice', r.confirmationId);
    expect(p.outcome, p.reason).toBe('pending');
    expect(replicasOf(t.sandbox, 'production', 'worker')).toBe(3);
    const run = await t.runtime.core.decide({
      approvalId: p.approvalId as string,
      decision: 'approve',
      channel: 'terminal',
      actor: { personId: 'bob' },
    });
    expect(run.outcome, run.reason).toBe('executed');
    expect(replicasOf(t.sandbox, 'production', 'worker')).toBe(4);
  });

  it('a confirmed call the policy denies is denied; a dropped one runs nothing', async () => {
    const viewer = await confirmation('dave', 'scale wroker in staging to 4');
    expect((await confirm('dave', viewer.confirmationId)).outcome).toBe('denied');
    const r = await confirmation('alice', 'scale wroker in staging to 4');
    const dropped = await confirm('alice', r.confirmationId, 'drop');
    expect(dropped.outcome).toBe('denied');
    expect((await confirm('alice', r.confirmationId)).outcome).toBe('refused');
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
    expect((await auditOf(r.requestId)).map((e) => e.type)).toEqual(['requested', 'planned', 'confirm', 'dropped']);
  });

  it('never asks to confirm a read, nor a sure write', async () => {
    expect((await ask('dave', 'describe wroker in staging')).outcome).toBe('answer');
    expect((await ask('alice', 'scale worker in staging to 2')).outcome).toBe('executed');
  });

  it('an expired confirmation runs nothing, and its expiry is audited once', async () => {
    const r = await confirmation('alice', 'scale wroker in staging to 4');
    // Thirty minutes pass: the stored state's expiry is moved into the past.
    const key = `${t.config.REDIS_PREFIX}:question:${r.confirmationId}`;
    const state = JSON.parse((await t.runtime.redis.hget(key, 'json')) as string);
    await t.runtime.redis.hset(key, 'json', JSON.stringify({ ...state, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    const late = await confirm('alice', r.confirmationId);
    expect(late.outcome).toBe('refused');
    expect(late.reason).toMatch(/expired/);
    expect((await confirm('alice', r.confirmationId)).outcome).toBe('refused');
    expect(effectiveWrites(t.sandbox)).toHaveLength(0);
    expect((await auditOf(r.requestId)).map((e) => e.type)).toEqual(['requested', 'planned', 'confirm', 'expired']);
  });

  it('refuses an unknown confirmation id', async () => {
    const r = await confirm('alice', 'cnf_nothing');
    expect(r.outcome).toBe('refused');
    expect(r.reason).toMatch(/no open question or confirmation cnf_nothing/);
  });
});

describe('a question is answered by the asker, and the request is planned again with the answer', () => {
  it('keeps the question with its words and asker; only the asker answers it, once', async () => {
    const q = await ask('alice', 'scale web to 3');
    expect(q.outcome).toBe('clarify');
    expect(q.clarifyId).toMatch(/^clr_/);
    expect(q.candidates).toEqual(expect.arrayContaining(['staging/web', 'production/web']));
    const other = await ask('bob', 'production', q.clarifyId);
    expect(other.outcome).toBe('refused');
    expect(other.reason).toMatch(/Only alice, who asked/);
    const r = await ask('alice', 'production/web', q.clarifyId);
    expect(r.outcome, r.reason).toBe('pending');
    expect([r.tool, r.args]).toEqual(['scale', { namespace: 'production', name: 'web', replicas: 3 }]);
    expect((await ask('alice', 'staging', q.clarifyId)).outcome).toBe('refused');
    const requested = (await auditOf(r.requestId)).find((e) => e.type === 'requested');
    expect(requested?.detail).toMatchObject({ answers: q.clarifyId, text: 'production/web' });
    const planned = (await auditOf(r.requestId)).find((e) => e.type === 'planned');
    expect(planned?.detail).toMatchObject({ text: 'scale web to 3 in production' });
  });

  it('a bare namespace answers a question about where', async () => {
    const q = await ask('alice', 'scale web to 3');
    const r = await ask('alice', 'staging', q.clarifyId);
    expect(r.outcome, r.reason).toBe('executed');
    expect(replicasOf(t.sandbox, 'staging', 'web')).toBe(3);
  });
});
