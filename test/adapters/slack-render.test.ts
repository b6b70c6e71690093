import { describe, expect, it } from 'vitest';
import { renderToolResult } from '../../src/adapters/slack/render/answer.ts';
import { renderCard } from '../../src/adapters/slack/render/card.ts';
import { renderOutcome } from '../../src/adapters/slack/render/outcome.ts';
import { pendingApproval } from '../helpers/approval.ts';

const approval = pendingApproval();

const textOf = (blocks: unknown) => JSON.stringify(blocks);

describe('Slack plan card', () => {
  it('shows the words, the exact call, the dry-run diff, risk, rule, approvers, count and expiry, with buttons', () => {
    const card = renderCard(approval);
    const all = textOf(card.blocks);
    expect(all).toContain('Scale Deployment production/web from 6 to 8 replicas');
    expect(all).toContain('scale {\\"namespace\\":\\"production\\",\\"name\\":\\"web\\",\\"replicas\\":8}');
    expect(all).toContain('spec.replicas: 6 → 8');
    expect(all).toContain('server-side dry run');
    expect(all).toContain('*Risk:* write');
    expect(all).toContain('rules[1] (writes in production need an approver)');
    expect(all).toContain('approver (bob, carol)');
    expect(all).toContain('*Approvals:* 0/1');
    expect(all).toContain('<!date^1767226500^');
    const actions = card.blocks?.find((b) => b.type === 'actions') as { elements: { action_id: string; value: string }[] };
    expect(actions.elements.map((e) => [e.action_id, e.value])).toEqual([
      ['approve', 'ap_1'],
      ['reject', 'ap_1'],
      ['cancel', 'ap_1'],
    ]);
  });

  it('drops the buttons and says what happened once decided', () => {
    const executed = renderCard({
      ...approval,
      status: 'executed',
      version: 3,
      approvedBy: [{ person: 'bob', at: '2026-01-01T00:01:00Z' }],
      result: { summary: 'Scaled production/web to 8 replicas' },
    });
    // Approve/Reject/Cancel are gone; what ran offers its undo (here: back to the count its dry run read).
    const actions = (executed.blocks ?? []).flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(actions.map((e) => ('action_id' in e ? e.action_id : undefined))).toEqual(['undo']);
    expect(textOf(executed.blocks)).toContain('Executed after approval by bob. Scaled production/web to 8 replicas');
    const failed = renderCard({ ...approval, status: 'failed', error: 'web changed since it was approved' });
    expect(textOf(failed.blocks)).toContain('Failed: web changed since it was approved');
    expect(failed.blocks?.some((b) => b.type === 'actions')).toBe(false);
    expect(textOf(renderCard({ ...approval, status: 'rejected', rejectedBy: { person: 'carol', at: 'x' } }).blocks)).toContain(
      'Rejected by carol',
    );
    expect(textOf(renderCard({ ...approval, status: 'expired' }).blocks)).toContain('Expired at');
  });
});

describe('Slack answers', () => {
  it('lists workloads as a monospace table', () => {
    const msg = renderToolResult({
      requestId: 'r',
      outcome: 'answer',
      tool: 'list_workloads',
      result: {
        summary: '2 workloads',
        data: [
          {
            namespace: 'staging',
            kind: 'Deployment',
            name: 'web',
            ready: 2,
            replicas: 2,
            images: ['ghcr.io/acme/web:1.8.0'],
            phase: 'Available',
          },
          {
            namespace: 'staging',
            kind: 'Rollout',
            name: 'checkout',
            ready: 4,
            replicas: 4,
            images: ['ghcr.io/acme/checkout:3.1.0'],
            phase: 'Paused',
          },
        ],
      },
    });
    const all = textOf(msg.blocks);
    expect(all).toMatch(/NAMESPACE\s+KIND\s+NAME\s+READY\s+IMAGE\s+PHASE/);
    expect(all).toMatch(/staging\s+Rollout\s+checkout\s+4\/4\s+ghcr.io\/acme\/checkout:3.1.0\s+Paused/);
  });

  it('shows a rollout with its step, weight and pause reason', () => {
    const argoShape = renderToolResult({
      requestId: 'r',
      outcome: 'answer',
      tool: 'describe_workload',
      result: {
        summary: 'checkout',
        data: {
          kind: 'Rollout',
          namespace: 'staging',
          name: 'checkout',
          replicas: 4,
          strategy: 'canary',
          status: { currentStepIndex: 1, phase: 'Paused', canaryWeight: 20, pauseConditions: [{ reason: 'CanaryPauseStep' }] },
          steps: [{}, {}, {}, {}],
        },
      },
    });
    expect(textOf(argoShape.blocks)).toContain('step 1/4 · weight 20% · paused: CanaryPauseStep');
    const toolShape = renderToolResult({
      requestId: 'r',
      outcome: 'answer',
      tool: 'describe_workload',
      result: {
        summary: 'checkout',
        data: {
          kind: 'Rollout',
          namespace: 'staging',
          name: 'checkout',
          phase: 'Paused',
          replicas: { desired: 4, ready: 3 },
          images: ['ghcr.io/acme/checkout:3.2.0'],
          rollout: { strategy: 'canary', step: '1/4', weight: 20, pauseReasons: ['CanaryPauseStep'] },
        },
      },
    });
    expect(textOf(toolShape.blocks)).toContain('replicas 3/4');
    expect(textOf(toolShape.blocks)).toContain('strategy canary · step 1/4 · weight 20% · paused: CanaryPauseStep');
  });

  it('caps logs in a code block and keeps the latest lines', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(20)}`);
    const msg = renderToolResult({
      requestId: 'r',
      outcome: 'answer',
      tool: 'get_logs',
      result: { summary: 'logs', data: { lines } },
    });
    const block = msg.blocks?.[1] as { text: { text: string } };
    expect(block.text.text.length).toBeLessThanOrEqual(3000);
    expect(block.text.text).toContain('line 399');
    expect(block.text.text).not.toContain('line 0 ');
  });

  it('renders costs as a table and a PNG chart', () => {
    const msg = renderToolResult({
      requestId: 'r',
      outcome: 'answer',
      tool: 'query_costs',
      result: {
        summary: 'costs',
        data: {
          window: '7d',
          items: [
            { name: 'staging', cpuCost: 1.5, ramCost: 0.5, totalCost: 2 },
            { name: 'production', cpuCost: 6, ramCost: 3, totalCost: 9 },
          ],
        },
      },
    });
    expect(textOf(msg.blocks)).toMatch(/production\s+\$6.00\s+\$3.00\s+\$9.00/);
    expect(
      Buffer.from(msg.chart?.png ?? [])
        .subarray(0, 8)
        .toString('hex'),
    ).toBe('89504e470d0a1a0a');
  });

  it('names the rule of a denial', () => {
    const msg = renderOutcome({
      requestId: 'r',
      outcome: 'denied',
      reason: 'kube-system is protected',
      decision: { effect: 'deny', rule: 'protected namespace kube-system', reason: 'x' },
    });
    expect(msg.text).toContain('protected namespace kube-system');
  });
});
