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

// Kinds from blind83–98, where a request with its reason after it was right but left for the requester to confirm
// (about one in six of the batches' right writes), in phrasings of their own.
describe('what a reason, a reference or a sign-off after a request accounts for', () => {
  it.each([
    ['bounce worker in prod, ticket OPS-2231', { tool: 'restart', args: { namespace: 'production', name: 'worker' } }],
    ['scale api in staging to 3, per CHG-10442', { tool: 'scale', args: { namespace: 'staging', name: 'api', replicas: 3 } }],
    ['restart coredns, merci beaucoup', { tool: 'restart', args: { namespace: 'kube-system', name: 'coredns' } }],
    [
      'promote checkout in staging, muchas gracias',
      { tool: 'promote_rollout', args: { namespace: 'staging', name: 'checkout' } },
    ],
    ['pause the checkout rollout, staging', { tool: 'pause_rollout', args: { namespace: 'staging', name: 'checkout' } }],
    ['recycle opencost, it seems to be hung', { tool: 'restart', args: { namespace: 'monitoring', name: 'opencost' } }],
    ['roll back api in staging, our change is broken', { tool: 'rollback', args: { namespace: 'staging', name: 'api' } }],
    ['revert prod web, the release broke the signup form', { tool: 'rollback', args: { namespace: 'production', name: 'web' } }],
    ['scale web in prod to 3, the sale is over', { tool: 'scale', args: { namespace: 'production', name: 'web', replicas: 3 } }],
    ['end the chaos experiment api-pod-kill-x1y2 in staging, the rehearsal is finished', { tool: 'stop_chaos' }],
    ['stop chaos experiment web-network-delay-k2 in staging, it is polluting the dashboards', { tool: 'stop_chaos' }],
    ['kill a random api pod in staging, we want to check whether the retries work', { tool: 'launch_chaos' }],
    ['set web in staging to ghcr.io/acme/web:1.9.3, this build contains the fix for the menu', { tool: 'set_image' }],
    ['delete pod api-6c9f7d5b8-zq7wn in prod, it is stuck in CrashLoopBackOff', { tool: 'delete_pod' }],
    ['abort the checkout canary in staging, error rate has doubled', { tool: 'abort_rollout' }],
    ['pause checkout in staging, the basket page is erroring', { tool: 'pause_rollout' }],
    ['promote checkout in staging, QA is done', { tool: 'promote_rollout' }],
    ['start a pod-kill on worker in staging, support wants to see the alert fire', { tool: 'launch_chaos' }],
    ['bounce coredns, kindly do the needful', { tool: 'restart' }],
  ])('"%s" → %o, sure', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: true });
  });

  it.each([
    // The old side is what a rollback goes to: trouble there speaks against it.
    'roll back web in prod, the previous build is broken',
    // An outside event may be the cause, which the change does not mend (red-team round 115).
    'restart api in prod, it has been failing since the network outage',
    // A size told for a time of day holds then, not now.
    'scale worker in prod to 0, it is idle at night',
    'kill a pod of api in staging, want to see if you really would',
    'set web in staging to ghcr.io/acme/web:1.9.3, it does not have the fix',
    'stop chaos experiment web-network-delay-k2 in staging, the drill is not over',
    'restart worker in staging, ticket OPS-2231 says not to',
    'start a pod-kill on worker in staging, nobody wants to see the alert fire',
    'abort the checkout canary in staging, errors are up on the old version',
    'restart api in prod, the rollout is done',
  ])('"%s" is no sure write', (text) => {
    const r = call(text);
    expect('tool' in r && r.sure).toBe(false);
  });
});

describe('reasons told of the system around the workload, of load, and of a version by its tag', () => {
  it.each([
    ['restart worker in prod, dispatch queue backing up', { tool: 'restart' }],
    ['restart coredns, dns lookups are flaky', { tool: 'restart' }],
    ['restart api in staging, it is leaking connections to the database', { tool: 'restart' }],
    ['delete pod worker-5c7d9f6b8-k2p4x in prod, it is wedged on a poison message', { tool: 'delete_pod' }],
    ['scale worker in prod to 6, the dispatch queue is backing up', { tool: 'scale' }],
    ['scale web in prod to 9, search traffic is spiking', { tool: 'scale' }],
    ['scale web in prod to 3, the login wave is over', { tool: 'scale' }],
    // The version a rollback leaves, or the one a rollout is on its way to, is the call's own.
    ['roll back web in staging, 1.8.0 is broken', { tool: 'rollback' }],
    ['abort checkout in staging, the 3.2.0 canary is throwing 500s', { tool: 'abort_rollout' }],
    ['set image of api in staging to ghcr.io/acme/api:2.4.0, the 2.4.0-rc1 build had the cert bug', { tool: 'set_image' }],
  ])('"%s" → %o, sure', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: true });
  });

  it.each([
    // A rollback goes to the version before: trouble in that one speaks against it.
    'roll back web in staging, 1.7.2 is broken',
    'scale web in prod to 9, the queue is backing up',
    'scale web in staging to 8, the exam rush is starting',
    'scale web in prod to 10, the off-peak is starting',
    'scale web in prod to 2, the quiet traffic has passed',
    'abort payments, the dashboards are stale',
    'restart worker in prod, the queue is not backing up',
    'restart worker in prod, the old queue is stuck',
  ])('"%s" is no sure write', (text) => {
    const r = call(text);
    expect('tool' in r && r.sure).toBe(false);
  });
});
