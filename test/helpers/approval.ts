import { randomUUID } from 'node:crypto';
import type { ApprovalState } from '../../src/approvals/approval.ts';
import type { NewApproval } from '../../src/approvals/store.ts';

/** A write that needs one approver: alice scales production/web from 6 to 8; bob and carol may approve. */
export function newApproval(overrides: Partial<NewApproval> = {}): NewApproval {
  return {
    requestId: randomUUID(),
    requester: 'alice',
    text: 'scale web in production to 8',
    tool: 'scale',
    args: { namespace: 'production', name: 'web', replicas: 8 },
    cluster: 'sandbox',
    namespace: 'production',
    risk: 'write',
    preview: {
      summary: 'Scale Deployment production/web from 6 to 8 replicas',
      target: { kind: 'Deployment', namespace: 'production', name: 'web' },
      changes: [{ path: 'spec.replicas', before: 6, after: 8 }],
      fingerprint: 'f1',
      dryRun: true,
    },
    decision: {
      effect: 'approval',
      rule: 'rules[1] (writes in production need an approver)',
      reason: 'writes in production need an approver',
      approval: { from: ['approver'], count: 1, ttlSeconds: 600 },
    },
    required: { from: ['approver'], count: 1 },
    eligible: ['bob', 'carol'],
    ttlSeconds: 600,
    ...overrides,
  };
}

/** The same approval as the store holds it while pending, for renderers that take a stored state. */
export function pendingApproval(overrides: Partial<ApprovalState> = {}): ApprovalState {
  const { ttlSeconds: _ttl, ...asked } = newApproval();
  return {
    ...asked,
    schemaVersion: 1,
    id: 'ap_1',
    version: 1,
    status: 'pending',
    approvedBy: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2026-01-01T00:15:00.000Z',
    ...overrides,
  };
}
