import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import type { PlanContext } from '../../src/planner/plan.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// People who do not know the words (rollout, replica, promote) say what they want done: kinds from the misses of
// blind batches 27 and 28 and the development set kinds20, in phrasings of their own. Every write read from such
// words is confirmed by the requester.
const ctx = sandboxPlanContext();
const read = (text: string, c: PlanContext = ctx) => planOffline(text, c);

describe('the end of a rollout in plain words', () => {
  it.each([
    ['show the new version of checkout in staging to everyone', 'promote_rollout', { name: 'checkout', full: true }],
    ['could you roll out the new design of checkout in staging to all users?', 'promote_rollout', { full: true }],
    [
      'checkout in staging shows the new version to a few testers only. can we show it to everyone?',
      'promote_rollout',
      { namespace: 'staging', name: 'checkout', full: true },
    ],
    [
      'the login broke on web in staging since yesterday, please put back the version that was there before',
      'rollback',
      { name: 'web' },
    ],
    ['bring back the old version of api in staging', 'rollback', { namespace: 'staging', name: 'api' }],
    ['make payments use the new version for everyone', 'promote_rollout', { name: 'payments', full: true }],
    ['please move everyone to the new version of checkout in staging', 'promote_rollout', { namespace: 'staging', full: true }],
    [
      'the new checkout in staging fails orders. stop the experiment with the new version please',
      'abort_rollout',
      { namespace: 'staging', name: 'checkout' },
    ],
  ])('"%s" → %s, unsure', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('"show it to everyone" with no new version in the message promotes nothing', () => {
    const r = read('show it to everyone');
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).not.toBe('promote_rollout');
  });

  it('"go back to the previous version" stays a plain, sure rollback', () => {
    const r = read('go back to the previous version of web in production');
    expect(r.plan).toMatchObject({ tool: 'rollback', args: { namespace: 'production', name: 'web' } });
    expect(r.confident).toBe(true);
  });
});

describe('a size in plain words', () => {
  it.each([
    ['make the api in production handle twice the load it handles now', { namespace: 'production', name: 'api', replicas: 8 }],
    ['can you make web in production handle double the traffic?', { namespace: 'production', name: 'web', replicas: 12 }],
    ['make web in production bigger. like double what it has now', { name: 'web', replicas: 12 }],
    ['can we have more copies of web in production? 9 in total', { name: 'web', replicas: 9 }],
    [
      'web in production is struggling with the traffic. Can we have more copies of it running? Let us say 8 in total.',
      { namespace: 'production', name: 'web', replicas: 8 },
    ],
  ])('"%s" → scale %o, unsure', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['take the worker in staging offline', { namespace: 'staging', name: 'worker', replicas: 0 }],
    ['take the website in staging offline now', { namespace: 'staging', name: 'web', replicas: 0 }],
  ])('"%s" → no replicas %o, unsure', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it('"take X down by one" stays a sure size', () => {
    const r = read('take worker in prod down by one');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'production', name: 'worker', replicas: 2 } });
    expect(r.confident).toBe(true);
  });

  it.each([
    'make payments bigger',
    'make web in production handle more people',
    // 9 more, or 9 in all: asked back, never added.
    'can we get more replicas for api in staging? 9',
  ])('"%s" asks how many', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });
});

describe('the website', () => {
  it('is web, when no workload has that name of its own', () => {
    expect(read('is the website in production ok?').plan).toMatchObject({
      tool: 'describe_workload',
      args: { namespace: 'production', name: 'web' },
    });
    const r = read('the website in prod is slow, can you turn it off and on again?');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'production', name: 'web' } });
    expect(r.confident).toBe(false);
  });

  it('is that workload where one is called so', () => {
    const inventory = {
      ...ctx.inventory,
      workloads: [
        ...ctx.inventory.workloads,
        { ...ctx.inventory.workloads.find((w) => w.name === 'web' && w.namespace === 'production')!, name: 'website' },
      ],
    } as PlanContext['inventory'];
    const r = read('restart the website in production', { ...ctx, inventory });
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'production', name: 'website' } });
  });
});

describe('English words are no typos of the words the reader knows', () => {
  it('"what is X saying" is its logs, not a cost ("saying" is not "paying")', () => {
    expect(read('what is the api in staging saying?').plan).toMatchObject({
      tool: 'get_logs',
      args: { namespace: 'staging', name: 'api' },
    });
    expect(read('the api in staging keeps saying connection refused, what is going on').plan).toMatchObject({
      tool: 'describe_workload',
      args: { namespace: 'staging', name: 'api' },
    });
  });

  it.each([
    ['my boss wants to know what web in staging runs', 'network-loss'],
    ['speed up web in staging', 'query_costs'],
  ])('"%s" is not read through a near word (%s)', (text, not) => {
    const plan = read(text).plan;
    expect(JSON.stringify(plan)).not.toContain(not);
  });
});

describe('"can you look?" after the sentence that names the workload', () => {
  it.each([
    ['I think the api in staging crashed, can you look?', { namespace: 'staging', name: 'api' }],
    ['the worker in prod seems stuck. can someone take a look?', { namespace: 'production', name: 'worker' }],
  ])('"%s" describes it', (text, args) => {
    expect(read(text).plan).toMatchObject({ tool: 'describe_workload', args });
  });
});

describe('plain words of a rollout only where they are whole (red team round 37)', () => {
  it.each([
    'just let payments run the new version for a while',
    'show the new version of checkout in staging to the QA team first',
    'make checkout in staging show the new version to 10% of users',
    'the new release checklist is done, show it to everyone on the on-call rotation',
    'we made a new Grafana board for checkout in staging, show the new one to everyone',
    'stop showing the new version banner on checkout in staging',
    'make the disk on prometheus bigger. like double what it has now',
  ])('"%s" promotes, aborts or scales nothing', (text) => {
    const plan = read(text).plan;
    expect(plan.outcome === 'tool' ? plan.tool : plan.outcome).not.toMatch(/promote_rollout|abort_rollout|scale/);
  });

  it('"the website" beside another workload is the symptom, not a target', () => {
    expect(read('the website is slow, restart the worker in staging').plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'staging', name: 'worker' },
    });
  });
});

describe('reads asked in plain words (kinds from blind26–28)', () => {
  it.each([
    ['which nodes are the prod web pods scheduled on?', 'list_pods', { namespace: 'production', workload: 'web' }],
    [
      "I'm a designer, I just want to see what's running in staging right now, which versions etc.",
      'list_workloads',
      { namespace: 'staging' },
    ],
    [
      'the prod worker logs look noisy — show me the last 30 lines',
      'get_logs',
      { namespace: 'production', name: 'worker', tailLines: 30 },
    ],
  ])('"%s" → %s', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('"drain the node the web pods are on" is still refused', () => {
    expect(read('drain the node the web pods are on').plan.outcome).toBe('unsupported');
  });
});

describe('round 38: labels, offline and pasted objects only where whole', () => {
  it.each([
    'One task for Dana: roll back web in prod',
    'One item for the night team: restart worker in prod',
    'Our todo for next sprint: scale worker in prod to 5',
  ])('"%s" is never a sure write', (text) => {
    const r = read(text);
    expect(r.plan.outcome !== 'tool' || !r.confident).toBe(true);
  });

  it.each([
    'web in prod: can we take it offline? this thread is getting long',
    'take the banner down on web in prod, the sale is over',
  ])('"%s" scales nothing', (text) => {
    const plan = read(text).plan;
    expect(plan.outcome === 'tool' ? plan.tool : plan.outcome).not.toBe('scale');
  });

  it('"go back to 3 replicas" is a size, not a rollback', () => {
    expect(read('can we go back to 3 replicas on worker in staging?').plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'worker', replicas: 3 },
    });
  });

  it('an ask with an object of its own under a pasted kubectl command is not the pasted object', () => {
    const plan = read(
      '```\n$ kubectl get deploy/worker -n production\nNAME     READY\nworker   3/3\n```\nscale the database to 3',
    ).plan;
    expect(plan.outcome === 'tool' ? plan.args : {}).not.toMatchObject({ name: 'worker' });
  });
});

describe('round 39: the plain-words kinds only where they are whole', () => {
  it.each([
    'ghcr.io/acme/web:1.8.1 is the build QA tested. web in staging also has a maintenance banner switch. can you put it on?',
    'worker in prod crashed right after the config change. revert the last 3 lines',
    "This thread about payments is getting heated. Let's take payments offline, I'll set up a call.",
    'Kim will take the worker in staging offline for the migration',
    '```\n$ kubectl scale deploy/worker -n production --replicas=6\ndeployment.apps/worker scaled\n```\nrevert',
  ])('"%s" proposes no write', (text) => {
    const plan = read(text).plan;
    expect(plan.outcome === 'tool' ? plan.tool : plan.outcome).toMatch(
      /^(clarify|unsupported|help|list_|describe_|get_logs|query_costs)/,
    );
  });

  it('"Level 3 is fine" said of something else is not the experiment\'s level', () => {
    const r = read(
      'Kill a random pod of checkout in staging for 2 minutes. Level 3 is fine, that is the severity of the drill incident.',
    );
    expect(r.plan.outcome === 'tool' ? r.plan.args.level : 1).toBe(1);
  });
});

describe('blind29/30 kinds, after their first runs', () => {
  it.each([
    ['can you turn the website in staging off and on again?', 'restart', { namespace: 'staging', name: 'web' }],
    ["can you shrink the staging worker to nothing? we don't need it this week", 'scale', { name: 'worker', replicas: 0 }],
  ])('"%s" → %s, confirmed', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'scale prod web back to 6 in two hours',
    'restart api in staging in twenty minutes',
    'restart api in staging in about two hours',
    'scale web in staging to 3 in ninety minutes',
    'restart api in staging in 2h',
    'restart api in staging at 2 p.m.',
    'scale web in staging to 3 at 14:30',
    'restart worker in staging two hours from now',
    'roll back web in staging tmrw',
    'restart api in staging on the 14th',
    'restart api in staging over lunch',
  ])('"%s" is for later: nothing is proposed', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });
});
