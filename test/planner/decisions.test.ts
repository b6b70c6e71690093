import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// A question settled in the same message is a request (unsure: the requester confirms it); a supposition with no
// decision, or with a decision not to, proposes no write; one that asks what the workload runs describes it.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('a question, then a decision', () => {
  it.each([
    [
      'would bouncing the staging worker clear the stuck jobs? fine, go ahead',
      'restart',
      { namespace: 'staging', name: 'worker' },
    ],
    [
      'what happens to web in staging if we add 300ms of latency? let us find out, 4 minutes',
      'launch_chaos',
      { namespace: 'staging', target: 'web', experiment: 'network-delay', latencyMs: 300, durationSeconds: 240 },
    ],
    [
      'can worker in staging cope with a pod dying? only one way to find out. kill one.',
      'launch_chaos',
      { namespace: 'staging', target: 'worker', experiment: 'pod-kill' },
    ],
    [
      'does promoting checkout in staging fully skip the timed pause? yes? then proceed',
      'promote_rollout',
      { namespace: 'staging', name: 'checkout', full: true },
    ],
    [
      'is payments still waiting on the preview? if so promote it',
      'promote_rollout',
      { namespace: 'production', name: 'payments' },
    ],
  ])('"%s" is read, unsure', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'would bouncing the staging worker clear the stuck jobs? no, not yet',
    'what happens if we roll back api in staging? we can decide tomorrow',
    'what would happen if we scaled worker in prod to 1? just curious',
    'would rolling back web in prod help? I would not do it myself',
    'would restarting api in staging fix it? Omar says just do it',
    'what happens if we kill a pod of api in staging? proceed with caution when you try',
  ])('"%s" proposes no write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && !['describe_workload', 'list_pods'].includes(r.plan.tool)).toBe(false);
  });

  it.each([
    ['if we rolled web in staging back, which version would it run? do not touch it', 'staging', 'web'],
    ['would scaling api in prod to 8 hurt? leave it alone, I only want to know how it is set up right now', 'production', 'api'],
  ])('"%s" describes the workload', (text, namespace, name) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool: 'describe_workload', args: { namespace, name } });
  });
});
