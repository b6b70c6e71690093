import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// One action among other words, from the hard halves of blind batches 29 to 32 and red-team rounds 43 to 52, in
// phrasings of their own: a verb inside the purpose of a request, other actions around it, thinking aloud that ends in
// a decision, what was done or undone, doubts a confident reader skipped, a second action or object in small words.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('a verb in the purpose of a request', () => {
  it('"kill a pod … to see whether the budget holds" starts the experiment', () => {
    const r = read('kill a random api pod in staging to see whether the disruption budget holds');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { target: 'api', experiment: 'pod-kill' } });
  });

  it('"pause checkout and restart it" is still two actions', () => {
    expect(read('pause the checkout rollout in staging and restart it').plan.outcome).toBe('clarify');
  });
});

describe('one action with others around it', () => {
  it.each([
    [
      'pause the checkout rollout in prod now, before the release pipeline kicks off at 5pm',
      'pause_rollout',
      { name: 'checkout' },
    ],
    [
      "coredns is flaky since the node upgrade and people think a restart will shake it loose, let's do that",
      'restart',
      { name: 'coredns' },
    ],
    [
      'Can you promote payments? Hmm, on second thought the preview has not had its smoke tests. Just pause it for now.',
      'pause_rollout',
      { name: 'payments' },
    ],
  ])('"%s" → %s', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  // Red team round 45: a second write said as a gerund after the request ran confidently as the first alone.
  it.each([
    ['scale worker in staging to 4 before restarting it'],
    ['promote checkout in staging before pausing it'],
    ['abort checkout in prod before retrying it'],
    ['restart api in staging before rolling it back'],
    ['roll back web in staging, then restarting it'],
  ])('"%s" is two actions, asked back', (text) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'clarify', message: /more than one action/ });
    expect(r.confident).toBe(false);
  });

  it('"Before restarting anything, show me the pods" reads the pods', () => {
    const r = read('Before restarting anything, show me the pods of api in staging');
    expect(r.plan).toMatchObject({ tool: 'list_pods', args: { namespace: 'staging', workload: 'api' } });
  });

  it.each([
    [
      'restart worker in staging. actually the trouble was in prod. just restart it there',
      { namespace: 'production', name: 'worker' },
    ],
    ['restart web in staging. actually the problem was in worker. just restart that', { namespace: 'staging', name: 'worker' }],
  ])('"%s": the reason of a correction names the object anew', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'restart', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['pause checkout in staging; a rollback of worker in staging has to follow'],
    ['restart api in prod, the scale down of web in prod is needed too'],
  ])('"%s": a second write said as a noun is asked back', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /more than one action/ });
  });

  it.each([
    ['add more than 30% packet loss to api in staging'],
    ['scale worker in prod to at least 5'],
    ['add more than 300ms of latency to web in staging'],
  ])('"%s": a bound is no value, asked back', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /Which number exactly/ });
  });

  it('"restart api and then scale worker" is still two actions', () => {
    expect(read('restart api in staging and then scale worker in staging to 3').plan.outcome).toBe('clarify');
  });
});

describe('thinking aloud that ends in a decision', () => {
  it.each([
    ["scale worker in staging to 5? or would 4 do… let's do 4", 4],
    ["scale api in staging to 6? hmm, or is 5 enough? let's go with 5", 5],
  ])('"%s" → the last count, unsure', (text, replicas) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'scale', args: { replicas } });
    expect(r.confident).toBe(false);
  });

  it('"scale web to 4? or 3?" with no decision asks again', () => {
    expect(read('scale web in staging to 4? or 3?').plan.outcome).toBe('clarify');
  });
});

// Red team round 46 (2fe4118): forms that hid what was asked from a confident reader.
describe('what was done, an undo, a bound said in passing', () => {
  it.each([
    ['we did restart worker in prod'],
    ['I did roll back web in staging yesterday'],
    ['they did add 300ms of latency to web in staging'],
    ['we do scale api in prod to 6 every evening'],
  ])('"%s" is told, not asked', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.tool !== 'describe_workload').toBe(false);
  });

  it.each([
    ['scale api in staging to 4 and back'],
    ['scale worker in prod down to 1 and then back up'],
    ['pause checkout in prod and back'],
  ])('"%s" is two actions', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /more than one action/ });
  });

  it('"scale web in staging to 3 and add more" asks for the number', () => {
    expect(read('scale worker in staging to 3 and add more').plan).toMatchObject({ outcome: 'clarify', message: /Which number/ });
  });

  it.each([['restart a pod of api in staging'], ['bounce a worker pod in prod'], ['recycle one web pod in staging']])(
    '"%s" does not restart every pod',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.plan.tool === 'restart').toBe(false);
    },
  );

  it.each([['kick off the checkout rollout in staging'], ['kick payments off in prod please']])(
    '"%s" asks which action',
    (text) => {
      expect(read(text).plan.outcome).toBe('clarify');
    },
  );

  it('"kick the aborted checkout rollout off again" is still a retry', () => {
    const r = read('checkout in staging got aborted, kick it off again');
    expect(r.plan).toMatchObject({ tool: 'retry_rollout', args: { name: 'checkout' } });
  });

  it('"abort checkout in staging. scrap that" takes it back', () => {
    const r = read('abort checkout in staging. scrap that');
    expect(r.plan.outcome).toBe('clarify');
  });

  it('"please do restart web in staging" is still a restart', () => {
    expect(read('please do restart web in staging').plan).toMatchObject({ tool: 'restart', args: { name: 'web' } });
  });
});

// Red team round 47 (57a34df): a doubt in brackets, a value said twice, an open end, a vague later.
describe('doubts a confident reader skipped', () => {
  it.each([
    ['restart api in staging (not yet)'],
    ['scale worker in prod to 4 (not really)'],
    ['roll back web in staging (no!)'],
    ['promote checkout in staging (?)'],
    ['restart worker in staging (not staging)'],
    ['pause checkout in prod (twice)'],
  ])('"%s" is asked back', (text) => {
    const r = read(text);
    expect(r.plan.outcome).toBe('clarify');
  });

  it.each([
    ['restart api (not web) in staging', 'restart', { name: 'api' }],
    ['scale web in staging to 4 (not 40)', 'scale', { replicas: 4 }],
  ])('"%s": a bracket that says which one stands', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('a bracket in a long story is an aside', () => {
    const r = read(
      'DNS inside the cluster is flaky since the upgrade (not the external resolver, that one is fine) — bounce coredns please',
    );
    expect(r.plan).toMatchObject({ tool: 'restart', args: { name: 'coredns' } });
  });

  it.each([['scale api in staging to 4 at 4'], ['scale worker in prod to 3 in 3'], ['add 2 replicas to web in staging at 2']])(
    '"%s": a value said twice is confirmed, never run as read',
    (text) => {
      expect(read(text).confident).toBe(false);
    },
  );

  it('"memory stress api staging 2 minutes level 2" stays sure', () => {
    expect(read('cpu stress worker staging 3 minutes level 3').confident).toBe(true);
  });

  it.each([
    ['restart web in staging and so on'],
    ['promote checkout in staging over and over'],
    ['roll back api in staging and then'],
  ])('"%s" is asked back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['restart worker in staging in a while'],
    ['scale web in staging to 3 soon'],
    ['roll back api in staging with the release'],
  ])('"%s" waits to be asked again', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /cannot schedule/ });
  });

  it('"scale web in staging by half" asks up or down; "bump it by half" is up', () => {
    expect(read('scale web in staging by half').plan).toMatchObject({ outcome: 'clarify', message: /Up or down/ });
    expect(read('bump web in prod by half').plan).toMatchObject({ tool: 'scale', args: { replicas: 9 } });
  });
});

// Red team round 50 (cbb5107): a second action in a verb and its particle, other objects left unnamed, a start.
describe('a second action or object in small words', () => {
  it.each([
    ['restart worker in staging and take it out'],
    ['roll back api in prod and then bring it down'],
    ['pause checkout in staging and keep it off'],
    ['restart web in prod and them'],
    ['roll back api in staging and the rest'],
    ['scale worker in staging to 2, those too'],
  ])('"%s" is asked back', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /more than one action/ });
  });

  it.each([
    ['if worker in prod has fewer than 5 replicas, bring it up to 5', 'scale'],
    ['Sam: restart api in staging. Can you do that?', 'restart'],
    ['scale web in staging to 3 and keep it there', 'scale'],
  ])('"%s" stays one action', (text, tool) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool });
  });

  it('"scale web in prod to 8 from 6 on" asks for the number; "from 6 to 8" is a scale', () => {
    expect(read('scale web in prod to 8 from 6 on').plan.outcome).toBe('clarify');
    expect(read('scale web in prod from 6 to 8').plan).toMatchObject({ tool: 'scale', args: { replicas: 8 } });
  });

  it.each([
    ['restart api in prod actually no just show me the logs', 'get_logs'],
    ['scale worker in staging to 4 sorry I meant 3', 'scale'],
  ])('"%s": a correction without punctuation is taken', (text, tool) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool });
    expect(r.confident).toBe(false);
  });
});

// Blind batches 28, 31 and 34: an object ruled out by name ("leave X alone", "forget X", "I don't care about X"), and a
// namespace's own workloads listed beside it, are no second object. Read without them, unsure.
describe('an object ruled out, or listed as what a namespace holds', () => {
  it.each([
    [
      'leave worker alone, but scale api in prod to 5',
      { tool: 'scale', args: { namespace: 'production', name: 'api', replicas: 5 } },
    ],
    [
      'forget staging, which pods does web have in production?',
      { tool: 'list_pods', args: { namespace: 'production', workload: 'web' } },
    ],
    [
      "we don't care about monitoring or kube-system, just staging's costs per deployment last week",
      { tool: 'query_costs', args: { namespace: 'staging', aggregate: 'deployment', window: 'lastweek' } },
    ],
    [
      'spend of the monitoring namespace (opencost, prometheus) for yesterday?',
      { tool: 'query_costs', args: { namespace: 'monitoring', window: 'yesterday' } },
    ],
  ])('"%s" → %o, unsure', (text, want) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject(want);
    expect(r.confident).toBe(false);
  });

  it.each([['restart prometheus and opencost in monitoring'], ['keep api as is and restart web']])(
    '"%s" still asks: two objects, or one with no namespace',
    (text) => {
      expect(planOffline(text, ctx).plan.outcome).toBe('clarify');
    },
  );
});

// Blind batches 62–141: a second ask joined to a write, one the catalog does not have (page, email, open a ticket,
// post) or a second call ("and send me its logs"), is more than one action; a report asked for is not.
describe('a second ask joined to a write', () => {
  it.each([
    'restart worker in staging and page the platform on-call',
    'scale api in prod to 6 then email the numbers to finance',
    'roll back web in staging and open a ticket for QA',
    'pause checkout in staging and also send me its logs',
  ])('"%s" asks back', (text) => {
    const r = planOffline(text, sandboxPlanContext());
    expect(r.plan.outcome).toBe('clarify');
  });

  it.each(['restart worker in staging and ping me when it is back', 'restart api in staging and let me know when done'])(
    '"%s" is the write',
    (text) => {
      expect(planOffline(text, sandboxPlanContext()).plan).toMatchObject({ outcome: 'tool', tool: 'restart' });
    },
  );
});

// Blind batches 53–145: two reads asked at once, in the person's own words, are more than one action.
describe('two reads joined', () => {
  it.each(['show me the worker pods in staging and the costs for this week', 'get logs for web in prod plus its pods'])(
    '"%s" asks back',
    (text) => {
      expect(planOffline(text, sandboxPlanContext()).plan.outcome).toBe('clarify');
    },
  );
  it('the logs of pods are one read', () => {
    expect(planOffline('logs for the api pods in staging', sandboxPlanContext()).plan).toMatchObject({ tool: 'get_logs' });
  });
});
