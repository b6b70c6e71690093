import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Everyday words, from the hard halves of blind batches 29 to 32 and red-team rounds 43 to 52, in phrasings of their
// own: words that are no command ("the exec update"), reads and experiments in everyday words, asides and team words,
// part of a workload and what it does by itself.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

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

// Kinds from the dev sets (blind27 and blind28's hard halves) and round 59, in phrasings of our own.
describe('creating, bringing back, narrowing and ranking in everyday words', () => {
  it('"could we get the new \'status-board\' app up in staging with image …" creates it; no word of the reader leaks into the answer', () => {
    const r = read("could we get the new 'status-board' app up in staging with image ghcr.io/acme/status-board:1.0.0");
    expect(r.plan).toMatchObject({
      outcome: 'tool',
      tool: 'create_deployment',
      args: { namespace: 'staging', name: 'status-board' },
    });
    const asked = read("can we get the new 'billing' app up in staging");
    expect(asked.plan.outcome === 'tool' ? '' : asked.plan.message).not.toMatch(/-noun/);
  });

  it.each([['can you get api in staging back up'], ['get worker in production running again']])(
    '"%s" asks how to bring it back, not a read',
    (text) => {
      const r = read(text);
      expect(r.plan).toMatchObject({ outcome: 'clarify', message: /restart it, or scale it up/ });
      expect(r.confident).toBe(false);
    },
  );

  it('"list the pods in staging. actually, only the ones for worker" narrows to worker\'s pods', () => {
    expect(read('list the pods in staging. actually, only the ones for worker').plan).toMatchObject({
      outcome: 'tool',
      tool: 'list_pods',
      args: { namespace: 'staging', workload: 'worker' },
    });
  });

  it.each([["what's costing the most in production?"], ['what are the priciest things in staging this month?']])(
    '"%s": what costs most inside one namespace is counted per deployment',
    (text) => {
      expect(read(text).plan).toMatchObject({ outcome: 'tool', tool: 'query_costs', args: { aggregate: 'deployment' } });
    },
  );

  it.each([
    ['create deployment echo in staging with image nginx:1.27 on port 8080:80'],
    ['create echo in staging from nginx:1.27 with ports 80 and 443'],
  ])('"%s": more than one port asks which one', (text) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'clarify', message: /Which one port/ });
  });

  it('"create deployment echo in staging with image nginx:1.27 on port 8080" keeps its one port', () => {
    expect(read('create deployment echo in staging with image nginx:1.27 on port 8080').plan).toMatchObject({
      outcome: 'tool',
      tool: 'create_deployment',
      args: { port: 8080 },
    });
  });
});

// Round 59's kinds (Argo words, polite forms), in phrasings of our own.
describe('Argo words and polite forms', () => {
  it.each([
    ['kindly increase the api replicas in staging upto 4', 'scale', { namespace: 'staging', name: 'api', replicas: 4 }],
    ['skip a step on checkout in production', 'promote_rollout', { namespace: 'production', name: 'checkout', full: false }],
    ['please make the payments preview the active one', 'promote_rollout', { namespace: 'production', name: 'payments' }],
  ])('"%s" → %s %o', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('"could you help me understand how to roll back api in staging?" explains, and writes nothing', () => {
    expect(read('could you help me understand how to roll back api in staging?').plan.outcome).toBe('help');
  });
});

// Rounds 60 and 61 (confident wrong writes on c5a8f0b), in phrasings of our own.
describe('versions, builds, copies, ports and hashtags', () => {
  it.each([
    ['roll back api in staging to version 1'],
    ['go back to v1 on web in production'],
    ['roll back worker in production to image 2'],
  ])('"%s": a version said as a number asks revision or release', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /A revision or a release/ });
  });

  it.each([['roll back api in staging to revision 1'], ['roll back api in staging to revison 1']])(
    '"%s" still rolls back to revision 1',
    (text) => {
      expect(read(text).plan).toMatchObject({ outcome: 'tool', tool: 'rollback', args: { toRevision: 1 } });
    },
  );

  it('"upgrade api in production to v3" asks which release, inventing no tag', () => {
    expect(read('upgrade api in production to v3').plan).toMatchObject({ outcome: 'clarify', message: /Which release/ });
  });

  it.each([
    ['push the new build to production: ghcr.io/acme/worker:0.9.5', 'worker'],
    ['get the new rc running in staging: ghcr.io/acme/api:2.4.0', 'api'],
  ])('"%s": a new build is set on the workload its image is for, not created under the name "build"', (text, name) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'set_image', args: { name } });
    expect(r.confident).toBe(false);
  });

  it('"spin up a second api in staging with ghcr.io/acme/api:2.4.0" asks for a name, and touches api not', () => {
    expect(read('spin up a second api in staging with ghcr.io/acme/api:2.4.0').plan).toMatchObject({ outcome: 'clarify' });
  });

  it.each([
    ['create deployment echo in staging with image nginx:1.27 :9090'],
    ['create deployment echo in staging with image nginx:1.27:9090'],
    ['create deployment echo in staging with image nginx:1.27, 9090/tcp'],
  ])('"%s": a port said so is not dropped', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /Which one port/ });
  });

  it.each([['#rollback api in staging'], ['scale web in staging to 3 #jk']])('"%s" is not sure', (text) => {
    expect(read(text).confident).toBe(false);
  });
});

describe('a revision the workload has', () => {
  it.each([
    ['roll back api in staging to revision 3', /there is no revision 3/],
    ['roll back api in staging to revision 2', /runs revision 2 now/],
    ['roll back api in production to revision 1', /one revision/],
  ])('"%s" asks back', (text, message) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message });
  });
});

// Rounds 62 and 63 (confident wrong writes on 44565d5) and thread replies, in phrasings of our own.
describe('hashtags, edges of revisions and chaos values, pod names, regions, replies to a quoted request', () => {
  it.each([['scale api in staging to 2 #maybe'], ['#platform restart worker in staging'], ['restart api in staging #later']])(
    '"%s": a write beside a hashtag is not sure',
    (text) => {
      expect(read(text).confident).toBe(false);
    },
  );

  it('"#platform should we restart worker in staging" is still a question: a leading hashtag labels the message', () => {
    const r = read('#platform should we restart worker in staging');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'restart').toBe(false);
  });

  it('a Slack channel is no hashtag: "<#C01|ops> pause the checkout rollout in production" stays sure', () => {
    expect(read('<#C01|ops> pause the checkout rollout in production').confident).toBe(true);
  });

  it.each([['roll back api in staging to the latest revision'], ['roll back worker in production']])(
    '"%s" is not sure (the dry run says what it finds)',
    (text) => {
      expect(read(text).confident).toBe(false);
    },
  );

  it.each([
    ['add 100ms latency to web in staging for 2:00', /For how long/],
    ['delete pod api-7d4b9 in staging', /is not a pod of a workload/],
    ['delete pod worker-7d4b9c8f5-x2k9q in kube-system', /is not a pod of a workload/],
    ['restart api in staging on eu-central-1', /There is no cluster "eu-central-1"/],
    ['scale web in staging to 3 on the backup cluster', /There is no cluster "backup cluster"/],
  ])('"%s" asks back', (text, message) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message });
  });

  it('"stress memory of api in staging at max" is not sure of level 1', () => {
    expect(read('stress memory of api in staging at max').confident).toBe(false);
  });

  it.each([
    ['> scale api in staging to 3\nactually make it 4', 'scale', { namespace: 'staging', name: 'api', replicas: 4 }],
    [
      '> Restart staging/web (a rolling restart of its pods).\nsame for production please',
      'restart',
      { namespace: 'production', name: 'web' },
    ],
    [
      '> Scale production/web from 6 to 8 replicas.\nthanks! the same for api',
      'scale',
      { namespace: 'production', name: 'api', replicas: 8 },
    ],
  ])('%j: the quoted request, amended or carried over, for the requester to confirm', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

// Kinds from blind33 and blind34's first runs (now development sets), in phrasings of our own.
describe('costs, steps, reports and arrows in everyday words', () => {
  it('"costs per namspace last month" reads the grouping typed wrong', () => {
    expect(read('costs per namspace last month').plan).toMatchObject({ tool: 'query_costs', args: { aggregate: 'namespace' } });
  });

  it('"what has monitoring costed this week?" is a cost', () => {
    expect(read('what has monitoring costed this week?').plan).toMatchObject({
      tool: 'query_costs',
      args: { namespace: 'monitoring' },
    });
  });

  it.each([['send the staging cost report to me as a pdf'], ['please email the production costs to cfo@acme.io']])(
    '"%s" is refused: the bot answers in the chat',
    (text) => {
      expect(read(text).plan.outcome).toBe('unsupported');
    },
  );

  it('"run a dns chaos on api in staging" is refused with the experiments the bot runs', () => {
    expect(read('run a dns chaos on api in staging').plan).toMatchObject({ outcome: 'unsupported', message: /pod-kill/ });
  });

  it('"costs for staging this month and last month" asks for one window at a time', () => {
    expect(read('costs for staging this month and last month').plan).toMatchObject({
      outcome: 'clarify',
      message: /One window at a time/,
    });
  });

  it.each([['another step for checkout in production please'], ['give the checkout canary in staging one more step']])(
    '"%s" promotes one step: a step is no replica',
    (text) => {
      expect(read(text).plan).toMatchObject({ tool: 'promote_rollout', args: { full: false } });
    },
  );

  it('"the api canary looks broken → roll back api in staging": the arrow leads to the ask', () => {
    expect(read('the api rc looks broken → roll back api in staging').plan).toMatchObject({
      tool: 'rollback',
      args: { namespace: 'staging', name: 'api' },
    });
  });

  it('"new deployment web-shadow in staging, image ghcr.io/acme/web:1.9.0" creates web-shadow, leaving web alone', () => {
    expect(read('new deployment web-shadow in staging, image ghcr.io/acme/web:1.9.0').plan).toMatchObject({
      tool: 'create_deployment',
      args: { name: 'web-shadow' },
    });
  });
});

describe('all namespaces, and a workload cut off from everything', () => {
  it.each([
    ['list the chaos experiments in all namespaces', 'list_chaos'],
    ['show workloads across all namespaces', 'list_workloads'],
  ])('"%s" reads every namespace: "all" is no namespace', (text, tool) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool });
    expect(r.plan.outcome === 'tool' ? r.plan.args.namespace : 'none').toBeUndefined();
  });

  it('"cut the network of worker in staging off from everything for 30 seconds" partitions one workload', () => {
    expect(read('cut the network of worker in staging off from everything for 30 seconds').plan).toMatchObject({
      tool: 'launch_chaos',
      args: { target: 'worker', experiment: 'network-partition' },
    });
  });

  it('"restart everything in staging" is still a bulk action, refused', () => {
    expect(read('restart everything in staging').plan.outcome).toBe('unsupported');
  });
});

// Round 64 (17 confident wrong writes on 359872d): a version change said "from X to Y" set the image to X.
describe('a version said from one to another', () => {
  it.each([
    ['update worker in production from 0.9.3 to 0.9.5', 'ghcr.io/acme/worker:0.9.5'],
    ['set image of api in staging 2.4.0-rc1 → 2.4.1', 'ghcr.io/acme/api:2.4.1'],
    ['move web in production off 1.7.2 onto 1.8.0', 'ghcr.io/acme/web:1.8.0'],
  ])('"%s" sets %s, for the requester to confirm', (text, image) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'set_image', args: { image } });
    expect(r.confident).toBe(false);
  });
});

// Round 66 (9 confident wrong writes on f485f9b): the same change said with other words.
describe('a version said from one to another, in other words', () => {
  it.each([
    ['upgrade api in staging from version 2.4.0-rc1 to version 2.4.1', 'ghcr.io/acme/api:2.4.1'],
    ['bump worker in staging from tag 0.9.4 up to tag 0.9.6', 'ghcr.io/acme/worker:0.9.6'],
    ['upgrade web in production 1.7.2 > 1.8.0', 'ghcr.io/acme/web:1.8.0'],
  ])('"%s" sets %s, unsure', (text, image) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'set_image', args: { image } });
    expect(r.confident).toBe(false);
  });

  it('an image said in full is the one set; another version said beside it makes it unsure', () => {
    const r = read('set web in staging to ghcr.io/acme/web:2.0.0, we went from 1.7.2 to 1.8.0 last week');
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'set_image', args: { image: 'ghcr.io/acme/web:2.0.0' } });
    expect(r.confident).toBe(false);
  });
});

// Rounds 68 and 69, in phrasings of our own.
describe('a delay in seconds, a large new Deployment, a version from something else', () => {
  it('"put a 30s delay on worker in staging" asks: the delay of each packet, or how long?', () => {
    expect(read('put a 30s delay on worker in staging').plan).toMatchObject({ outcome: 'clarify', message: /every packet/ });
  });

  it('"add a 3 second delay to api in staging" reads 3 s of latency, unsure', () => {
    const r = read('add a 3 second delay to api in staging');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { latencyMs: 3000 } });
    expect(r.confident).toBe(false);
  });

  it('"create deployment loadgen in staging with image nginx:1.27, 500 replicas" is not sure of 500', () => {
    const r = read('create deployment loadgen in staging with image nginx:1.27, 500 replicas');
    expect(r.plan).toMatchObject({ tool: 'create_deployment', args: { replicas: 500 } });
    expect(r.confident).toBe(false);
  });

  it('a "from X to Y" about something else does not become the tag: "p99 went from 1.2 to 3.4 … set it to 1.9.0"', () => {
    const r = read('p99 of web in staging went from 1.2 to 3.4 since the deploy, set it to 1.9.0');
    expect(r.plan).toMatchObject({ tool: 'set_image', args: { image: 'ghcr.io/acme/web:1.9.0' } });
    expect(r.confident).toBe(false);
  });
});

// Round 70: a delay in seconds with words after it that say no length.
describe('a delay of ten seconds or more on every packet', () => {
  it.each([['add a 15s delay to worker in staging for a drill'], ['slow api in staging down by 20s for an experiment']])(
    '"%s" asks which it is',
    (text) => {
      expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /every packet/ });
    },
  );
});

// Round 71 (30 confident wrong writes on 51eef26): a time beside a delay, said without "for".
describe('a time beside a delay with no size', () => {
  it.each([['add latency to worker in staging: 45s'], ['20s network delay on web in staging']])(
    '"%s" asks which it is',
    (text) => {
      expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /delay on every packet, or how long/ });
    },
  );

  it('"p99 is 900ms. add a 20s delay to web in staging": another figure in ms does not make 20 s a size in ms', () => {
    expect(read('p99 is 900ms. add a 20s delay to web in staging').plan).toMatchObject({ outcome: 'clarify' });
  });
});

// Round 72 (15 confident wrong writes on d440cb6): the same, with "for a test", hours, words and clocks.
describe('a delay of no size beside a time', () => {
  it.each([
    ['add a delay to worker in staging for a drill: 40s'],
    ['network delay on web in staging 2 hrs'],
    ['add latency to api in staging: forty seconds'],
    ['add a delay to api in staging: 00:45'],
  ])('"%s" asks the size and the length', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /How much delay on every packet/ });
  });

  it('"add latency to web in staging for 3 minutes" runs the default delay for 3 minutes, unsure of the size', () => {
    const r = read('add latency to web in staging for 3 minutes');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { durationSeconds: 180 } });
    expect(r.confident).toBe(false);
  });
});

// Round 73 (3 confident wrong writes on d01ce8d): a length the reader cannot count, and a run of a second.
describe('a chaos length that is no count', () => {
  it.each([['add 100ms latency to web in staging for the rest of the afternoon'], ['kill pods of api in staging for a while']])(
    '"%s" asks how long',
    (text) => {
      expect(read(text).plan).toMatchObject({ outcome: 'clarify', message: /For how long/ });
    },
  );

  it('"run cpu stress on worker in staging at level 3 for a sec" is not sure of one second', () => {
    expect(read('run cpu stress on worker in staging at level 3 for a sec').confident).toBe(false);
  });

  it('"for the game day, run a 2-minute network partition on worker in staging" keeps its two minutes', () => {
    expect(read('for the game day, run a 2-minute network partition on worker in staging').plan).toMatchObject({
      tool: 'launch_chaos',
      args: { durationSeconds: 120 },
    });
  });
});

// Blind batches 28, 33 and 34 (development): a total over a window of time is a cost; "list it" with nothing in the
// request to point to reads a namespace a quoted question names, unsure either way.
describe('a total over a window, a list of what a pronoun points to', () => {
  it.each([
    ["what's the total for the whole cluster over the last month", { window: 'lastmonth' }],
    ['single number for everything, week to date', { window: 'week' }],
  ])('"%s" → query_costs %o, unsure', (text, args) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ tool: 'query_costs', args });
    expect(r.confident).toBe(false);
  });

  it('"how many restarts in total last week for web in staging" is no cost', () => {
    const r = planOffline('how many restarts in total last week for web in staging', ctx);
    expect(r.plan.outcome === 'tool' && r.plan.tool).not.toBe('query_costs');
  });

  it('"Re the question above ("what is deployed in kube-system?"), could you list that for the channel" lists kube-system', () => {
    const r = planOffline('Re the question above ("what is deployed in kube-system?"), could you list that for the channel', ctx);
    expect(r.plan).toMatchObject({ tool: 'list_workloads', args: { namespace: 'kube-system' } });
    expect(r.confident).toBe(false);
  });
});

describe('courtesy said as a condition, and an embedded question', () => {
  it('"please bounce worker in staging if it isn\'t too much bother" restarts it, unsure', () => {
    const r = planOffline("please bounce worker in staging if it isn't too much bother", ctx);
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'worker' } });
  });

  it('"restart worker in staging if it is still stuck" is still a condition', () => {
    expect(planOffline('restart worker in staging if it is still stuck', ctx).plan.outcome).toBe('clarify');
  });

  it('"could you tell me if anything is down in monitoring" reads monitoring, not a workload called "if"', () => {
    const r = planOffline('could you tell me if anything is down in monitoring', ctx);
    expect(r.plan).toMatchObject({ args: { namespace: 'monitoring' } });
  });
});

// Blind batch 35 (development since its first run): a container named after a namespace alias, a letter held down.
describe('a container after a namespace alias, a letter held down', () => {
  it.each([
    ['logs worker prod container worker last 20', { tool: 'get_logs', args: { namespace: 'production', container: 'worker' } }],
    [
      'set web in stg container web to ghcr.io/acme/web:1.9.0',
      { tool: 'set_image', args: { namespace: 'staging', name: 'web', container: 'web' } },
    ],
  ])('"%s" → %o', (text, want) => {
    expect(planOffline(text, ctx).plan).toMatchObject(want);
  });

  it('"resstaaart worker in staging" is not read sure', () => {
    const r = planOffline('resstaaart worker in staging', ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('"rolll back web in staging" rolls back web, unsure', () => {
    const r = planOffline('rolll back web in staging', ctx);
    expect(r.plan).toMatchObject({ tool: 'rollback', args: { namespace: 'staging', name: 'web' } });
    expect(r.confident).toBe(false);
  });
});
