import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from development sets dev-kinds11/12 and blind15/16's misses, in phrasings of their own: everyday questions
// that have one read as their answer, and requests near the catalog that are outside it.
const ctx = sandboxPlanContext();
const plan = (text: string) => planOffline(text, ctx).plan;

describe('everyday questions read the state that answers them', () => {
  it.each([
    ['got any canaries running in staging?', 'list_workloads', { namespace: 'staging' }],
    ['what fault injections do we have going', 'list_chaos', {}],
    [
      'exceptions from api in staging during the past 10 minutes?',
      'get_logs',
      { namespace: 'staging', name: 'api', sinceSeconds: 600 },
    ],
    ['what nodes did the coredns pods land on', 'list_pods', { namespace: 'kube-system', workload: 'coredns' }],
    ['how many restarts has worker in prod racked up', 'list_pods', { namespace: 'production', workload: 'worker' }],
    ['is anything in staging crashlooping? restart counts please', 'list_pods', { namespace: 'staging' }],
    ['monitoring vs kube-system spend yesterday', 'query_costs', { window: 'yesterday', aggregate: 'namespace' }],
    [
      'which team burns more, prod or staging? give me the past 3 days by namespace',
      'query_costs',
      { window: '3d', aggregate: 'namespace' },
    ],
  ])('"%s" → %s', (text, tool, args) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('two windows compared still ask for one', () => {
    expect(plan('staging cost today versus yesterday').outcome).toBe('clarify');
  });
});

describe('near the catalog but outside it', () => {
  it.each([
    'grant <@U0KIM> deploy access on production',
    'put me into the approvers group for prod',
    'silence the disk alert for prometheus until tomorrow',
    'create a spending cap for staging at $2k',
    'email me when staging goes over 300 a day',
    'let <@U0RAJ> know that checkout is promoted',
    'ping Sam that web is back',
    'how big is the opencost volume',
  ])('"%s" is unsupported', (text) => {
    expect(plan(text).outcome).toBe('unsupported');
  });

  it.each([
    ['tell me what checkout in staging is doing', 'describe_workload'],
    ['are we over budget in monitoring this month?', 'query_costs'],
    ['add 2 replicas to web in staging, the alerts are noisy', 'scale'],
    ['roll back web in staging, people lost access to the login page', 'rollback'],
    ['roll back api in staging, its retry policy is broken', 'rollback'],
    ['Grant wants us to restart worker in staging', 'restart'],
  ])('"%s" is still read', (text, tool) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool });
  });
});

// Kinds from dev-kinds13's long messages and timing words, in texts of their own.
describe('the ask at the end of a story, and timing that means now', () => {
  it.each([
    [
      'retro notes: web held up under 400ms, worker fell over at level 6, INC-88 still open. anyway, the only thing I need from you is this: pause the checkout rollout in staging',
      'pause_rollout',
    ],
    [
      'Context: staging has web 2, api 2, worker 1, and the perf team floated 8 for web. I would rather just add 1 to staging worker.',
      'scale',
    ],
    ['when you get a chance, could you roll back api in staging? no rush', 'rollback'],
    ["sometime today can you pull yesterday's monitoring costs", 'query_costs'],
  ])('"%s" → %s', (text, tool) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool });
  });

  it('a read asked last is answered after a story that asks nothing of the bot', () => {
    expect(plan('who put a canary on staging on a friday evening?? never mind. what image is staging web running')).toMatchObject(
      {
        outcome: 'tool',
        tool: 'describe_workload',
        args: { namespace: 'staging', name: 'web' },
      },
    );
  });
});

// Kinds from dev-kinds14's misses, in texts of their own.
describe('experiments still running, extra replicas, pods named by an alert', () => {
  it('a question whether an experiment is still going lists the experiments', () => {
    expect(plan('is the packet loss thing on staging worker still running?')).toMatchObject({
      tool: 'list_chaos',
      args: { namespace: 'staging' },
    });
  });
  it('"two extra replicas" adds to the live count', () => {
    expect(plan('two extra replicas on worker in staging please')).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'worker', replicas: 3 },
    });
  });
  it('a pod an alert names is where the alert says it is', () => {
    expect(plan('> [FIRING] PodNotReady: pod api-6d9c7b8f4-h2k9w in namespace staging\nplease delete that pod')).toMatchObject({
      tool: 'delete_pod',
      args: { namespace: 'staging', name: 'api-6d9c7b8f4-h2k9w' },
    });
  });
});

// Kinds from blind19/20's misses (development sets once scored), in texts of their own.
describe('reads, refusals and help asked in other words', () => {
  it.each([
    ['basically kubectl get pods -n monitoring', 'list_pods'],
    ['get po -n staging', 'list_pods'],
    ['per-pod spend in production yesterday', 'query_costs'],
  ])('"%s" → %s', (text, tool) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool });
  });
  it.each([
    'give @omar access to production',
    'can you give me write rights on staging? I get a 403',
    'post in #deploys that api 2.4.0 is live',
    'sync the web-production app in argocd',
  ])('"%s" is unsupported', (text) => {
    expect(plan(text).outcome).toBe('unsupported');
  });
  it('"what are you actually able to do?" asks for help', () => {
    expect(plan('honestly no clue how this works, what are you actually able to do?').outcome).toBe('help');
  });
  it('a statement about a workload is looked at, never for sure', () => {
    expect(planOffline('honestly worker in staging is held together with tape', ctx).confident).toBe(false);
  });
});

// Blind batch 35 and 36's misses: a value of the read said in the sentence beside it.
describe("a read's value said in the sentence beside it", () => {
  it.each([
    ['worker logs in prod? I need the last 250 lines', { namespace: 'production', name: 'worker', tailLines: 250 }],
    ['api in staging, logs please. Want 80 lines.', { namespace: 'staging', name: 'api', tailLines: 80 }],
    ['logs of web in prod? want the most recent 120 lines', { namespace: 'production', name: 'web', tailLines: 120 }],
  ])('"%s" takes the lines', (text, args) => {
    expect(planOffline(text, ctx).plan).toMatchObject({ tool: 'get_logs', args });
  });

  it('a count the correction took stands: "logs for api in staging, last 50 lines. make it 120"', () => {
    expect(planOffline('logs for api in staging, last 50 lines. make it 120', ctx).plan).toMatchObject({
      args: { tailLines: 120 },
    });
  });

  it.each([
    ["what does the cluster cost us a day? show me yesterday's total for the whole cluster"],
    ['how much are we spending? give me the total for the whole cluster, yesterday'],
  ])('"%s" is the costs, not a list of workloads', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ tool: 'query_costs', args: { window: 'yesterday' } });
  });
});

// Blind batch 33's misses: a chaos experiment or a game day said as a time ("after the chaos"), not as the object.
describe('an experiment said as a time', () => {
  it.each([
    ['show me the api logs in staging since the chaos test', 'get_logs'],
    ['how are the worker pods in staging doing after the game day?', 'list_pods'],
    ['describe web in staging, after the fault injection session', 'describe_workload'],
  ])('"%s" reads what is asked (%s)', (text, tool) => {
    expect(plan(text)).toMatchObject({ tool });
  });

  it('"restart worker in staging after the chaos run" is still a time to act, asked back', () => {
    expect(plan('restart worker in staging after the chaos run').outcome).toBe('clarify');
  });

  it('"which chaos experiments are running in staging" still lists them', () => {
    expect(plan('which chaos experiments are running in staging')).toMatchObject({ tool: 'list_chaos' });
  });
});

// Blind batch 38's misses: one length said in two units.
describe('a length in two units', () => {
  it.each([
    ['worker logs in prod for the past 2h15m', { tool: 'get_logs', args: { sinceSeconds: 8100 } }],
    ['api logs in staging, last 1 hour and 5 minutes', { tool: 'get_logs', args: { sinceSeconds: 3900 } }],
    ['add 100ms latency to web in staging for 2 min 15 sec', { tool: 'launch_chaos', args: { durationSeconds: 135 } }],
  ])('"%s" sums them', (text, want) => {
    expect(plan(text)).toMatchObject(want);
  });
});

it('"could you tell me which step the payments rollout is on" describes it, no promotion', () => {
  expect(plan('could you tell me which step the payments rollout is on')).toMatchObject({ tool: 'describe_workload' });
});

// Blind batch 44's misses: a percent written "pct", and a state with a command after it and no stop.
describe('phone shorthand', () => {
  it('"drop 25 pct packets web stg" drops 25%', () => {
    expect(planOffline('drop 25 pct packets web stg', sandboxPlanContext()).plan).toMatchObject({
      tool: 'launch_chaos',
      args: { experiment: 'network-loss', lossPercent: 25, target: 'web', namespace: 'staging' },
    });
  });

  it('"Check out in stage is stuck at 20% promote it" is not a sure note', () => {
    const r = planOffline('Check out in stage is stuck at 20% promote it', sandboxPlanContext());
    expect(r.confident).toBe(false);
  });
});

// Blind batch 45's misses: a change ticket and its id are the paperwork around a request, not a second action.
describe('change tickets', () => {
  it.each([
    ['Change CHG-1120: double the worker replicas in prod.', 'scale'],
    ['For change CHG-8021, please scale the api Deployment in production from 4 to 6 and confirm.', 'scale'],
    ["CHG-9050: delete pod prometheus-6d9c7b8f4-7qzvx, it's wedged.", 'delete_pod'],
  ])('"%s" is read as its %s', (text, tool) => {
    expect(planOffline(text, sandboxPlanContext()).plan).toMatchObject({ tool });
  });

  it('"change the image of web in staging to ghcr.io/acme/web:1.9.0" is still a change of image', () => {
    expect(planOffline('change the image of web in staging to ghcr.io/acme/web:1.9.0', sandboxPlanContext()).plan).toMatchObject({
      tool: 'set_image',
    });
  });
});

// Kinds from blind115-126's misses, in phrasings of their own: what the bot can do, what a word of its catalog means,
// and a read about the one Rollout of a strategy.
describe('questions about the bot and its words, and about "the staging canary"', () => {
  it.each([
    'can you run chaos drills?',
    'are you able to do blue-green promotions?',
    'what is a canary, in your world?',
    "what's the difference between abort and pause?",
    'what does rollback mean here?',
  ])('"%s" is a question for help', (text) => {
    expect(plan(text).outcome).toBe('help');
  });

  it.each([
    ['how is the staging canary doing?', { namespace: 'staging', name: 'checkout' }],
    ['status of the blue-green in prod', { namespace: 'production', name: 'payments' }],
  ])('"%s" describes that Rollout', (text, args) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool: 'describe_workload', args });
  });

  it.each([
    ['can you restart worker in staging?', 'restart'],
    ['can you do a cost breakdown by deployment for last week, please?', 'query_costs'],
    ['what runs alongside the staging canary?', 'list_workloads'],
  ])('"%s" is still the call it asks for', (text, tool) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool });
  });
});

// Blind batches 104–137: a list of every workload was the fallback for messages that say nothing of workloads, of what
// runs or of listing (thanks, chat, other systems). Such a message is not understood, and not surely; one that says
// what it wants listed still gets the list.
describe('a list asked for nothing', () => {
  it.each([
    'show me the VPN tunnels on the edge firewall',
    'great work today bot, see you on Monday',
    'can you give the data team more GPU hours?',
  ])('"%s" is not a list of workloads', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome).toBe('unsupported');
    expect(r.confident).toBe(false);
  });

  it.each(['what apps do we have', 'show me everything that runs', 'k get deploy -A'])('"%s" lists', (text) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool: 'list_workloads' });
  });
});

// Blind batches 26–139: the one number for the whole cluster, said with words other than "cost".
describe('the cluster total', () => {
  it.each([
    ["what's the whole cluster's burn for the past 3 days?", '3d'],
    ['cluster total so far today', 'today'],
    ['what did the cluster as a whole cost last week', 'lastweek'],
    ['cluster-wide spend this month', 'month'],
  ])('"%s" → query_costs cluster %s', (text, window) => {
    expect(plan(text)).toMatchObject({ outcome: 'tool', tool: 'query_costs', args: { window, aggregate: 'cluster' } });
  });
});

// Blind146: a drill or a game day named beside another question is its occasion, not what is asked.
describe('a drill as the occasion of a question', () => {
  it('"what did production cost this week? it is for the game day report" → query_costs', () => {
    expect(plan('what did production cost this week? it is for the game day report')).toMatchObject({ tool: 'query_costs' });
  });
  it('"any drills running in staging?" lists the experiments', () => {
    expect(plan('any drills running in staging?')).toMatchObject({ tool: 'list_chaos' });
  });
});
