import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// A kind from blind115–132's misses, in phrasings of its own: a read asked for beside a change that is quoted, someone
// else's, ruled out or put off. The read is the answer, for the person (or the model) to confirm; a change asked for in
// the person's own words, or a question about the quoted words, leaves the message a question back.
const ctx = sandboxPlanContext();
const reading = (text: string) => planOffline(text, ctx);

describe('a read beside a change not asked for is that read', () => {
  it.each([
    [
      'ops pinged "restart worker in prod" but I would rather look first. status of worker in production',
      'describe_workload',
      { namespace: 'production', name: 'worker' },
    ],
    [
      "> roll back api in staging\nthat was yesterday's plan, let's hold off. list the api pods in staging",
      'list_pods',
      { namespace: 'staging', workload: 'api' },
    ],
    ['Do not restart checkout in staging, I just want to see its logs', 'get_logs', { namespace: 'staging', name: 'checkout' }],
    [
      "the postmortem says 'scale web to 10 in production'. not doing that today; how many replicas does web in production have?",
      'describe_workload',
      { namespace: 'production', name: 'web' },
    ],
  ])('"%s" → %s, unsure', (text, tool, args) => {
    const r = reading(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    // The change is the person's own, and a second ask.
    'show me the pods of api in staging and then restart it',
    // A question about the quoted words, not a read of the cluster.
    '```\nkubectl -n staging rollout restart deploy/api\n```\nwhat does that command mean? does it look right?',
    // "don't forget to" asks for the change all the same.
    "list the worker pods in staging, and don't forget to restart it afterwards",
  ])('"%s" is no read alone', (text) => {
    const r = reading(text);
    expect(r.plan.outcome === 'tool' && ['describe_workload', 'list_pods', 'get_logs'].includes(r.plan.tool)).toBe(false);
  });
});
