import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// A reason told beside a write is accounted for when it points the call's way (reason-agrees.ts); any other reason
// leaves the reading for the requester to confirm.
const ctx = sandboxPlanContext();
const call = (text: string) => {
  const r = planOffline(text, ctx);
  return {
    ...(r.plan.outcome === 'tool' ? { tool: r.plan.tool, args: r.plan.args } : { outcome: r.plan.outcome }),
    sure: r.confident,
  };
};

describe('a reason that agrees with the call', () => {
  it.each([
    ['can you restart prometheus, its OOMing', { tool: 'restart', args: { namespace: 'monitoring', name: 'prometheus' } }],
    ['recycle opencost pls, it stopped answering', { tool: 'restart', args: { namespace: 'monitoring', name: 'opencost' } }],
    [
      'promote payments pls, preview looks good',
      { tool: 'promote_rollout', args: { namespace: 'production', name: 'payments' } },
    ],
    [
      'stop the canary for checkout in stage, it is throwing 500s',
      { tool: 'abort_rollout', args: { namespace: 'staging', name: 'checkout' } },
    ],
    [
      'scale web in prod to 8, traffic is spiking',
      { tool: 'scale', args: { namespace: 'production', name: 'web', replicas: 8 } },
    ],
    ['halve prod api, it is idling', { tool: 'scale', args: { namespace: 'production', name: 'api', replicas: 2 } }],
    [
      'abort the checkout rollout in staging, errors spiking',
      { tool: 'abort_rollout', args: { namespace: 'staging', name: 'checkout' } },
    ],
    ['the worker in staging is wedged, bounce it', { tool: 'restart', args: { namespace: 'staging', name: 'worker' } }],
  ])('"%s" → %o, sure', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: true });
  });
});

describe('a reason that does not say it agrees', () => {
  it.each([
    // Against the call: fine before a repair, trouble before a promotion, load against the size.
    'restart api in prod, it looks healthy',
    'promote checkout in staging, the canary is leaking memory',
    'scale web in prod to 2, traffic is surging',
    'scale worker in prod to 8, the queue is empty',
    // The trouble told as over, a time, a condition, someone else's word, a question.
    'Restart api in prod, the crashes have died down',
    'latency is back to baseline now. bounce coredns',
    'the OOMs have stopped. restart api in prod',
    "scale worker in prod to 0, it's idle on Sundays",
    'canary fails => abort checkout in staging',
    'promote checkout in staging, assuming the metrics look good',
    'restart api in prod, sam says it is stuck',
    'api in staging is stuck so restart it right',
    // Red-team round 115: a canary, a preview or a new version the target does not have, quoted words and emoji that
    // undercut the reason, a cause after "since", a queue said beside a workload that may not read it.
    'promote payments, the canary looks good',
    'abort checkout in prod, the canary is failing',
    'promote checkout in staging, the canary is "healthy"',
    "restart api in prod, it's stuck \u{1f925}",
    'promote checkout in staging, the canary looks healthy since no traffic',
    "roll back web in prod, it's erroring since the cdn outage",
    'scale web in prod to 8, the queue is backing up',
    // A number in the reason (a version may be the one rolled back to), and a state not of the workload at all.
    'revert api in staging, rc1 is broken',
    'restart api in prod. wrong cluster',
    'restart api in prod, it is returning 200s again',
  ])('"%s" stays unsure', (text) => {
    const r = call(text);
    expect(r.sure === false || !('tool' in r), text).toBe(true);
  });
});
