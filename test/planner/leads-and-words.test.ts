import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from blind41–54's misses, in phrasings of their own: a word of urgency or manner before the verb, the sender's
// own command after a colon that follows what someone else said, everyday words for a read, and a catalog call typed
// as a command line.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('the request after words of urgency, manner or a report', () => {
  it.each([
    ['yalla bounce api in staging, it is stuck', 'restart', { namespace: 'staging', name: 'api' }],
    ['help me restart worker in staging, the queue is stuck somehow', 'restart', { namespace: 'staging', name: 'worker' }],
    [
      'Dana said I can do a quick drill today: kill a pod of web in staging',
      'launch_chaos',
      { namespace: 'staging', target: 'web', experiment: 'pod-kill' },
    ],
  ])('"%s" → %s, for the requester to confirm', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'the alert said: scale worker in production to 6',
    'the runbook says: restart api in production',
    'Dana said: restart web in production',
  ])('"%s": the words after a report are the report’s, not a request', (text) => {
    const r = read(text);
    if (r.plan.outcome === 'tool') expect(r.confident).toBe(false);
  });
});

it('"fully" before the verb is how far, not a word the reader misses', () => {
  expect(read('tests are green, fully promote checkout in staging').plan).toMatchObject({
    tool: 'promote_rollout',
    args: { namespace: 'staging', name: 'checkout', full: true },
  });
});

describe('everyday words for a read', () => {
  it.each([
    ['deets on worker in staging', 'describe_workload', { namespace: 'staging', name: 'worker' }],
    ['inventory of monitoring please', 'list_workloads', { namespace: 'monitoring' }],
    ['chargeback by namespace for last month', 'query_costs', { window: 'lastmonth', aggregate: 'namespace' }],
  ])('"%s" → %s', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });
});

describe('a catalog call typed as a command line', () => {
  it('a read is read as typed', () => {
    const r = read('list_pods namespace=staging workload=api');
    expect(r.plan).toMatchObject({ tool: 'list_pods', args: { namespace: 'staging', workload: 'api' } });
    expect(r.confident).toBe(true);
  });
  it('a write is confirmed by the requester', () => {
    const r = read('restart namespace=staging name=worker');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'worker' } });
    expect(r.confident).toBe(false);
  });
});

describe('a read beside a command', () => {
  it('a read found beside a clause that commands a change is not sure', () => {
    const r = read('my family wants to see the parade so quick one: retry payments');
    expect(r.plan.outcome).toBe('tool');
    expect(r.confident).toBe(false);
  });
  it.each([
    'restart would be overkill, just show me the logs of api in staging',
    'restart count of worker in staging',
    'can you double check worker in production for me?',
  ])('"%s": a change named as a noun leaves the read sure', (text) => {
    const r = read(text);
    expect(r.plan.outcome).toBe('tool');
    expect(r.confident).toBe(true);
  });
});

describe('restarts counted and images not known yet', () => {
  it('"the pods and their restarts" lists the pods', () => {
    expect(read('show the worker pods in staging and their restarts').plan).toMatchObject({
      tool: 'list_pods',
      args: { namespace: 'staging', workload: 'worker' },
    });
  });
  it.each([
    'create deployment notes in staging with image TBD',
    'create a deployment called notes in staging, image todo',
    'set the image of web in staging to Nginx:1.27',
  ])('"%s" asks which image', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });
});

describe('corrections mid-request, the means of a goal and details of the one named', () => {
  it.each([
    ['scale api — sorry, web — in staging to 2', 'scale', { namespace: 'staging', name: 'web', replicas: 2 }],
    ['promote payments, one step only, not full', 'promote_rollout', { name: 'payments', full: false }],
    ['quiet down api in staging by restarting it', 'restart', { namespace: 'staging', name: 'api' }],
    ['what is going on with opencost? give me the details', 'describe_workload', { namespace: 'monitoring', name: 'opencost' }],
  ])('"%s" → %s, for the requester to confirm', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
  it('"restart api in prod, no, staging, no, which one?" stays unsettled', () => {
    expect(read('restart api in prod, no, staging, no, hmm... which one was it?').plan.outcome).not.toBe('tool');
  });
  it('"give me the details" with no workload asks which', () => {
    expect(read('give me the details').plan.outcome).toBe('clarify');
  });
});

describe('asking what the bot does, and OpenCost by name', () => {
  it.each(['what can this bot do for our team?', 'what am I allowed to ask you?', 'so what can you actually show me?'])(
    '"%s" is help',
    (text) => {
      expect(read(text).plan.outcome).toBe('help');
    },
  );
  it('"opencost numbers for last week" are the costs, not the opencost workload', () => {
    expect(read('opencost numbers for last week').plan).toMatchObject({
      tool: 'query_costs',
      args: { window: 'lastweek', aggregate: 'namespace' },
    });
  });
  it('"wats in staging" lists it', () => {
    expect(read('wats in staging').plan).toMatchObject({ tool: 'list_workloads', args: { namespace: 'staging' } });
  });
});

it('a window corrected to "this month so far" is the month', () => {
  expect(read('costs for staging last week, no actually this month so far').plan).toMatchObject({
    tool: 'query_costs',
    args: { window: 'month', namespace: 'staging' },
  });
});

describe('corrections of a relative change, alternatives, "minus one on"', () => {
  it('"add 2 to staging web... correction, add 3" adds 3', () => {
    const r = read('add 2 to staging web... correction, add 3');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 5 } });
    expect(r.confident).toBe(false);
  });
  it('"in, uh, staging or prod" offers two places: asked, not corrected', () => {
    expect(read('restart worker in, uh, staging or prod, not sure which').plan.outcome).toBe('clarify');
  });
  it('"minus one on staging api" is one replica fewer', () => {
    expect(read('minus one on staging api').plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'api', replicas: 1 },
    });
  });
});

describe('a count from and to, with an arrow', () => {
  it('"staging web 2 → 3" scales to 3, for the requester to confirm', () => {
    const r = read('staging web 2 → 3');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 3 } });
    expect(r.confident).toBe(false);
  });
  it('a count before the arrow that the workload does not have is asked', () => {
    expect(read('staging web 5 -> 3').plan.outcome).toBe('clarify');
  });
});
