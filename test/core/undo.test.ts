import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Change } from '../../src/catalog/tool.ts';
import { inverseOf } from '../../src/confirmations/inverse.ts';
import type { Result } from '../../src/core/result.ts';
import { replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Item 6 of issue 16: every executed write offers its undo, computed from the before-state its dry run read, and
 * the undo is a new request of whoever asks for it, through the same policy and approvals, linked in the audit.
 */
let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.reset());

const ask = (person: string, text: string) => t.runtime.core.handle({ channel: 'terminal', actor: { personId: person }, text });
const undo = (person: string, undoId: string) =>
  t.runtime.core.undo({ undoId, channel: 'terminal', actor: { personId: person } });
const auditOf = async (requestId: string) => (await t.runtime.audit.read()).filter((e) => e.requestId === requestId);
const imageOf = (namespace: string, name: string) => {
  const found = t.sandbox.get('apps/v1', 'deployments', namespace, name);
  if (!found) throw new Error(`no deployment ${namespace}/${name} in the sandbox`);
  return (found.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0]?.image;
};

async function executed(person: string, text: string): Promise<Result> {
  const r = await ask(person, text);
  expect(r.outcome, r.reason).toBe('executed');
  return r;
}

it('sets the old image back, as a new request linked to the original by undoOf', async () => {
  const before = imageOf('staging', 'web');
  const r = await executed('alice', 'set image of web in staging to ghcr.io/acme/web:1.9.0');
  expect(r.undoId).toMatch(/^und_/);
  expect(r.undo).toBe(`Undo: set the image of staging/web to ${before}.`);
  const u = await undo('alice', r.undoId as string);
  expect(u.outcome, u.reason).toBe('executed');
  expect([u.tool, u.args]).toEqual(['set_image', { namespace: 'staging', name: 'web', image: before }]);
  expect(imageOf('staging', 'web')).toBe(before);
  const requested = (await auditOf(u.requestId)).find((e) => e.type === 'requested');
  expect(requested?.detail).toMatchObject({ undoOf: r.requestId });
});

it('an approved write is undone by its approval id, and the undo needs its own approval', async () => {
  const p = await ask('alice', 'scale web in production to 8');
  expect(p.outcome).toBe('pending');
  const done = await t.runtime.core.decide({
    approvalId: p.approvalId as string,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(done.outcome, done.reason).toBe('executed');
  expect(done.undoId).toBe(p.approvalId);
  const u = await undo('carol', p.approvalId as string);
  expect(u.outcome, u.reason).toBe('pending');
  expect(u.args).toEqual({ namespace: 'production', name: 'web', replicas: 6 });
  expect(replicasOf(t.sandbox, 'production', 'web')).toBe(8);
  const back = await t.runtime.core.decide({
    approvalId: u.approvalId as string,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(back.outcome, back.reason).toBe('executed');
  expect(replicasOf(t.sandbox, 'production', 'web')).toBe(6);
});

it('undoes an action once: two concurrent undos (two clicks, two people) share one request and one approval', async () => {
  const direct = await executed('alice', 'set image of web in staging to ghcr.io/acme/web:1.9.0');
  const [a, b] = await Promise.all([undo('alice', direct.undoId as string), undo('alice', direct.undoId as string)]);
  expect(a.outcome, a.reason).toBe('executed');
  expect(b).toEqual(a);
  const undone = (await t.runtime.audit.read()).filter((e) => e.type === 'requested' && e.detail?.undoOf === direct.requestId);
  expect(undone.map((e) => e.requestId)).toEqual([a.requestId]);

  const p = await ask('alice', 'scale web in production to 8');
  const done = await t.runtime.core.decide({
    approvalId: p.approvalId as string,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(done.outcome, done.reason).toBe('executed');
  const [c, d] = await Promise.all([undo('carol', p.approvalId as string), undo('alice', p.approvalId as string)]);
  expect(c.outcome, c.reason).toBe('pending');
  expect(d).toEqual(c);
  const back = await t.runtime.core.decide({
    approvalId: c.approvalId as string,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(back.outcome, back.reason).toBe('executed');
  // After it ran, another undo answers with the same approval, and nothing runs again.
  expect((await undo('alice', p.approvalId as string)).approvalId).toBe(c.approvalId);
  expect(replicasOf(t.sandbox, 'production', 'web')).toBe(6);
  const requested = (await t.runtime.audit.read()).filter((e) => e.type === 'requested' && e.detail?.undoOf === p.requestId);
  expect(requested).toHaveLength(1);
});

it('asks for an undo afresh once the first undo approval was turned down', async () => {
  const p = await ask('alice', 'scale web in production to 8');
  const done = await t.runtime.core.decide({
    approvalId: p.approvalId as string,
    decision: 'approve',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(done.outcome, done.reason).toBe('executed');
  const first = await undo('carol', p.approvalId as string);
  expect(first.outcome, first.reason).toBe('pending');
  const no = await t.runtime.core.decide({
    approvalId: first.approvalId as string,
    decision: 'reject',
    channel: 'terminal',
    actor: { personId: 'bob' },
  });
  expect(no.outcome, no.reason).toBe('denied');
  const [a, b] = await Promise.all([undo('alice', p.approvalId as string), undo('alice', p.approvalId as string)]);
  expect(a.outcome, a.reason).toBe('pending');
  expect(a.approvalId).not.toBe(first.approvalId);
  expect(b.approvalId).toBe(a.approvalId);
});

it('a promotion is undone by aborting the rollout; a viewer may not undo', async () => {
  const r = await executed('alice', 'promote checkout in staging');
  expect(r.undo).toBe('Undo: abort the staging/checkout rollout (traffic goes back to the stable version).');
  expect((await undo('dave', r.undoId as string)).outcome).toBe('denied');
  const u = await undo('alice', r.undoId as string);
  expect([u.outcome, u.tool]).toEqual(['executed', 'abort_rollout']);
});

it('says so where there is no inverse (delete_pod, restart), and refuses an unknown id', async () => {
  const pod = t.sandbox.list('v1', 'pods', 'staging').find((p) => p.metadata.name.startsWith('web-'));
  expect(pod).toBeDefined();
  const del = await t.runtime.core.handle({
    channel: 'terminal',
    actor: { personId: 'alice' },
    call: { tool: 'delete_pod', args: { namespace: 'staging', name: pod?.metadata.name } },
  });
  expect(del.outcome, del.reason).toBe('executed');
  expect(del.undoId).toBeUndefined();
  expect(del.undo).toMatch(/A deleted pod cannot be brought back/);
  const restart = await executed('alice', 'restart api in staging');
  expect(restart.undoId).toBeUndefined();
  expect(restart.undo).toMatch(/A restart cannot be undone/);
  const unknown = await undo('alice', 'und_nothing');
  expect(unknown.outcome).toBe('refused');
});

it('computes each inverse from the before-state (pure)', () => {
  const ref = { namespace: 'staging', name: 'checkout' };
  const inv = (
    tool: string,
    args: Record<string, unknown>,
    changes: Change[] = [{ path: 'x', before: 1, after: 2 }],
    data?: unknown,
  ) => inverseOf({ requestId: 'r', tool, args, changes, data });
  expect(inv('pause_rollout', ref)).toEqual({ call: { tool: 'promote_rollout', args: { ...ref, full: false } } });
  expect(inv('abort_rollout', ref)).toEqual({ call: { tool: 'retry_rollout', args: ref } });
  expect(inv('retry_rollout', ref)).toEqual({ call: { tool: 'abort_rollout', args: ref } });
  expect(inv('rollback', ref, [{ path: 'image (app)', before: 'ghcr.io/acme/a:1', after: 'ghcr.io/acme/a:0' }])).toEqual({
    call: { tool: 'set_image', args: { ...ref, image: 'ghcr.io/acme/a:1', container: 'app' } },
  });
  expect(
    inv('launch_chaos', { namespace: 'staging', target: 'web' }, [], { namespace: 'staging', name: 'pod-kill-web-x1' }),
  ).toEqual({ call: { tool: 'stop_chaos', args: { namespace: 'staging', name: 'pod-kill-web-x1' } } });
  expect(inv('scale', ref, [])).toEqual({ none: 'Nothing was changed, so there is nothing to undo.' });
  expect('none' in inv('stop_chaos', ref)).toBe(true);
});
