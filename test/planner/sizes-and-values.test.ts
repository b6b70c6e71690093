import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Sizes and values said loosely, from the hard halves of blind batches 29 to 32 and red-team rounds 43 to 52, in
// phrasings of their own: a size without the usual verb, shares and spans of an experiment in words, when, how far and
// where said in passing, sizes after a request. Writes read from loose words stay the requester's to confirm.
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

  it('"upgrade api in staging to 3" still asks whether a version or a count is meant', () => {
    expect(read('upgrade api in staging to 3').plan).toMatchObject({ outcome: 'clarify', message: /A version or a count/ });
  });

  it('"bump api in staging to 3" is a count, as blind writers read it, for the requester to confirm', () => {
    const r = read('bump api in staging to 3');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'api', replicas: 3 } });
    expect(r.confident).toBe(false);
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

// Red team round 56: a count measured from the one running, said with words the reader took for filler.
describe('a count measured from the running one', () => {
  it.each([
    ['scale api in staging 3 over the current count'],
    ['scale worker in production to 2 past what it runs'],
    ['scale web in staging 1 under its current size'],
    ['scale checkout in production on top of 4'],
    // Round 57: the running count said in other words, in symbols, or the count in words.
    ['scale api in staging to current+3'],
    ['scale worker in production to current times 2'],
    ["scale web in staging three over what's there"],
    ['scale api in production a dozen above what it runs now'],
  ])('"%s" asks whether by or to', (text) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'clarify', message: /By that many, or to that many/ });
    expect(r.confident).toBe(false);
  });

  it.each([
    ['scale web in production to 3 over the weekend', 'scale'],
    ['add 3 more pods to web in prod, on top of what it has', 'scale'],
    ['take one replica off worker in staging', 'scale'],
    ['scale api in staging to 3 (currently 2)', 'scale'],
  ])('"%s" is no count measured from the running one', (text) => {
    expect(read(text).plan.message ?? '').not.toMatch(/By that many, or to that many/);
  });
});

// Blind batch 34's theme (statements of intent), in phrasings of our own: a size or a version wished for, with the
// namespace after it, or the need of the sender's own team; read, and confirmed by the requester.
describe('a size or a version wished for', () => {
  it.each([
    ['I need api at 3 in staging', 'scale', { namespace: 'staging', name: 'api', replicas: 3 }],
    ['Sam wants web in staging at 3, can you do that?', 'scale', { namespace: 'staging', name: 'web', replicas: 3 }],
    ['we need api in staging on 2.4.0', 'set_image', { namespace: 'staging', name: 'api', image: 'ghcr.io/acme/api:2.4.0' }],
    ['our team needs api in staging scaled to 3', 'scale', { namespace: 'staging', name: 'api', replicas: 3 }],
  ])('"%s" → %s %o, unsure', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  // Round 58: a habit, a state or a bare version is no wish.
  it.each([
    ['api in staging is on 2.3.1'],
    ['our team restarted worker in staging'],
    ['web at 5 in staging was fine'],
    ['we keep worker at 3 in production on weekdays'],
    ['api in staging on 2.3.1'],
    ['I like having web in production on 1.7.2'],
  ])('"%s" writes nothing', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && !/^(list|describe|get|query)/.test(r.plan.tool)).toBe(false);
  });
});

// Blind batches 116–132 (non-native sizes) and blind133 (a count in code), in phrasings of our own: a bare count beside a
// size change, settled as the size by a word or said in another language's order, is proposed as that size when it
// lies on the side the words go; a value in a code span is the quoted text's, so the call is confirmed.
describe('a bare count beside a change of size', () => {
  it.each([
    ['please make the worker of staging more big, 3 replicas', { namespace: 'staging', name: 'worker', replicas: 3 }],
    ['make smaller the api in production until 2 pods', { namespace: 'production', name: 'api', replicas: 2 }],
    ['grow web in staging, 5 pods in total', { namespace: 'staging', name: 'web', replicas: 5 }],
  ])('"%s" → scale %o, unsure', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it.each([
    // The count lies on the other side of the live one (web in production has 6): only a change, by how much is asked.
    'make more big the web in production, 3 pods',
    // No word settles it: by or to.
    'increase worker in production, 5 pods',
    'never make api in production bigger than 9 pods only',
  ])('"%s" asks by or to', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('a count in a code span is confirmed; an object in one is not', () => {
    expect(read('scale `api` in `staging` to `3`')).toMatchObject({ plan: { tool: 'scale' }, confident: false });
    expect(read('add `150ms` of latency to web in staging for 2 minutes')).toMatchObject({ confident: false });
    expect(read('bounce `api` in staging')).toMatchObject({ plan: { tool: 'restart' }, confident: true });
  });
});

// Blind batches 106–144: a change of size said loosely ("take 2 off", "down by a third", "as many as it has
// now"), computed from the live count and proposed for the requester to confirm.
describe('a change of size said loosely', () => {
  it.each([
    ['staging worker has 1 replica I think, take 1 off', { namespace: 'staging', name: 'worker', replicas: 0 }],
    ['take api in production down by a quarter', { namespace: 'production', name: 'api', replicas: 3 }],
    ['add as many replicas to worker in production as it has now', { namespace: 'production', name: 'worker', replicas: 6 }],
  ])('"%s" → scale %o, unsure', (text, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'scale', args });
    expect(r.confident).toBe(false);
  });

  it('a factor after "to" is still asked back', () => {
    expect(read('scale web in prod to 2x').plan.outcome).toBe('clarify');
  });
});
