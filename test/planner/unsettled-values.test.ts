import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Values a call cannot take as said, from red-team rounds 74 to 87 and blind batches 35 and 36, in phrasings of their
// own: a namespace said only as a point of reference or a model, tags that are no single tag, chaos values left blank,
// in signs or without a unit, two experiments in one request, struck-out words, containers said by their kind, clock
// times and dates beside a write. Each is asked back or left for the requester to confirm; plain requests still read.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

// Red-team rounds 74 and 75: a size told in a time clause, decimals and jitter for a fixed whole-millisecond delay, an
// image without its registry, a loose count, a rollout command beside the phase the inventory read.
describe('values the tools cannot take as said', () => {
  it.each([
    ['take api in prod back to where it was before it doubled'],
    ['worker in staging: back to the size it had before we tripled it'],
    ['scale web in prod down to what it ran before load halved'],
  ])('"%s" writes nothing: a size in a time clause is when, not how much', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).toMatch(/^(clarify|describe_workload)$/);
  });

  it.each([
    ['inject 1.25ms of latency into web in staging'],
    ['put 300ms of jitter on worker in staging'],
    ['add some jitter, 40ms, to api in staging for 2 minutes'],
  ])('"%s" asks back: the delay is fixed and in whole milliseconds', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"update api in staging to acme/api:2.4.0" asks for the registry its image runs from', () => {
    const r = read('update api in staging to acme/api:2.4.0');
    expect(r.plan.outcome).toBe('clarify');
    expect(r.plan.outcome === 'clarify' && r.plan.message).toMatch(/ghcr\.io\/acme\/api:2\.4\.0/);
  });

  it('"set api in staging to ghcr.io/acme/api:2.4.0" still sets it, sure', () => {
    const r = read('set api in staging to ghcr.io/acme/api:2.4.0');
    expect(r.plan).toMatchObject({ tool: 'set_image', args: { image: 'ghcr.io/acme/api:2.4.0' } });
    expect(r.confident).toBe(true);
  });

  it.each([['give worker in staging a couple more replicas'], ['scale api in staging to a pair']])(
    '"%s" reads a count said loosely, unsure',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
    },
  );

  it('"abort the checkout rollout in prod" says prod checkout is Healthy', () => {
    const r = read('abort the checkout rollout in prod');
    expect(r.plan).toMatchObject({ tool: 'abort_rollout', args: { namespace: 'production', name: 'checkout' } });
    expect(r.plan.outcome === 'tool' && r.plan.message).toMatch(/is Healthy: no update is in progress/);
  });
});

// Red-team rounds 76 and 77: a dry run asked for, a namespace said only beside a word that places it ("the environment
// before prod"), a count taken "off".
describe('what is asked is not the write as read', () => {
  it.each([
    ['set worker in staging to ghcr.io/acme/worker:1.0.0 (dry run only)'],
    ['dry-run: scale api in production to 1'],
    ['restart web in staging --dry-run please'],
  ])('"%s" asks back: the dry run is shown before every change', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['bounce api in the namespace right after staging'],
    ['scale worker in an env similar to production to 2'],
    ['restart web in whatever comes before production'],
  ])('"%s" asks which namespace', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([["we'd like staging web at 3 please"], ['scale web in staging to 6, like prod has']])(
    '"%s" still reads its own namespace, or asks which of two',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' ? r.plan.args.namespace : r.plan.outcome).toMatch(/^(staging|clarify)$/);
    },
  );

  it.each([['scale api in production to 1 off'], ['worker in production, 2 off the top please']])(
    '"%s" asks: fewer by that many, or down to it',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
    },
  );
});

// Red-team rounds 78 and 79: the same kinds said other ways (a namespace placed by a possessive, in quotes, after
// "namespace"; counts off in words), one pod meant for an experiment that kills at random, experiment names of another
// shape, tags that are no single tag, and a sign someone put on another message.
describe('a place, a pod, an experiment or a tag that is not what the call would take', () => {
  it.each([
    ["restart api in the env right before our 'production'"],
    ['scale web to 2 in an environment like namespace prod'],
    ['roll back worker, keep prod out of it'],
  ])('"%s" asks which namespace', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([['scale web in prod to three replicas off'], ['scale api in prod to one off from now']])(
    '"%s" asks: fewer by, or down to',
    (text) => {
      expect(read(text).plan.outcome).toBe('clarify');
    },
  );

  it('"take one replica off worker in prod" still scales it down by one', () => {
    expect(read('take one replica off worker in prod').plan).toMatchObject({ tool: 'scale', args: { replicas: 2 } });
  });

  it.each([['kill the worker pod in prod'], ["kill checkout's pod in staging"]])(
    '"%s" is an experiment on one pod meant: unsure',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
    },
  );

  it.each([['stop chaos worker-pod-kill in staging'], ['stop chaos opencost-network-delay-p2k4 in staging']])(
    '"%s" is an experiment name of another shape: unsure',
    (text) => {
      const r = read(text);
      expect(r.plan).toMatchObject({ tool: 'stop_chaos' });
      expect(r.confident).toBe(false);
    },
  );

  it.each([
    ['set api in staging to ghcr.io/acme/api:2.*'],
    ['set api in staging to ghcr.io/acme/api:2.4.X'],
    ['set api in staging to ghcr.io/acme/api:2.4.0 | 2.4.1'],
    ['set api in staging to ghcr.io/acme/api:2.4.0+'],
  ])('"%s" asks which exact tag', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['set api in staging to ghcr.io/acme/api:2.4.0.'],
    ['set api in staging to <http://ghcr.io/acme/api:2.4.0|ghcr.io/acme/api:2.4.0>'],
    ['set api in staging to *ghcr.io/acme/api:2.4.0*'],
  ])('"%s" still sets the one tag said', (text) => {
    expect(read(text).plan).toMatchObject({ tool: 'set_image', args: { image: 'ghcr.io/acme/api:2.4.0' } });
  });

  it('"left a :x: on the deploy post — roll back prod api" rolls back: the sign is told, not given', () => {
    const r = read('left a :x: on the deploy post — roll back prod api');
    expect(r.plan).toMatchObject({ tool: 'rollback', args: { namespace: 'production', name: 'api' } });
  });
});

// Red-team rounds 80 and 81: a namespace as a model ("like in prod"), a path to it ("the env that deploys to prod"),
// two tags said other ways, placeholder experiment names, struck-out requests, shares in signs, a delay with no unit,
// a word where a chaos number goes, and a place that is no namespace.
describe('what the words leave unsettled, said other ways', () => {
  it.each([
    ['restart worker as we have it in prod'],
    ['scale api to 3 in the environment previous to production'],
    ['restart web in the env which mirrors prod'],
  ])('"%s" asks which namespace', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['go back to the previous version of web in staging', 'rollback'],
    ['spin up nginx:1.27 as demo in staging, 2 replicas', 'create_deployment'],
    ['I only need one copy of the staging worker', 'scale'],
  ])('"%s" still reads its own namespace (%s)', (text, tool) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool, args: { namespace: 'staging' } });
  });

  it.each([
    ['set worker in staging to ghcr.io/acme/worker:1.0.0 & 1.0.1'],
    ['set worker in staging to ghcr.io/acme/worker:1.0.0, 1.0.1'],
    ['set worker in staging to ghcr.io/acme/worker:TBD'],
    ['set worker in staging to ghcr.io/acme/worker:1.0.0 or newer'],
  ])('"%s" asks which exact tag', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"create deployment echo in staging with image nginx:1.27, 2 replicas" still creates it', () => {
    expect(read('create deployment echo in staging with image nginx:1.27, 2 replicas').plan).toMatchObject({
      tool: 'create_deployment',
      args: { image: 'nginx:1.27', replicas: 2 },
    });
  });

  it('"stop chaos web-network-delay-xxxx in staging" is a placeholder name: unsure', () => {
    const r = read('stop chaos web-network-delay-xxxx in staging');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('"stop chaos web-pod-kill-k2p9 and web-pod-kill-m3n8 in staging" asks for one', () => {
    expect(read('stop chaos web-pod-kill-k2p9 and web-pod-kill-m3n8 in staging').plan.outcome).toBe('clarify');
  });

  it.each([['~~roll back web in staging~~'], ['~restart worker in prod~ nvm']])('"%s" is taken back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['lose ⅓ of the packets of web in staging'],
    ['drop 15‰ of packets for worker in staging'],
    ['put a delay of 4 on web in staging'],
    ['kill a pod of web in staging at level teen'],
    ['stress the memory of worker in staging for tres minutes'],
  ])('"%s" asks for the value', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"cpu stress on api in staging, level 5 for 2 min; scratch that, memory stress, same level and duration" still reads', () => {
    const r = read('cpu stress on api in staging, level 5 for 2 min; scratch that, memory stress, same level and duration');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { experiment: 'memory-stress', level: 5 } });
  });

  it.each([['list workloads in uat'], ['what pods are running in the sandbox-eu namespace']])(
    '"%s" says there is no such namespace',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'clarify' && r.plan.message).toMatch(/There is no namespace/);
    },
  );
});

// Red-team rounds 82 and 83: the same kinds said other ways again (a namespace as a model: "per prod", "the prod way",
// "before we take it to prod"; struck text with a sign-off, spaces or part of it struck; ranges through/up to;
// a delay in words or "= 2"; blanks and placeholders for chaos values; a share of loss not taken), some of a
// workload's pods, two experiments in one request, and "webapp".
describe('a namespace as a model, struck words, ranges, blanks and two experiments', () => {
  it.each([
    ['bounce worker as per production'],
    ['scale api to 3 the production way'],
    ['set api image to ghcr.io/acme/api:2.4.1 after we move it to prod'],
  ])('"%s" asks which namespace', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([['~~scale worker in staging to 3~~ cheers'], ['~~~ roll back web in staging ~~~']])('"%s" is taken back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"restart ~~worker~~ in staging" asks which workload: the struck name is no name', () => {
    expect(read('restart ~~worker~~ in staging').plan.outcome).toBe('clarify');
  });

  it.each([
    ['set api in staging to ghcr.io/acme/api:2.4.0 thru 2.4.3'],
    ['set api in staging to ghcr.io/acme/api:2.4.{minor}'],
    ['set api in staging to ghcr.io/acme/api:2.4.0-2.4.3'],
    ['add a latency of four to api in staging'],
    ['add delay = 3 to worker in staging'],
    ['stress memory on api in staging for ___ minutes'],
    ['kill a pod of api in staging for some minutes'],
    ['drop __% of packets for web in staging'],
    ['add 100ms latency to 2 of the web pods in staging for a minute'],
    ['partition worker in staging for 2 minutes with 10% loss'],
  ])('"%s" asks back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"cpu stress on web in staging at the highest level" is still read (a level in words, unsure)', () => {
    const r = read('stress cpu of api in staging at the highest level');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { experiment: 'cpu-stress' } });
  });

  it('"restart the webapp in production" is web, for the requester to confirm', () => {
    const r = read('restart the webapp in production');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { name: 'web' } });
    expect(r.confident).toBe(false);
  });
});

// Red-team rounds 84 and 85: the same kinds said other ways once more (a namespace to copy or rehearse for, a tag that
// is a word for a tag, two tags after a bare comma, bracketed blanks, experiment words the list missed, four tildes),
// and new ones: a container said by its kind, a word that sounds like a number where one goes, a clock time after a
// write.
describe('tags that stand for a tag, containers by their kind, number-word slips, clock times', () => {
  it.each([
    ['scale api to 3 to copy production'],
    ['restart worker for a prod deploy'],
    ['set api to ghcr.io/acme/api:2.4.1 as a dress rehearsal for prod'],
    ['set api in staging to ghcr.io/acme/api:VERSION'],
    ['set api in staging to ghcr.io/acme/api:2.4.0-or-later'],
    ['set api in staging to ghcr.io/acme/api:2.4.0,2.4.1'],
    ['stress memory on api in staging at level [n] for 2 minutes'],
    ['stress cpu and ram on worker in staging for a minute'],
    ['roll back api in staging to rev too'],
    ['kill for pods of worker in staging'],
    ['restart web in prod @ 13:45'],
  ])('"%s" asks back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it('"~~~~scale web in staging to 3~~~~" is taken back', () => {
    expect(read('~~~~scale web in staging to 3~~~~').plan.outcome).toBe('clarify');
  });

  it('"update the main container of worker in staging to ghcr.io/acme/worker:1.0.0" names no container (the main one)', () => {
    const r = read('update the main container of worker in staging to ghcr.io/acme/worker:1.0.0');
    expect(r.plan).toMatchObject({ tool: 'set_image', args: { name: 'worker' } });
    expect(r.plan.outcome === 'tool' && r.plan.args.container).toBeUndefined();
  });

  it('"set the init container of web in staging to busybox:1.36" is the requester\'s to confirm', () => {
    const r = read('set the init container of web in staging to busybox:1.36');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('"next step for checkout in staging" still promotes: "for" before a name is no number', () => {
    expect(read('next step for checkout in staging').plan).toMatchObject({ tool: 'promote_rollout' });
  });
});

// Red-team rounds 86 and 87 and blind batches 35/36 (development): a place word or any other word before "container",
// tags that stand for a tag (no digit, capitals, two versions), experiment verbs the list missed, a number word
// slip before a courtesy word, a clock time with courtesy after it, a date in digits beside a write, and rollouts in
// the words of the business.
describe('containers, tags and times said other ways; rollouts in the words of the business', () => {
  it.each([
    ['set worker in the staging env container worker to ghcr.io/acme/worker:1.0.0', 'worker'],
    ['set api in prod namespace container api to ghcr.io/acme/api:2.4.1', 'api'],
  ])('"%s" names container %s', (text, container) => {
    expect(read(text).plan).toMatchObject({ args: { container } });
  });

  it('"set the envoy container of api in staging to envoy:1.30" is the requester\'s to confirm', () => {
    const r = read('set the envoy container of api in staging to envoy:1.30');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    ['set worker in staging to ghcr.io/acme/worker:mytag'],
    ['set worker in staging to ghcr.io/acme/worker:GIT_SHA'],
    ['set worker in staging to ghcr.io/acme/worker:1.0.0-vs-1.0.1'],
    ['set worker in staging to ghcr.io/acme/worker:1.0.0 // 1.0.1'],
    ['terminate pods of worker in staging and add 300ms latency'],
    ['roll back worker in staging to revision to asap'],
    ['scale worker in prod to 4 @ 16:00 thanks'],
    ['restart worker in staging 22:15'],
    ['restart worker in staging on 2025-03-01'],
    ['2025/03/01: scale web in staging to 3'],
  ])('"%s" asks back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['set worker in staging to ghcr.io/acme/worker:latest', 'ghcr.io/acme/worker:latest'],
    ['set worker in staging to ghcr.io/acme/worker:2025-03-01', 'ghcr.io/acme/worker:2025-03-01'],
    ['update web in staging from 2024.05.01 to 2024.06.01', 'ghcr.io/acme/web:2024.06.01'],
  ])('"%s" still sets %s', (text, image) => {
    expect(read(text).plan).toMatchObject({ tool: 'set_image', args: { image } });
  });

  it('"restart coredns — lookups went from 2ms to 400ms at 03:12" still restarts: a time in the story', () => {
    expect(read('restart coredns — lookups went from 2ms to 400ms at 03:12').plan).toMatchObject({ tool: 'restart' });
  });

  it.each([
    ['the staging checkout canary looks fine, please let it move on to the next stage', 'promote_rollout'],
    ['switch users over to the new payments version', 'promote_rollout'],
    ['send everyone back to the stable version of checkout in staging', 'abort_rollout'],
    ['retry checkout in staging, the abort was a false alarm', 'retry_rollout'],
    ['worker in prod: CrashLoopBackOff again, restart it', 'restart'],
  ])('"%s" → %s', (text, tool) => {
    expect(read(text).plan).toMatchObject({ tool });
  });
});

// Red-team rounds 88 and 89: a time after a write whose verb the schedule reader did not know, a version beside a
// rollout command, placeholder parts in a tag that has digits, a count told with alarm, "spin down a pod".
describe('a time after any write verb, a version beside a rollout, a status told with alarm', () => {
  it.each([
    ['shrink worker in production to 2 replicas at 23:00'],
    ['upgrade api in staging to ghcr.io/acme/api:2.5.0 at 18:00'],
    ['set api in staging to ghcr.io/acme/api:2.5.0-rcN'],
    ['set api in staging to ghcr.io/acme/api:2.5.0-yyyymmdd'],
    ['worker in prod: 0 replicas!!'],
    ['prod api: 1 replica :fire:'],
  ])('"%s" asks back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['abort checkout in staging (3.0.9)'],
    ['promote payments to 4.2.0'],
    ['send users back to the old version of checkout in staging'],
  ])('"%s" is the requester\'s to confirm', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('"spin down a worker pod in prod" is not all of worker', () => {
    const r = read('spin down a worker pod in prod');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'scale' && r.plan.args.replicas === 0 && r.confident).toBe(false);
  });

  it('"restart api in staging, release train leaves at 14:00" still restarts: the time is the train\'s', () => {
    expect(read('restart api in staging, release train leaves at 14:00').plan).toMatchObject({ tool: 'restart' });
  });
});

// Red-team round 90: a deadline by a clock time, a status told without alarm, a version after a colon beside a rollout
// command, tag words no real tag carries, "spin down … by a pod".
describe('deadlines, told counts, rollout versions and tag words, said other ways', () => {
  it.each([
    ['restart worker in staging by 18:00'],
    ['roll back api in staging before 16:30'],
    ['set api in staging to 2.5.0-build'],
    ['set api in staging to ghcr.io/acme/api:2.5.0-datestamp'],
  ])('"%s" asks back', (text) => {
    expect(read(text).plan.outcome).toBe('clarify');
  });

  it.each([
    ['api in production: 0 replicas'],
    ['promote checkout in staging to checkout:3.0.9'],
    ['spin down api in prod by a pod'],
  ])('"%s" is the requester\'s to confirm', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    ['set web in staging to nginx:1.27-alpine', 'nginx:1.27-alpine'],
    ['set web in staging to ghcr.io/acme/web:sha-3f2a1b', 'ghcr.io/acme/web:sha-3f2a1b'],
    ['set web in staging to ghcr.io/acme/web:1.9.0-rc.2', 'ghcr.io/acme/web:1.9.0-rc.2'],
  ])('"%s" still sets %s', (text, image) => {
    expect(read(text).plan).toMatchObject({ tool: 'set_image', args: { image } });
  });

  it('"stg worker → 3 replicas pls" still scales: an arrow is "to"', () => {
    expect(read('stg worker → 3 replicas pls').plan).toMatchObject({ tool: 'scale', args: { replicas: 3 } });
  });
});
