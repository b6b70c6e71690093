import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkloadPanelRow } from '../../src/adapters/web/index.ts';
import type { ApprovalState } from '../../src/approvals/approval.ts';
import type { AuditEntry } from '../../src/audit/event.ts';
import { startWebFixture, type WebFixture } from './web-fixture.ts';

/** Reads Server-Sent Events from /api/events until `until` returns true for one of them. */
async function waitForEvent(url: string, until: (type: string, data: unknown) => boolean, start: () => Promise<void>) {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/events`, { signal: controller.signal });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  // The first frame (retry:) means the stream is open; only then is the subscription sure to be listening.
  let buffer = (await reader.read()).value ?? '';
  await start();
  try {
    for (;;) {
      const frames = buffer.split('\n\n');
      buffer = frames.pop() ?? '';
      for (const frame of frames) {
        const type = /^event: (.+)$/m.exec(frame)?.[1];
        const data = /^data: (.+)$/m.exec(frame)?.[1];
        if (type && data && until(type, JSON.parse(data))) return JSON.parse(data);
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += value;
    }
  } finally {
    controller.abort();
  }
}

describe('web playground API', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  });
  afterAll(() => web?.close());

  it('answers a pending request with the approval the card is drawn from', async () => {
    const { status, json } = await web.post('/api/ask', { person: 'alice', text: 'restart worker in production' });
    expect(status).toBe(200);
    expect(json.result.outcome).toBe('pending');
    expect(json.approval).toMatchObject({
      id: json.result.approvalId,
      status: 'pending',
      requester: 'alice',
      channel: 'web',
      tool: 'restart',
      eligible: ['bob', 'carol'],
    });
    const again = await web.get(`/api/approvals/${json.result.approvalId}`);
    expect((again.json as ApprovalState).version).toBe(1);
    expect((await web.get('/api/approvals/apr_nosuchthing')).status).toBe(404);
  });

  it('pushes the approval update to open pages when another person approves', async () => {
    const asked = await web.post('/api/ask', { person: 'alice', text: 'scale api in production to 6' });
    const id = asked.json.result.approvalId;
    const event = (await waitForEvent(
      web.url,
      (type, data) => type === 'approval' && (data as { approval: ApprovalState }).approval.status === 'executed',
      async () => {
        const decided = await web.post('/api/decide', { person: 'carol', approvalId: id, decision: 'approve' });
        expect(decided.json.result.outcome).toBe('executed');
        expect(decided.json.approval?.status).toBe('executed');
      },
    )) as { approval: ApprovalState };
    expect(event.approval.id).toBe(id);
    expect(event.approval.approvedBy.map((a) => a.person)).toEqual(['carol']);
  });

  it('lists the people of the loaded policy for the switch', async () => {
    const { json } = await web.get('/api/people');
    expect(json).toEqual([
      { id: 'alice', roles: ['engineer'] },
      { id: 'bob', roles: ['approver'] },
      { id: 'carol', roles: ['approver'] },
      { id: 'dave', roles: ['viewer'] },
    ]);
  });

  it('serves the workloads panel with replicas, images and rollout steps', async () => {
    const rows = (await web.get('/api/workloads')).json as WorkloadPanelRow[];
    expect(rows.find((r) => r.namespace === 'staging' && r.name === 'checkout')).toMatchObject({
      kind: 'Rollout',
      desired: 4,
      rollout: { strategy: 'canary', step: '1/4', weight: 20, paused: 'CanaryPauseStep' },
    });
    expect(rows.find((r) => r.namespace === 'production' && r.name === 'payments')?.rollout).toMatchObject({
      strategy: 'blueGreen',
      paused: 'BlueGreenPause',
    });
    expect(rows.find((r) => r.namespace === 'staging' && r.name === 'web')?.images).toEqual(['ghcr.io/acme/web:1.8.0']);
  });

  it('serves the newest audit entries, oldest first, including what this page asked', async () => {
    await web.post('/api/ask', { person: 'dave', text: 'list pods of api in staging' });
    const entries = (await web.get('/api/audit')).json as AuditEntry[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(40);
    const seqs = entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(entries.at(-1)).toMatchObject({ actor: 'dave', tool: 'list_pods' });
  });

  it("gives a page-chosen id's answer back to its sender only: another person reusing it is refused, audited, and nothing runs", async () => {
    const id = `shared-${Date.now()}`;
    const first = await web.post('/api/ask', { person: 'alice', id, text: 'restart worker in production' });
    expect(first.json.result.outcome).toBe('pending');
    const approvalId = first.json.result.approvalId;

    const other = await web.post('/api/ask', { person: 'dave', id, text: 'list pods of api in staging' });
    expect(other.json.result).toMatchObject({
      requestId: `web-${id}`,
      outcome: 'refused',
      reason: 'That request id is already taken; send it again without an id.',
    });
    expect(other.json.result.approvalId).toBeUndefined();
    expect(other.json.approval).toBeUndefined();
    const entries = (await web.get('/api/audit')).json as AuditEntry[];
    expect(entries.at(-1)).toMatchObject({ type: 'denied', requestId: `web-${id}`, actor: 'dave' });
    expect(entries.filter((e) => e.actor === 'dave' && e.requestId === `web-${id}` && e.type !== 'denied')).toEqual([]);

    // The sender's own resend still gets the stored answer, and nothing runs twice.
    const resent = await web.post('/api/ask', { person: 'alice', id, text: 'restart worker in production' });
    expect(resent.json.result).toMatchObject({ outcome: 'pending', approvalId });
  });

  it('attaches the cost chart as a PNG rendered by echarts', async () => {
    const { json } = await web.post('/api/ask', { person: 'dave', text: 'costs by namespace for 7d' });
    expect(json.result.outcome).toBe('answer');
    expect(json.chart).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(json.chart!.split(',')[1], 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses another origin, a non-JSON body, a body over 64 KB and a body without a person, and runs nothing', async () => {
    const before = ((await web.get('/api/audit')).json as AuditEntry[]).at(-1)?.seq;
    const foreign = await web.post(
      '/api/ask',
      { person: 'alice', text: 'scale worker in staging to 5' },
      { origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
    const form = await fetch(`${web.url}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ person: 'alice', text: 'scale worker in staging to 5' }),
    });
    expect(form.status).toBe(400);
    const huge = await web.post('/api/ask', { person: 'alice', text: 'x'.repeat(200 * 1024) });
    expect(huge.status).toBe(400);
    expect(huge.json.error).toMatch(/over 65536 bytes/);
    const nobody = await web.post('/api/ask', { text: 'scale worker in staging to 5' });
    expect(nobody.status).toBe(400);
    expect(nobody.json.code).toBe('invalid_arguments');
    expect(nobody.json.error).toContain('person');
    expect(((await web.get('/api/audit')).json as AuditEntry[]).at(-1)?.seq).toBe(before);
  });

  it('serves the page and its files, and nothing else from disk', async () => {
    const page = await fetch(`${web.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('no login');
    expect((await fetch(`${web.url}/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${web.url}/..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${web.url}/healthz`)).status).toBe(200);
  });
});
