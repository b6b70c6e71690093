import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPlayground, type Playground } from '../../src/adapters/web/index.ts';
import type { ApprovalState } from '../../src/approvals/approval.ts';
import { startReminders } from '../../src/approvals/reminders.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { type HttpServer, startHttpServer } from '../../src/server/http.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * The playground gets what Slack gets: the approval it shows carries whom it notifies, the notices and the cost;
 * its event stream carries the reminder (`event: reminder`) and the expiry, which the page adds to its feed.
 */
let t: TestRuntime;
let http: HttpServer;
let playground: Playground;

/** The first Server-Sent Event of `type` whose approval passes `pred`, after `start()` ran. */
async function nextEvent(type: string, pred: (a: ApprovalState) => boolean, start: () => Promise<unknown>) {
  const controller = new AbortController();
  const res = await fetch(`${http.url}/api/events`, { signal: controller.signal });
  if (!res.body) throw new Error('the event stream has no body');
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = (await reader.read()).value ?? '';
  await start();
  try {
    for (;;) {
      const frames = buffer.split('\n\n');
      buffer = frames.pop() ?? '';
      for (const frame of frames) {
        const data = /^data: (.+)$/m.exec(frame)?.[1];
        const approval = data && (JSON.parse(data).approval as ApprovalState);
        if (approval && /^event: (.+)$/m.exec(frame)?.[1] === type && pred(approval)) return approval;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += value;
    }
  } finally {
    controller.abort();
  }
}

beforeAll(async () => {
  const policy = loadPolicyFile(SANDBOX_POLICY_PATH);
  const rule = policy.rules.find((r) => r.name === 'writes in production need an approver');
  if (!rule?.approval) throw new Error('the sandbox policy changed');
  Object.assign(rule.approval, { ttl: 2, remind: 0.75 });
  t = await startTestRuntime({ overrides: { policy } });
  http = await startHttpServer({ port: 0, host: '127.0.0.1', readiness: {} });
  playground = mountPlayground(http, t.runtime);
});
afterAll(async () => {
  playground?.close();
  await http?.close();
  await t?.close();
});

describe('playground notifications', () => {
  it('the pending approval names whom it notifies and carries the notices and cost; reminder and expiry stream', async () => {
    const res = await fetch(`${http.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: http.url },
      body: JSON.stringify({ person: 'alice', text: 'scale api in prod to 5' }),
    });
    const reply = (await res.json()) as { approval: ApprovalState };
    const a = reply.approval;
    expect(a.notify?.people).toEqual({ bob: 'U0BOB', carol: 'U0CAROL' });
    expect(a.notices?.[0]).toMatchObject({ kind: 'gitops', app: 'api-production', selfHeal: true });
    expect(a.costImpact?.monthly).toBeGreaterThan(0);

    const reminders = startReminders({ approvals: t.runtime.approvals, events: t.runtime.events, intervalMs: 0 });
    const reminded = await nextEvent(
      'reminder',
      (x) => x.id === a.id,
      async () => {
        await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(a.notify?.remindAt ?? '') - Date.now()) + 50));
        expect(await reminders.sweep()).toEqual([a.id]);
      },
    );
    expect(reminded.status).toBe('pending');

    const expired = await nextEvent(
      'approval',
      (x) => x.id === a.id && x.status === 'expired',
      async () => {
        await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(a.expiresAt) - Date.now()) + 50));
        await t.runtime.approvals.sweepExpired();
      },
    );
    expect(expired.approvedBy).toEqual([]);
  });
});
