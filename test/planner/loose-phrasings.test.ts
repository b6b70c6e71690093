import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from the hard halves of blind batches 29 and 30, in phrasings of their own: sizes said without the usual verb,
// words that are no command ("the exec update"), shares and spans in words, a verb inside the purpose of a request,
// thinking aloud that ends in a decision. Writes read from loose words stay the requester's to confirm.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('a size without the usual verb', () => {
  it.each([
    ['worker of staging is too slow, please put 3', { namespace: 'staging', name: 'worker', replicas: 3 }],
    ['api in prod has too few pods. increase to 6 please', { namespace: 'production', name: 'api', replicas: 6 }],
    ['we have too many pod of web in staging, please reduce to 1', { namespace: 'staging', name: 'web', replicas: 1 }],
    ['put worker in prod 5', { namespace: 'production', name: 'worker', replicas: 5 }],
    ['could you set api in staging to 4?', { namespace: 'staging', name: 'api', replicas: 4 }],
    ['worker in staging should be 3', { namespace: 'staging', name: 'worker', replicas: 3 }],
  ])('"%s" → scale %o, unsure', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['we set worker in prod to 5 yesterday'],
    ['someone set api in staging to 3 this morning'],
    ['payments in prod, make it 60'],
  ])('"%s" scales nothing', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).not.toBe('scale');
  });

  // Red team round 43: a count after a story of another measure, a time or a unit, an opinion told.
  it.each([
    ['the alert for api in prod fired 9 times. please reduce to 3'],
    ['the error rate of web in staging is 5 percent, lower to 1'],
    ['checkout in staging is at 20 percent. increase to 40'],
    ['worker in staging has too many threads. cut to 2'],
    ['set the worker in staging to 4 pm'],
    ['set api in staging to 3 threads'],
    ['u set worker in staging to 2 already'],
    ['set web in staging to 4 if the alert fires'],
    ['everyone agrees api in staging should be 3'],
    ['please put 8 in the incident doc for web in prod'],
    ['put the checkout canary in staging 30'],
    // Red team round 44.
    ['api in staging is busy, its queue depth is 9. reduce to 3'],
    ['web in prod pods use 8 GB each. lower to 4'],
    ['set worker in staging to 2 later'],
    ['set api in staging to 3 retries'],
    ['the doc suggests worker in prod should be 3'],
  ])('"%s" scales nothing', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).not.toBe('scale');
  });

  it('"bump api in staging to 3" still asks whether a version or a count is meant', () => {
    expect(read('bump api in staging to 3').plan).toMatchObject({ outcome: 'clarify', message: /A version or a count/ });
  });
});

describe('words that are no command', () => {
  it.each([
    ['for the exec review: top 5 namespaces by cost this month', { window: 'month', aggregate: 'namespace', top: 5 }],
    ['exec team wants to know what production cost last week', { window: 'lastweek', namespace: 'production' }],
  ])('"%s" reads costs', (text, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool: 'query_costs', args });
  });

  it.each([
    ['exec into the web pod in staging'],
    ['kubectl exec -it api -- sh'],
    ['can you exec bash in worker?'],
    ['exec reports into the api pod in staging'],
  ])('"%s" is still a command the bot cannot run', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'unsupported', message: /cannot run commands/ });
  });
});

describe('shares and spans of an experiment in words', () => {
  it('"drop half of the packets" is a network loss of 50%', () => {
    const r = read('drop half of the packets to api in staging for 30 seconds');
    expect(r.plan).toMatchObject({
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'api', experiment: 'network-loss', lossPercent: 50, durationSeconds: 30 },
    });
  });

  it('"a quarter of its traffic" is a network loss of 25%', () => {
    const r = read('lose a quarter of the traffic to worker in staging');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { experiment: 'network-loss', lossPercent: 25 } });
  });

  it('"halve web and add latency" still asks which', () => {
    expect(read('halve web in staging and add latency').plan.outcome).toBe('clarify');
  });

  it('"for the next hour" is how long it runs', () => {
    const r = read('stress the cpu of api in staging for the next hour');
    expect(r.plan).toMatchObject({
      tool: 'launch_chaos',
      args: { experiment: 'cpu-stress', target: 'api', durationSeconds: 3600 },
    });
  });

  it.each([
    ['in the next hour, stress the memory of worker in staging'],
    ['stress the cpu of api in staging within the next hour'],
  ])('"%s" is a time, not a span of an hour', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.args.durationSeconds === 3600).toBe(false);
  });

  it.each([
    ['we dropped half the packets to api in staging yesterday and it held'],
    ['drop half the traffic alerts for web in staging'],
  ])('"%s" is no 50%% network loss', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.args.lossPercent === 50).toBe(false);
  });

  it('a restart "next hour" waits to be asked again', () => {
    const r = read('restart api in staging next hour');
    expect(r.confident).toBe(false);
  });
});

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

describe('reads and experiments in everyday words', () => {
  it.each([
    ['what did production cost the month before?', { window: 'lastmonth', namespace: 'production' }],
    ['staging spend for the week before please', { window: 'lastweek', namespace: 'staging' }],
    ['I need the cost of monitoring last month, for our budget review please', { window: 'lastmonth', namespace: 'monitoring' }],
  ])('"%s" → query_costs %o', (text, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool: 'query_costs', args });
  });

  it('"the week before last" is a window the bot cannot query', () => {
    expect(read('staging costs for the week before last').plan.outcome).toBe('clarify');
  });

  it('"any chaos in production? I want to be sure before the release" lists the experiments', () => {
    const r = read('is any chaos experiment running in production? I want to be sure before the release');
    expect(r.plan).toMatchObject({ tool: 'list_chaos', args: { namespace: 'production' } });
  });

  it('"cut off X from the network" is a network partition', () => {
    const r = read('cut off worker in staging from the network for 3 minutes');
    expect(r.plan).toMatchObject({
      tool: 'launch_chaos',
      args: { target: 'worker', experiment: 'network-partition', durationSeconds: 180 },
    });
  });

  it('"I would like X to have as many replicas as Y" takes the count from Y, unsure', () => {
    const r = read('I would like staging web to have the same number of replicas as prod web');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 6 } });
    expect(r.confident).toBe(false);
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

describe('asides and team words', () => {
  it('"for the retro doc" is no typo of retry', () => {
    expect(read('for the retro doc: spend per deployment in production, yesterday only').plan).toMatchObject({
      tool: 'query_costs',
      args: { window: 'yesterday', aggregate: 'deployment', namespace: 'production' },
    });
  });

  it('"(… but ignore that)" takes back only the aside', () => {
    const r = read(
      'create a deployment called img-resize in staging with image ghcr.io/acme/img-resize:1.2.0 on port 8080 (the old box had 16 cores, ignore that)',
    );
    expect(r.plan).toMatchObject({ tool: 'create_deployment', args: { name: 'img-resize', port: 8080 } });
  });

  it('"(edit: cancel)" still takes the request back', () => {
    expect(read('restart worker in staging\n(edit: cancel, false alarm)').plan.outcome).toBe('clarify');
  });

  it('"is api in staging ok? I need a yes or no" describes it', () => {
    expect(read('is api in staging ok? I need a yes or no').plan).toMatchObject({
      tool: 'describe_workload',
      args: { name: 'api' },
    });
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

// Red team round 48 (2c9a77a): times of an event, states to wait for, bounds after the count, wider scopes.
describe('when, how far and where, said in passing', () => {
  it.each([
    ['restart api in staging before the rollout'],
    ['scale worker in prod to 4 during the update'],
    ['promote checkout in staging when healthy'],
    ['roll back web in prod when it is broken'],
  ])('"%s" is not for now', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"after the deploy it crashes, roll back web in staging" is a rollback now', () => {
    expect(read('after the deploy it crashes, roll back web in staging').plan).toMatchObject({ tool: 'rollback' });
  });

  it.each([['scale web in staging to 3 and up'], ['scale worker in prod to 4 at most'], ['scale api in staging to 2 on top']])(
    '"%s" asks for the number',
    (text) => {
      expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /Which number/ });
    },
  );

  it.each([['restart web in staging from 5'], ['abort checkout in staging from 2']])('"%s" is not run as read', (text) => {
    expect(read(text).confident).toBe(false);
  });

  it('"scale web from 2 to 4" stays sure', () => {
    expect(read('scale web in staging from 2 to 4').confident).toBe(true);
  });

  it.each([['restart worker in staging across clusters'], ['roll back api in prod across all environments']])(
    '"%s" is refused as a bulk action',
    (text) => {
      expect(read(text).plan.outcome).toBe('unsupported');
    },
  );

  it.each([
    ['restart web in staging on and off'],
    ['restart worker in prod using the old version'],
    ['promote checkout in staging to 100 replicas'],
    ['go back to worker in prod'],
  ])('"%s" is asked back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"go back to the api version staging had before" is still a rollback', () => {
    expect(read('can we go back to the api version staging had before? the rc broke signup').plan).toMatchObject({
      tool: 'rollback',
      args: { name: 'api' },
    });
  });
});

// Red team round 49 (57ff400): some pods of a workload, a workload's own doing told, a version for a count.
describe('part of a workload, and what it does by itself', () => {
  it.each([
    ['restart the failing pods of worker in prod'],
    ['bounce the old api pods in staging'],
    ['kill the broken web pods in staging'],
    ['restart most of api in prod'],
    ['scale the stuck pods of worker in staging to 0'],
  ])('"%s" does not act on every pod', (text) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'clarify', message: /replaces every pod/ });
  });

  it('"restart all web pods in staging" is a restart', () => {
    expect(read('restart all web pods in staging').plan).toMatchObject({ tool: 'restart', args: { name: 'web' } });
  });

  it('"are the new web pods up after the restart?" reads the pods', () => {
    expect(read('are the new worker pods in prod up after the restart?').plan).toMatchObject({ tool: 'list_pods' });
  });

  it.each([['worker in staging restarts'], ['api in prod would roll back'], ['checkout in staging should pause']])(
    '"%s" is told, not asked',
    (text) => {
      expect(read(text).plan.outcome).toBe('clarify');
    },
  );

  it('"coredns restart pls" is still a restart', () => {
    expect(read('coredns restart pls').plan).toMatchObject({ tool: 'restart', args: { name: 'coredns' } });
  });

  it('"scale web in staging to revision 3" asks count or version', () => {
    expect(read('scale api in staging to version 2').plan).toMatchObject({ outcome: 'clarify', message: /count or a version/ });
  });

  it('"scale web in staging at 3" is confirmed', () => {
    expect(read('scale worker in staging at 4').confident).toBe(false);
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

// Red team round 51 (bfeb817) and blind32's voice transcripts (development now).
describe('sizes and redeploys after a request; words a voice transcript splits', () => {
  it.each([
    ['restart worker in staging and size it up'],
    ['pause checkout in prod then size it down'],
    ['restart api in prod and redeploy it'],
  ])('"%s" is two actions', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /more than one action/ });
  });

  it.each([
    ['bounce core dns please', 'restart', { namespace: 'kube-system', name: 'coredns' }],
    ['abort check out in staging', 'abort_rollout', { namespace: 'staging', name: 'checkout' }],
    [
      'set worker in staging to ghcr dot io slash acme slash worker colon 0.9.6',
      'set_image',
      { image: 'ghcr.io/acme/worker:0.9.6' },
    ],
  ])('"%s" → %s, confirmed', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('"check out staging" (round 52) looks at staging, not at a workload called checkout', () => {
    const r = read('check out staging');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'describe_workload').toBe(false);
  });

  it('"check out the pods of api in staging" is no workload called checkout', () => {
    expect(read('check out the pods of api in staging').plan).toMatchObject({ tool: 'list_pods', args: { workload: 'api' } });
  });
});
