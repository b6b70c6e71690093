import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';
import { noSureWrite, staySure } from './kinds.ts';

// Kinds the red-team rounds 91 to 106 found (the texts of each round are case files of their own, held to no confident
// wrong write in cases.test.ts), here in phrasings of their own with the plain requests beside them that must keep
// working: stars and factors, steps skipped, a Deployment named beside a word of stopping, writes and experiments for
// later, ranges, resources, questions about a change under way, loose numbers, how-tos, proposals and votes, repeats.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);
const outcome = (text: string) => {
  const r = read(text);
  return r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome;
};

// Red-team round 91: a multiplying star, "the next step" skipped, an action asked for by its result.
describe('a star that multiplies, a step skipped, an action asked for by its result', () => {
  it.each([['scale api in prod *3'], ['worker in staging: * 2 please'], ['bump checkout in staging *2']])(
    '"%s" writes nothing: a star before a count multiplies',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
    },
  );

  it.each([['scale web in staging to *3*'], ['*scale web in staging to 3*']])('"%s" is bold, read as 3', (text) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas: 3 } });
  });

  it.each([['pls skip the upcoming step on checkout in staging'], ['can we skip the current step of payments']])(
    '"%s" promotes one step, for the requester to confirm',
    (text) => {
      const r = read(text);
      expect(r.plan).toMatchObject({ tool: 'promote_rollout', args: { full: false } });
      expect(r.confident).toBe(false);
    },
  );

  it('"skip the rest of the steps on checkout in staging" still promotes fully', () => {
    expect(read('skip the rest of the steps on checkout in staging').plan).toMatchObject({ args: { full: true } });
  });

  it.each([
    ['could we have api in staging restarted please', 'restart'],
    ['can someone get worker in prod rolled back', 'rollback'],
  ])('"%s" asks for the action (%s), not a look', (text, tool) => {
    expect(outcome(text)).toBe(tool);
  });

  it('"did we get web in staging restarted?" is a question, not a restart', () => {
    expect(outcome('did we get web in staging restarted?')).not.toBe('restart');
  });
});

// Red-team round 92: "the X deployment" beside a word of stopping is the object, not a release under way; stars that
// are bullets or slips.
describe('the Deployment named beside a word of stopping', () => {
  it.each([
    ['pls kill off the checkout deployment in production'],
    ['end checkout deployment prod'],
    ['scrap the payments deployment'],
  ])('"%s" is no confident abort', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'abort_rollout' && r.confident).toBe(false);
  });

  it.each([
    ['abort the checkout canary in staging', 'staging'],
    ['stop the rollout of checkout in production', 'production'],
  ])('"%s" still aborts, sure', (text, namespace) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'abort_rollout', args: { namespace, name: 'checkout' } });
    expect(r.confident).toBe(true);
  });

  it.each([
    ['* 3 replicas for api in staging', { tool: 'scale', args: { replicas: 3 } }],
    ['inject *300ms of latency into web in staging', { tool: 'launch_chaos', args: { latencyMs: 300 } }],
    ['roll back web in staging to rev *1', { tool: 'rollback', args: { toRevision: 1 } }],
  ])('"%s": a bullet or a slip of the star is no multiplication', (text, want) => {
    expect(read(text).plan).toMatchObject(want);
  });
});

// Red-team rounds 93 and 94: a Deployment named in other ways beside a word of stopping; an experiment asked to start
// later, or for a range of lengths.
describe('the Deployment named in other ways, and experiments later or for a range', () => {
  it.each([
    ['stop the checkout web deployment in staging'],
    ['cancel deployment payments in prod'],
    ['nuke the deployment called payments'],
  ])('"%s" is no confident abort', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'abort_rollout' && r.confident).toBe(false);
  });

  it.each([
    ['partition worker in staging in 15 minutes'],
    ['stress the memory of api in staging 5 min from now'],
    ['cpu stress on web in staging within the next hour'],
    ['memory stress on api staging 2h out'],
  ])('"%s" is asked back: the bot starts experiments when asked', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it.each([['network partition on worker in staging 20-45s'], ['cpu stress api in staging for 1m-2m']])(
    '"%s" asks which length',
    (text) => {
      expect(outcome(text)).toBe('clarify');
    },
  );

  it('"stress the cpu of api in staging for 5 min" still runs for 300 s, sure', () => {
    const r = read('stress the cpu of api in staging for 5 min');
    expect(r.plan).toMatchObject({ tool: 'launch_chaos', args: { experiment: 'cpu-stress', durationSeconds: 300 } });
    expect(r.confident).toBe(true);
  });
});

// Red-team round 95: a write for later said with a verb the schedule reader did not know, with no verb, or in seconds,
// decimals and clock windows.
describe('a write for later, whatever its verb', () => {
  it.each([
    ['hog the memory of api in staging within the next hour'],
    ['web in prod to 9 replicas by 18:15'],
    ['delay api in staging by 300ms in 40 seconds'],
    ['partition worker in staging in 2.5 hours'],
    ['cpu stress api staging 16:00-16:20'],
    ['packet loss 20% on web in staging from 17:30 for 5 min'],
  ])('"%s" is asked back: the bot acts when asked', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it.each([
    ['for the load test at 3pm, scale worker in staging to 4', 'scale'],
    ['scale api in staging to 3, the demo is tomorrow at 10', 'scale'],
    ['partition worker in staging for 90 seconds', 'launch_chaos'],
  ])('"%s": a time of the reason, not of the write, still reads %s', (text, tool) => {
    expect(outcome(text)).toBe(tool);
  });
});

// Red-team rounds 96 and 98 (no confident wrong write; these were unsure and wrong): a factor down, a resource set to
// a number, a count stated before the one asked, "or" and "at" in other languages, a decimal comma in a factor.
describe('counts said other ways', () => {
  it.each([
    ['scale down web in prod by 3x', 2],
    ['reduce worker in prod 3x', 1],
    ["we're at 1 on worker in staging, take it to 2", 2],
  ])('"%s" scales to %i', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas } });
  });

  it('"scale prod web up by a factor of 2 so we cut the p99" still doubles (the cut is the reason)', () => {
    expect(read('scale prod web up by a factor of 2 so we cut the p99').plan).toMatchObject({ args: { replicas: 12 } });
  });

  it.each([['bump the memory of api in prod to 8'], ['set the cpu of worker in staging to 2']])(
    '"%s" is refused: no tool sets CPU or memory',
    (text) => {
      expect(outcome(text)).toBe('unsupported');
    },
  );

  it.each([
    ['scale api in staging to 3 ou 4'],
    ['worker in prod 2 oder 3 replicas'],
    ['scale web in staging by 2,5x'],
    ['restart api in prod à 18h'],
  ])('"%s" is asked back', (text) => {
    expect(outcome(text)).toBe('clarify');
  });
});

// Red-team round 97: a time ahead beside a name said as "called X", the requester's own return or go-ahead, seconds in
// words or "from now", a clock time after a length.
describe('later, said other ways', () => {
  it.each([
    ['the deployment named worker in staging to 3 replicas at 18:00'],
    ['restart api in staging once I am back'],
    ['promote checkout in staging on your signal'],
    ['scale worker in prod to 4 when she gives the go'],
    ['kill a pod of web in staging in seventy seconds'],
    ['stress memory on worker in staging 15 secs from now'],
    ['drop 30% of packets on web in staging for a minute from 16:45'],
  ])('"%s" is asked back: the bot acts when asked', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it.each([
    ['restart api in staging, I am back from lunch and it is still broken', 'restart'],
    ['stress memory on worker in staging for ninety seconds', 'launch_chaos'],
  ])('"%s" is now (%s)', (text, tool) => {
    expect(outcome(text)).toBe(tool);
  });
});

// Red-team rounds 99 and 100: a factor before the workload or after "replicas", a resource scaled, a later said by a
// count, a state or an event's end, a standby; rollbacks more than one step back, a new Deployment's count by another's.
describe('factors, resources, later, steps back', () => {
  it.each([
    ['scale 3x worker in prod', 9],
    ['api in staging: replicas 2x', 4],
    ['scale worker in prod 3x smaller', 1],
    ['scale back web in prod 2x', 3],
  ])('"%s" scales to %i', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas } });
  });

  it.each([['scale worker cpu in prod to 4'], ['api in staging ram -> 8'], ['scale down web memory in prod by 2x']])(
    '"%s" is refused: no tool sets CPU or memory',
    (text) => {
      expect(outcome(text)).toBe('unsupported');
    },
  );

  it.each([
    ['restart worker in prod on your count'],
    ['roll back api in staging when the release is over'],
    ['scale web in staging to 1 when everyone has left'],
    ['be prepared to abort checkout in staging'],
  ])('"%s" is asked back: the bot acts when asked', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it.each([
    ['roll back api in prod to n-3'],
    ['take web in prod back two releases'],
    ['revert the last rollback on web in staging'],
    ['create deployment sidecar-test in staging with image nginx:1.27 and as many replicas as api'],
  ])('"%s" is asked back', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it('"roll back web in prod" still rolls back one revision', () => {
    expect(outcome('roll back web in prod')).toBe('rollback');
  });
});

// Red-team rounds 101 and 102: scaling in by a factor, other resources, a rollback again; a question about a change
// under way or a rollout's step, typed without the apostrophe; a number a verb of change does not take.
describe('scaling in, other resources, questions about a change under way, loose numbers', () => {
  it.each([
    ['scale worker in prod in 3x', 1],
    ['scale api in staging in by 2x', 1],
  ])('"%s" scales in to %i', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas } });
  });

  it.each([['scale api in prod jvm heap to 4'], ['scale worker in staging threads to 32'], ['scale web gpu in prod to 1']])(
    '"%s" is refused',
    (text) => {
      expect(outcome(text)).toBe('unsupported');
    },
  );

  it.each([['revert api in staging once more'], ['roll back worker in prod one more time']])('"%s" is asked back', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it.each([
    ['hows the api rollback in staging going'],
    ['wheres the worker restart in prod at'],
    ['whats the current step of payments'],
    ['any update on the api restart in staging?'],
    ['the stage checkout in staging is at pls'],
  ])('"%s" writes nothing', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && !['describe_workload', 'list_pods'].includes(r.plan.tool) && r.confident).toBe(false);
  });

  it.each([['increase worker in prod, 5 pods'], ['grow api in staging for 3'], ['add up to 4 pods to web in staging']])(
    '"%s" asks by how many or to how many',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
    },
  );

  it.each([
    ['add 2 replicas to worker in prod', 5],
    ['give web in staging 50% more pods', 3],
    ['increase api in prod to have 6 pods', 6],
  ])('"%s" still scales to %i', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas } });
  });
});

// Red-team rounds 103 and 104: how-tos and proposals put up for opinion; votes.
describe('how-tos, proposals and votes', () => {
  it.each([
    ['heres how you scale worker in staging to 3'],
    ["that's how we roll back api in prod"],
    ['here is why we should abort checkout in staging'],
    ['restart worker in prod whos with me'],
    ['scale api in staging to 4, hows that sound'],
    ['roll back web in prod whats everyone think'],
    ['promote checkout in staging is that ok with everyone'],
  ])('"%s" runs nothing on its own', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident && !['describe_workload'].includes(r.plan.tool)).toBe(false);
  });

  it.each([
    ['+1 to restarting worker in staging'],
    ['+1 on rolling back api in prod'],
    ['-1 on scaling web in prod to 8'],
    ['-1, restart api in staging'],
  ])('"%s" is a vote, no count and no confident write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'scale' && r.confident).toBe(false);
    expect(r.plan.outcome === 'tool' && r.confident && r.plan.tool !== 'describe_workload').toBe(false);
  });

  it.each([
    ['worker stg +1', 2],
    ['+2 web prod', 8],
  ])('"%s" is still a count (%i)', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas } });
  });
});

// Red-team rounds 105 and 106: proposals put up for opinion in filler words, reasons said as leads; an action to be
// repeated or undone in the same message, "here" beside another place, a rollback to a named image.
describe('opinions, repeats, "here", a rollback to an image', () => {
  it.each([
    ['scale api in staging to 3 anyone against it'],
    ['roll back worker in prod okay with everyone'],
    ['restart web in staging what about that'],
    ["that's why i'd like to restart worker in prod"],
    ['restart api in prod, what would you prefer'],
    ['restart worker in staging and then do it again'],
    ['add one to api in staging, then again'],
    ['roll back api in staging and then revert that'],
    ['restart api here and in staging'],
    ['scale web in prod to 5 then the rest'],
  ])('"%s" runs nothing on its own', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident && r.plan.tool !== 'describe_workload').toBe(false);
  });

  it(`"restart api in staging if you don't mind" is still a restart`, () => {
    expect(outcome("restart api in staging if you don't mind")).toBe('restart');
  });

  it('a rollback to the image running now is asked; to another image, confirmed by the requester', () => {
    expect(outcome('roll back web in prod to ghcr.io/acme/web:1.7.2')).toBe('clarify');
    const r = read('roll back worker in prod to ghcr.io/acme/worker:0.9.1');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});

// Red-team rounds 107 and 108: a rollback pointed at an image in other words; "to four" as dictation writes it.
describe('a rollback pointed at an image, a count dictated', () => {
  it.each([
    ['roll back api in staging to image ghcr.io/acme/api:2.4.0-rc1'],
    ['rollback web in prod => ghcr.io/acme/web:1.7.2'],
    ['roll back web in prod to `ghcr.io/acme/web:1.7.2`'],
  ])('"%s" (the image running now) is asked back', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it('"rollback web in prod -> ghcr.io/acme/web:1.6.9" is the requester\'s to confirm', () => {
    const r = read('rollback web in prod -> ghcr.io/acme/web:1.6.9');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([['scale api in staging two for'], ['scale web in prod to for replicas']])('"%s" asks which number', (text) => {
    expect(outcome(text)).toBe('clarify');
  });

  it('"scale web in staging to four replicas" is still 4', () => {
    expect(read('scale web in staging to four replicas').plan).toMatchObject({ tool: 'scale', args: { replicas: 4 } });
  });
});

// Red-team round 114: every pod of a workload asked for an experiment whose level (how many pods it hits) was not said.
describe('an experiment on every pod of a workload', () => {
  it.each([
    ['kill all api pods in staging'],
    ['add 200ms latency to the whole api deployment in staging'],
    ['burn cpu on every worker pod in prod for 2 minutes'],
  ])('"%s" proposes no call (the level is asked)', (text) => {
    expect(outcome(text)).not.toBe('tool');
  });

  it('"kill the api pods in staging" is the requester\'s to confirm; with a level said it is sure', () => {
    const r = read('kill the api pods in staging');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
    expect(read('kill all api pods in staging, level 10')).toMatchObject({
      plan: { tool: 'launch_chaos', args: { target: 'api', experiment: 'pod-kill', level: 10 } },
      confident: true,
    });
  });
});

// Red-team round 116: one pod restarted, a pod chosen by age, a level or share in words, a state reported in an
// experiment's words, the sender's own action told, a rate, a count per node, one canary step finished.
describe('how much a call acts on, and whose action it is', () => {
  it.each([
    ['restart a random web pod in staging'],
    ['restart the api pod with the most restarts in prod'],
    ['kill the latest web pod in staging'],
    ['kill many web pods in staging'],
    ['cpu stress worker staging, intensity high'],
    ['drop most packets on web in staging'],
    ['drop some traffic to web in staging'],
    ['still 5% packet loss on web in prod'],
    ['kill a pod of web in staging per hour'],
    ['create deployment edge in staging from nginx:1.27 with one replica per node'],
  ])('"%s" proposes no call', (text) => {
    expect(outcome(text)).not.toBe('tool');
  });

  it.each([["fyi I'm scaling web in prod to 8"], ["I'm bouncing coredns, fyi"]])('"%s" is never a sure write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('"finish this step on checkout in staging" is one step, confirmed; "restart web in staging, one pod at a time" is a restart', () => {
    expect(read('finish this step on checkout in staging')).toMatchObject({
      plan: { tool: 'promote_rollout', args: { full: false } },
      confident: false,
    });
    expect(read('restart web in staging, one pod at a time').plan).toMatchObject({ tool: 'restart' });
    expect(read('memory pressure on worker in staging for 90s')).toMatchObject({
      plan: { tool: 'launch_chaos', args: { experiment: 'memory-stress' } },
      confident: true,
    });
  });
});

// Red-team rounds 117 and 118: a canary named with its workload, irony beside an alarm emoji, bare plural pods, an
// experiment told as done, questions about what was done, "no need to", a dangling "before you", the bot named in the
// third person, "100%" as yes, a change used as a noun, undoing the bot's change (taking a rollout off pause is now
// read as its promotion: test/planner/sizes-tickets-places.test.ts).
describe('what rounds 117 and 118 found', () => {
  it.each([
    ['promote payments, the payments canary looks good'],
    ['promote checkout in staging, everything is fine 🔥🔥🔥'],
    ['kill api pods in staging'],
    ['have you restarted api in staging?'],
    ['would you have rolled back web in prod'],
    ['no need to go restart api in staging'],
    ['before you restart api in staging...'],
    ['can the bot restart api in staging?'],
    ['100%, promote checkout in staging'],
    ['give me a restart breakdown for api in staging'],
    ['undo your last change on web in prod'],
    ['restart the rollouts controller for checkout in staging'],
  ])('"%s" is never a sure write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    ['we injected 200ms latency into api in staging for 5 minutes'],
    ['web in staging dropped 10% of packets for 2 minutes'],
  ])('"%s" (an experiment told as done) proposes no call', (text) => {
    expect(outcome(text)).not.toBe('tool');
  });

  it('"make api pods in staging fail" is the catalog\'s phrase for a pod failure, sure', () => {
    expect(read('make api pods in staging fail')).toMatchObject({
      plan: { tool: 'launch_chaos', args: { experiment: 'pod-failure', target: 'api' } },
      confident: true,
    });
  });
});

// Red-team round 119: a kubectl flag the command does not take, a dangling "as you …", "would need", "you'd have to",
// "do we want to", a report in set/put/cut, the bot spoken of, "some" pods made to fail.
describe('what round 119 found', () => {
  it.each([
    ['kubectl rollout restart deploy/web -n staging --replicas=4'],
    ['kubectl rollout undo deploy/web -n production --image=ghcr.io/acme/web:1.6.0'],
    ['right before you restart api in staging'],
    ['web in prod would need 8 replicas'],
    ["you'd have to restart api in staging"],
    ['do we want to roll back web in prod'],
    ['we set web in prod to 8 replicas'],
    ['the bot could restart api in staging'],
    ['make some web pods in prod fail'],
  ])('"%s" is never a sure write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});

// Red-team round 120: a blast radius in pods, a time into a drill, a count or version told as the state before a bare
// "scale it"/"update it", two experiments written with spaces, a symptom "back up to 300ms", a what-if report.
describe('what round 120 found', () => {
  it.each([
    ['blast radius 2 pods, pod kill api staging'],
    ['5 mins in kill a pod of api staging'],
    ['web prod still 6 pods scale it'],
    ['web prod half down scale up'],
    ['cpu stress worker staging 10 min then pod kill'],
    ['web prod latency back up to 300ms'],
    ['web prod still on 1.7.2 update it'],
  ])('"%s" proposes no call', (text) => {
    expect(outcome(text)).not.toBe('tool');
  });

  it('"numbers on web prod with 12 replicas" is never a sure write', () => {
    const r = read('numbers on web prod with 12 replicas');
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});

// Red-team round 122: a number that names a change, an issue, a version or an attempt, read as the count.
describe('what round 122 found', () => {
  it.each([
    ['scale worker in staging for change 12'],
    ['#12: scale worker in staging'],
    ['scale api in staging for version 3'],
    ['take 2: scale worker in staging'],
  ])('"%s" asks for the count', (text) => {
    expect(outcome(text)).not.toBe('tool');
  });

  it('"scale web in staging to 02" and "scale web in staging 5" are still counts', () => {
    expect(read('scale web in staging to 02').plan).toMatchObject({ tool: 'scale', args: { replicas: 2 } });
    expect(read('scale web in staging 5').plan).toMatchObject({ tool: 'scale', args: { replicas: 5 } });
  });
});

// Red-team round 121: a discourse word before a lead ("ok before you …", "so do we want to …"), a longer lead-in before
// "have you", "numbers on X with N replicas" after other words, reports with "just"/"'ve", a version run or left told
// another way, symptoms in production with no verb, a clock time first, a count told as state then "scale it pls".
describe('what round 121 found', () => {
  it.each([
    ['ok before you restart api in staging'],
    ['so do we want to roll back web in prod'],
    ['hey quick question have you restarted api in staging'],
    ['I need numbers on worker prod with 6 replicas'],
    ["we've cut worker in prod to 1 replica"],
  ])('"%s" is never a sure write', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    ['upgrade web in staging from 1.7.2'],
    ['coredns still on v1.11.1 update it'],
    ['api prod latency 800ms 😱'],
    ['17:00 scale web in prod to 12'],
    ['web prod still 6 pods scale it pls'],
    ['ok +10 min: cpu stress worker staging'],
  ])('"%s" proposes no call', (text) => {
    expect(outcome(text)).not.toBe('tool');
  });

  it('"put staging web on 1.9.0" and "prometheus needs 2 replicas, scale it pls" are still read', () => {
    expect(read('put staging web on 1.9.0').plan).toMatchObject({ tool: 'set_image' });
    expect(read('prometheus needs 2 replicas, scale it pls').plan).toMatchObject({ tool: 'scale', args: { replicas: 2 } });
  });
});

// Red-team round 123: a number that names a team, a cluster, an environment or another group, read as the count.
describe('what round 123 found', () => {
  it.each([['scale worker in staging for team 4'], ['env 4: scale worker in staging'], ['scale web in prod for cluster 8']])(
    '"%s" asks for the count',
    (text) => {
      expect(outcome(text)).not.toBe('tool');
    },
  );
});

// Red-team rounds 143 and 144, in phrasings of their own: an idiom's object that is a setting or one side of a rollout,
// an action named only as a noun, a "+1" vote, traffic, pods cycled through or some of them, a second action on the
// paperwork, narration with an adverb, standing orders said another way, "revert" as "reply", "complete" said of a
// ticket.
describe('what rounds 143 and 144 found', () => {
  noSureWrite([
    'turn the weight on checkout in staging up two',
    'drop the timeout on api in staging by one',
    'get the old checkout in staging off pause',
    'scale the previous payments to 1',
    'restart the latest checkout in staging',
    'tally the api in staging restarts',
    'summarize the payments rollback for me',
    '+1 on that, checkout in staging',
    'cut payments traffic to 0',
    'cycle over the api in staging pods',
    'restart the crashing api pods in staging',
    'kill a pod of api in staging and open an incident',
    'then we roll back web in prod',
    'going forward, restart api in staging',
    'please revert to the channel on web in prod',
    'promote payments, approvals done and the ticket marked complete',
  ]);

  it('"restart api in prod and change CHG0051407" is two actions', () => {
    expect(outcome('restart api in prod and change CHG0051407')).toBe('clarify');
  });

  staySure([
    ['take api in prod down one', 'scale'],
    ['do a restart of api in staging', 'restart'],
    ['go back to the previous payments version', 'rollback'],
    ['promote payments as soon as possible', 'promote_rollout'],
  ]);
});

// Red-team round 145, in phrasings of their own: a role beside the namespace it may mean, an environment word as the
// place of a write, a "+1" on a proposal, narration, standing orders, "revert" as "reply", more actions named as nouns,
// an aside that leaves it open, a past that might have been, what something can run, "drop … to" more, a bare number
// as a revision.
describe('what round 145 found', () => {
  noSureWrite([
    'bounce worker in non-prod, stg can wait',
    'promote checkout in the test environment, staging is fine',
    'restart api on uat',
    'scale worker in dev to 2',
    '+1 on restarting api in staging',
    'we immediately roll back web in prod',
    'for here on, restart api in staging',
    'kindly revert regarding web in prod',
    'go through the payments promotion',
    'report the api in staging latency experiment',
    'roll back web in prod (not decided yet)',
    'we could have had api in staging restarted',
    'staging will run api with 4 replicas',
    'drop checkout in staging to 9',
    'api in staging: go back to 2',
  ]);

  staySure([
    ['run a cpu stress on web in staging', 'launch_chaos'],
    ['inject 100ms of latency into api in staging', 'launch_chaos'],
    ['roll back web in prod to revision 1', 'rollback'],
    ['we have to restart api in staging', 'restart'],
  ]);
});

// Red-team round 146, in phrasings of their own: a past modal or narration with adverbs between, a lead phrase before
// the narration, votes other than "+1", ticked checklist items, "live" as the place of a write, a rollback to what runs
// now, "revert" as "reply", standing orders, a moment the message does not name.
describe('what round 146 found', () => {
  noSureWrite([
    'we must have already scaled worker in prod to 5',
    'i did actually restart api in staging',
    'in the meantime we pause checkout in staging',
    '+3 on rolling back web in prod',
    ':thumbsup: restart api in staging',
    '• [x] promote payments',
    'abort checkout on live please',
    'roll back api in staging to the current version',
    'kindly revert now on api in staging',
    'from there on out, roll back web in prod',
    'restart api in staging after that',
  ]);

  it.each([
    ['subtract one web from prod', 5],
    ['remove one worker from production', 2],
  ])('"%s" scales to %i', (text, replicas) => {
    expect(read(text).plan).toMatchObject({ tool: 'scale', args: { replicas } });
  });

  it('"add a worker to the on-call rotation in prod" is no scale', () => {
    expect(read('add a worker to the on-call rotation in prod').plan).not.toMatchObject({ tool: 'scale' });
  });
});

// Red-team round 147, in phrasings of their own: how a write is done, asked or told; an option, a likeness, an
// opinion, what someone knows, the sender's own errand; a count of pods beside an experiment's level; a deadline read
// as a duration; a latency without its unit.
describe('what round 147 found', () => {
  noSureWrite([
    'can you tell me how to pause checkout in staging',
    'the steps where we promote payments',
    'potential restart of worker in prod',
    'same as we roll back web in prod every time'.replace('same as', 'like'),
    'u think we restart api in staging',
    'we know you abort checkout in staging',
    'i need to go scale worker in prod to 2',
    'stress memory on 2 pods of worker in staging at level 5',
    'run a cpu stress on api in staging within 5 minutes',
    'add latency to two pods of web in staging',
  ]);

  staySure([
    ['promote checkout in staging all the way to 100%', 'promote_rollout'],
    ['slow down web in staging by 2 seconds for ten minutes', 'launch_chaos'],
    ['kill a random pod of api in staging', 'launch_chaos'],
    ['we need to go back with api in staging to the version before', 'rollback'],
  ]);
});

// Red-team round 148, in phrasings of their own: a change kept from happening, a person other than the bot asked, an
// offer, the sender's own errand, a change counted in steps or revisions, further back than one version, a report of
// it in the past or ongoing tense; and the ask after the bot's mention that what came before governs.
describe('what round 148 found', () => {
  noSureWrite([
    'prevent api in staging from restarting',
    'hey all, <@U0BOB> can you restart worker in staging',
    'want me to pause checkout in staging',
    'on our way to roll back web in prod',
    'raise api in prod by two revisions',
    'roll back web in staging two versions back',
    'payments in prod promoted',
    'we paused checkout in staging',
    "don't let <@U0COXSWAIN> restart api in staging",
  ]);

  it('"can someone restart coredns <@U0COXSWAIN> show me the coredns logs" shows the logs', () => {
    expect(read('can someone restart coredns <@U0COXSWAIN> show me the coredns logs').plan).toMatchObject({
      tool: 'get_logs',
      args: { name: 'coredns' },
    });
  });

  staySure([
    ['resume payments in prod', 'promote_rollout'],
    ['move checkout in staging to the next step', 'promote_rollout'],
    ['<@U0COXSWAIN> restart api in staging', 'restart'],
  ]);
});

// Red-team round 149, in phrasings of its own: people addressed by a word rather than a mention.
describe('what round 149 found', () => {
  noSureWrite(['team, restart api in staging', 'hey folks roll back web in prod', 'thanks everyone, scale worker in prod to 2']);

  it('"restart api in staging" is still a sure restart', () => {
    expect(read('restart api in staging').confident).toBe(true);
  });
});

// Red-team round 150, in phrasings of its own: more ways of addressing people, a line commented out, a thought or a
// limit, "stage" as a step of a rollout, another environment named after a namespace.
describe('what round 150 found', () => {
  noSureWrite([
    'hey all, restart worker in prod',
    'howdy folks please scale api in staging to 3',
    'you lot roll back checkout in prod',
    'promote checkout in staging everybody',
    '// scale web in prod to 0',
    'think roll back api in prod',
    'at most restart worker in staging',
    'move checkout on by one stage',
    'roll back web in the prod clone',
  ]);

  staySure([
    ['restart api in staging please, thanks team', 'restart'],
    ['restart api for the staging folks', 'restart'],
    ['restart api on the stage', 'restart'],
    ['double the prod api', 'scale'],
  ]);
});

// Red-team round 151, in phrasings of its own: a window in the past, a rate, "yday", task-list marks, a clause without
// its main clause, praise or what one would do, someone else's namespace or workload, a size of compute.
describe('what round 151 found', () => {
  noSureWrite([
    'add 100ms latency to web in staging over the previous 2 hours',
    'kill a pod of api in staging for 3 minutes every hour',
    'kill a pod of api in staging 3 minutes an hour',
    'scale worker in prod to 5 yday',
    '[?] restart worker in staging',
    'promote checkout in staging [-]',
    'now that we restart worker in staging',
    'so you can scale web in prod to 8',
    'way to promote checkout in staging',
    'you would restart worker in prod',
    'restart worker in their staging',
    'scale the compute of api in staging to 4',
  ]);

  staySure([
    ['kill a pod of api in staging for 3 minutes', 'launch_chaos'],
    ['restart worker in our staging', 'restart'],
    ['scale api in staging to 4', 'scale'],
  ]);
});

// Red-team round 152, in phrasings of its own: a question, a refusal or a hanging word after the ask, the ask said of
// someone ("u did …", "ready to …"), done a moment ago, an amount beside an experiment, a question about the command,
// "for a while", someone's pod, asked of anyone, help on a command.
describe('what round 152 found', () => {
  noSureWrite([
    'restart worker in prod why though',
    'scale api in staging to 3 what for',
    'promote checkout in staging while',
    'restart coredns no thanks',
    'u did restart worker in prod',
    'ready to promote checkout in staging',
    'restart worker in prod just now',
    'stress the most memory on worker in staging',
    'impact of restart worker in prod',
    'pause payments for a while',
    'kill your pod of api in staging',
    'could anybody restart worker in prod',
  ]);

  it('"help: restart api in staging" is help', () => {
    expect(read('help: restart api in staging').plan.outcome).toBe('help');
  });

  staySure([
    ['roll back api in staging to the version before', 'rollback'],
    ['add 200ms latency to api in staging for 3 min', 'launch_chaos'],
    ['restart worker in prod right now', 'restart'],
  ]);
});

// Red-team round 153, in phrasings of its own: a message left unfinished (a preposition, an article, a question word
// or a tag at the end, a colon, a dash), a sign of doubt, the ask for someone else, chat shorthand, thanks for what was
// done, a label or a vote first, a status told, a symptom named, the past, whether it is possible.
describe('what round 153 found', () => {
  noSureWrite([
    'restart worker in staging into',
    'scale api in staging to 3 the',
    'promote checkout in staging which',
    'restart worker in prod did we',
    'restart worker in prod:',
    'restart worker in prod —',
    'restart worker in prod :/',
    'need somebody to restart worker in prod',
    'ur ready to restart worker in prod',
    'thx for rolling back api in staging',
    'status: restart worker in prod',
    'pause checkout in staging: done',
    'latency on api in staging',
    'restart worker in prod in the past',
    'restart worker in prod feasible',
  ]);

  staySure([
    ['promote payments as soon as possible', 'promote_rollout'],
    ['<@U0COXSWAIN> restart api in staging :pray:', 'restart'],
    ['memory pressure on worker in staging for 90 seconds', 'launch_chaos'],
    ['scale web in prod up to 8', 'scale'],
  ]);
});

// Red-team round 154, in phrasings of its own: the same kinds moved into the middle or the object put first ("web in
// prod we roll back"), votes against in other marks, an action counted or pointed at as a noun, someone else's name on
// the ask mid-sentence, a status line, "someone" after the ask, a trigger on a state, a question put the other way round.
describe('what round 154 found', () => {
  noSureWrite([
    'worker in prod we restart',
    'fyi i scale web in prod to 8',
    'restart worker in prod we think',
    'restart worker in prod no from us',
    'restart worker [no] in prod',
    'the latest restart of worker in prod',
    'number of restart on worker in prod',
    'restart worker as her in prod',
    'restart worker in prod why not',
    'worker in prod ready to restart',
    'restart worker in prod somebody',
    'thanks so much for restarting worker in prod',
    'promote checkout in staging on success',
    'should worker in prod restart',
    'worker in prod did restart',
  ]);

  staySure([
    ['roll back web in prod, thanks again', 'rollback'],
    ['would you be able to restart web in staging?', 'restart'],
    ['can we restart worker in prod', 'restart'],
  ]);
});

// Red-team round 155, in phrasings of its own: a reason that turns round with "nothing", "no" or "not" in a free word
// of its form, a time that is bad for the change, the old side or the fallback in trouble, an image without the fix, a
// ticket that is not ready, an experiment for later or for someone's say first, a freeze, a plan judged bad.
describe('what round 155 found', () => {
  noSureWrite([
    'roll back api in staging, the update broke nothing',
    'abort checkout in staging, nothing looks broken',
    'scale web in prod to 8, no surge is coming',
    'stop chaos experiment web-pod-kill-k2 in staging, it is hurting nobody',
    'pause checkout in staging, today is bad',
    'roll back web in prod, the version before is buggy',
    'set web in staging to ghcr.io/acme/web:1.9.3, it has the wrong fix',
    'roll back web in prod, OPS-4410 is not ready',
    'start a pod-kill on api in staging, we want to test failover next sprint',
    'start a pod-kill on api in staging, i want to see what the team thinks',
    'abort checkout in staging, releases are frozen',
    'roll back web in prod, this idea is bad',
  ]);

  staySure([
    ['roll back api in staging, the new build broke the login page', 'rollback'],
    ['abort the checkout canary in staging, the cart page is throwing errors', 'abort_rollout'],
    ['start a pod-kill on api in staging, we want to see if it recovers', 'launch_chaos'],
    ['ok the drill is over, stop chaos experiment web-pod-kill-k2 in staging', 'stop_chaos'],
  ]);
});

// Red-team round 156, in phrasings of its own: a state on purpose or somewhere else ("down for maintenance", "broken
// in dev", "in the mockup"), a fix of unknown worth or for another product, a metric going down read as trouble, stale
// evidence, a change that never shipped, low traffic as a reason for none at all, people as the subject of "slow".
describe('what round 156 found', () => {
  noSureWrite([
    'restart api in prod, it is down for an upgrade',
    'restart worker in staging, it is off for the holidays',
    'restart api in prod, it is failing on my laptop',
    'roll back web in prod, the page looks broken in the design doc',
    'set web in staging to ghcr.io/acme/web:1.9.3, it has the unreviewed fix',
    'set web in staging to ghcr.io/acme/web:1.9.3, it has the fix for the android client',
    'abort checkout in staging, latency is down',
    'roll back web in prod, the numbers are stale',
    'roll back web in prod, my change is stuck in the merge queue',
    'scale api in prod to 0, traffic is quiet',
    'roll back web in prod, the designers are slow',
  ]);

  staySure([
    ['roll back web in prod, the login page is broken', 'rollback'],
    ['abort checkout in staging, the error rate is climbing', 'abort_rollout'],
    ['restart worker in staging, it did not pick up the new configmap', 'restart'],
    ['push checkout in staging all the way to 100%', 'promote_rollout'],
  ]);
});

// Red-team round 157, in phrasings of its own: "to 100%" beside a word of going down, back to stable, a size or step by
// step; thanks in another language for a change done; one free word that turns a rush or a sale round; a retry after
// fixing something else; business numbers up; a quarter or a year after the request; the team's own day; customers
// as the reason for staging; "mille" as a number; a question to the room as an experiment's purpose.
describe('what round 157 found', () => {
  noSureWrite([
    'bring checkout in staging all the way down',
    'send checkout in staging to 100% of its replicas',
    'push checkout in staging to 100% one step at a time',
    'merci beaucoup for promoting checkout in staging',
    'scale web in prod to 2, the quiet traffic is over',
    'retry checkout in staging, we fixed the unrelated alert',
    'roll back web in prod, the sales numbers are up',
    'roll back web in prod, for H2-2027',
    'scale worker in prod to 0, we are done for today',
    'abort checkout in staging, shoppers are seeing errors',
    'kill a pod of api in staging, who wants to see if it recovers',
  ]);

  staySure([
    ['push checkout in staging to 100%', 'promote_rollout'],
    ['promote checkout in staging to stable', 'promote_rollout'],
    ['retry checkout in staging, we fixed the analysis template', 'retry_rollout'],
    ['abort checkout in staging, the error rate is climbing', 'abort_rollout'],
  ]);
});

// Red-team round 158, in phrasings of its own: a word after "as" that says how or what kind rather than what to call
// the new Deployment, and a name not decided yet.
describe('what round 158 found', () => {
  noSureWrite([
    'deploy nginx:1.27 to staging as agreed',
    'deploy nginx:1.27 to staging as stateless',
    'deploy ghcr.io/acme/web:1.9.0 to production as an emergency',
    'run busybox:1.36 in staging as a throwaway',
    'create a deployment in staging with image nginx:1.27 called tba',
  ]);

  staySure([
    ['create deployment notes in staging with image ghcr.io/acme/notes:0.1.0', 'create_deployment'],
    ['deploy ghcr.io/acme/weather-banner:1.2.0 as weather-banner in staging', 'create_deployment'],
    ['create a deployment named crypto-ticker in staging with image ghcr.io/acme/ticker:0.2.0', 'create_deployment'],
  ]);
});

// Red-team round 159, in phrasings of its own: Slack markup that carries what the reader set aside: a time or a doubt
// as a link's label, a channel named like a namespace, an app's date token, a person mentioned first by name.
describe('what round 159 found', () => {
  noSureWrite([
    'restart worker in staging <https://cal.acme.io/e/7|after the standup>',
    'roll back web in prod, see <https://status.acme.io|frozen until Friday>',
    'scale api in <#C0456|staging> to 3',
    'restart api in staging <!date^1767225600^{date_pretty}|next Monday>',
    '<@U09SAM|sam> restart worker in prod',
  ]);

  staySure([
    ['set image of api in staging to <http://ghcr.io/acme/api:2.5.0|ghcr.io/acme/api:2.5.0>', 'set_image'],
    ['restart worker in staging, see <https://grafana.acme.io/d/q|the dashboard>', 'restart'],
    ['<@U0COXSWAIN> restart worker in staging', 'restart'],
  ]);
});

// Red-team round 160, in phrasings of its own: a comment as Slack sends it (escaped, dashes autocorrected) or as other
// languages write one, a namespace as a link's whole label, and quote marks the reader did not know.
describe('what round 160 found', () => {
  noSureWrite([
    'fyi &lt;!-- restart api in production --&gt;',
    'hi team &lt;!— scale web in prod to 1 —&gt; thanks',
    '<%-- delete pod web-5d9c7b-xk2lp in staging --%>',
    '/*abort payments*/',
    '#| roll back web in prod |#',
    'restart web <https://grafana.acme.io/d/q|production>',
    '- &gt; scale api in prod to 0',
    '« restart worker in prod »',
  ]);

  staySure([
    ['restart web in production, see <https://grafana.acme.io/d/q|production>', 'restart'],
    ['scale web in staging to 3', 'scale'],
  ]);
});

// Red-team round 161, in phrasings of its own: a free word before a reason's noun (another place, a test, a state
// turned round), a fault said to be the same or fewer, a version to go to or to keep beside a rollout command, a bad
// node beside a rollback, "the old version had a bug" on a downgrade, customers' words for a testing namespace.
describe('what round 161 found', () => {
  noSureWrite([
    'restart api in production, the qa queue is stuck',
    'scale web in production to 10, the synthetic traffic is spiking',
    'restart worker in production, the dead jobs are down',
    'roll back web in staging, 1.8.0 has the same bug',
    'promote checkout in staging to 3.2.0-beta',
    'abort payments in production and keep 4.1.0',
    'roll back api in production, it landed on a bad node',
    'set image of web in production to ghcr.io/acme/web:1.7.1, the old version had a bug',
    'scale api in staging to 4, shoppers are spiking',
    'restart web in production, the scheduler is down',
  ]);

  staySure([
    ['restart worker in production, the dispatch queue is stuck', 'restart'],
    ['scale web in production to 10, search traffic is spiking', 'scale'],
    ['abort checkout in staging, the 3.2.0 canary is throwing 500s', 'abort_rollout'],
  ]);
});

// Red-team round 162, in phrasings of its own: a part of the system that is not the target's (a queue beside a monitor
// or a web front, a backing store's memory or load), a count that went down, app load beside a monitor, an empty queue
// beside a web front, a registry port or a pre-release read as a newer version, a fix or a page with a word against it.
describe('what round 162 found', () => {
  noSureWrite([
    'restart prometheus, the checkout queue is piling up',
    'restart api in production, the postgres memory is full',
    'restart worker in production, the backlog is down',
    'scale opencost to 3, the search traffic is spiking',
    'scale web in production to 3, the dispatch queue is empty',
    'scale api in production to 8, the database load is way up',
    'set web in staging to localhost:5000/acme/web:1.6.0, the old version had a bug',
    'update web in staging to ghcr.io/acme/web:1.9.0, it has the broken hotfix',
    'roll back web in production, it broke the qa site',
  ]);

  staySure([
    ['restart worker in production, the dispatch queue is backing up', 'restart'],
    ['restart api in production, memory is creeping up', 'restart'],
    ['update api in prod to ghcr.io/acme/api:2.4.0, it has the login fix', 'set_image'],
    ['roll back web in production, it broke the login page', 'rollback'],
  ]);
});

// Red-team round 163, in phrasings of its own: parts of the system owned by another kind of workload (an app's cache
// beside DNS, a front's sessions beside a worker, emails beside a web front, traffic beside a worker), a digest read as
// a version, none at all because an event ended, a size in a testing namespace, a fix in an older image or of a part
// the workload lacks, "the rc" of a workload with no release candidate.
describe('what round 163 found', () => {
  noSureWrite([
    'restart coredns, the checkout cache is stale',
    'restart worker in production, the signup sessions are stuck',
    'restart web in production, the notifications are piling up',
    'scale worker in production to 6, the search traffic is spiking',
    'set web in staging to ghcr.io/acme/web:1.7.2@sha256:1a2b3c4d, the old version had a bug',
    'scale api in production to 0, the campaign is over',
    'scale web in staging to 4, the black friday spike is starting',
    'set web in production to ghcr.io/acme/web:1.7.1, it has the login fix',
    'update worker in production to ghcr.io/acme/worker:0.9.5, it has the checkout fix',
    'roll back web in production, the rc is broken',
  ]);

  staySure([
    ['restart worker in production, the dispatch queue is backing up', 'restart'],
    ['scale worker in production to 6, the dispatch queue is backing up', 'scale'],
    ['scale worker in staging to 0, nobody is using it', 'scale'],
  ]);
});

// Red-team round 164, in phrasings of its own: what round 163's owners left open: an app's word before a monitor's own
// part or an app's lookups beside DNS, trouble on a page or in HTTP errors for a worker or a monitor, another front's
// load beside an app, a worker's kind of load beside the web front, a fix of a part the workload lacks, a worker stuck
// on a user's request, a monitor stuck on an app's migration, a front's queue beside a worker.
describe('what round 164 found', () => {
  noSureWrite([
    'restart prometheus, the invoice memory is climbing',
    'restart coredns, the booking lookups are flaky',
    'restart worker in production, it is erroring on the checkout page',
    'restart worker in production, the 5xxs are climbing',
    'scale payments to 6, the search traffic is spiking',
    'scale web in production to 8, the notification traffic is spiking',
    'update coredns to registry.k8s.io/coredns/coredns:v1.11.3, it has the checkout fix',
    'set web in production to ghcr.io/acme/web:1.7.3, it has the queue fix',
    'restart worker in production, it is stuck on the signup request',
    'restart opencost, it is stuck on the billing migration',
    'scale worker in production to 6, the signup queue is backing up',
  ]);

  staySure([
    ['restart worker in production, it is stuck on the job queue', 'restart'],
    ['restart coredns, dns lookups are flaky', 'restart'],
    ['scale web in production to 9, search traffic is spiking', 'scale'],
  ]);
});

// Red-team round 165, in phrasings of its own: whatever a looser owner rule let through: another front's part beside an
// app, sizes read as backlogs, load coming in as a restart's reason, a worker's work beside an app, a rush ended beside
// a worker, none at all for a cluster service or in production, errors a monitor shows, live errors beside a preview.
describe('what round 165 found', () => {
  noSureWrite([
    'restart payments, the signup sessions are stuck',
    'abort checkout in staging, the search page is broken',
    'scale worker in production to 6, the messages are really big',
    'restart web in production, the signups are spiking',
    'restart api in production, the export pool is flaky',
    'scale worker in production to 1, the campaign is over',
    'scale coredns to 0, it is idle',
    'restart opencost, errors are spiking',
    'abort payments, the error rate is climbing',
    'set api in production to ghcr.io/acme/api:2.4.0, it has the header fix',
    'restart web in production, it is holding the render lock',
  ]);

  staySure([
    ['restart worker in production, the dispatch queue is backing up', 'restart'],
    ['restart api in production, memory is creeping up', 'restart'],
    ['scale worker in staging to 0, nobody is using it', 'scale'],
  ]);
});

// Red-team round 166, in phrasings of its own: a value, a size or the action in quoted text of any kind (double
// backticks, number words, quote marks of other scripts), an object no tool creates beside a new Deployment, an alert an
// experiment cannot set off given as its purpose, a plan step written like a ticket key.
describe('what round 166 found', () => {
  noSureWrite([
    'scale api in staging to ``4``',
    'add `two` replicas to worker in staging',
    'stress memory on api in staging for `half an hour`',
    'add latency of «250ms» to web in staging',
    'kill a pod of api in staging at level „6“',
    'scale worker in production by ‘half’',
    '`bounce` web in staging',
    'promote checkout in staging ``--full``',
    'create queue in staging with rabbitmq:3 and an ingress',
    'spin up a new canary called queue in staging from rabbitmq:3',
    'stress cpu on api in staging, we want to see if the disk alert fires',
    'drop 10% of packets to web in staging, we want to see if the memory alert pages',
    'restart web in staging, PHASE-2',
  ]);

  staySure([
    ['restart `api` in staging', 'restart'],
    ['set web in staging to `ghcr.io/acme/web:1.9.0`', 'set_image'],
    ['add 200ms latency to api in staging for 2 minutes, we want to see if the latency alert fires', 'launch_chaos'],
    ['restart api in staging, INC-4821', 'restart'],
  ]);
});

// Red-team round 167, in phrasings of its own: quoted text that is not an object (any verb, any value, a flag, how far
// to promote, an experiment's kind), an experiment on the node under a workload, a bare Pod or a ReplicaSet asked to
// be created, a time tied to an event ("right before the demo"), alert names spelled as Prometheus spells them, a
// level written like a key; and blind147's "abort … and roll it back".
describe('what round 167 found', () => {
  noSureWrite([
    '`cycle` web in staging',
    'promote checkout in staging “to the end”',
    'stress cpu on worker in staging for `a fortnight`',
    'launch `network-loss` on api in staging',
    'stress memory on the nodes hosting api in staging',
    "add 200ms latency to worker's node in staging",
    'create a standalone pod called probe in staging with busybox:1.36',
    'create a stateful set called db in staging with postgres:16',
    'restart web in production, right after the keynote',
    'scale api in staging to 3, for the maintenance window',
    'stress cpu on api in staging, we want to see if the KubeMemoryLimitHit alert fires',
    'kill a pod of api in staging at LV-4',
    'pause checkout in staging and roll it back',
  ]);

  staySure([
    ['restart `web` in `staging`', 'restart'],
    ['kill a pod of web in staging, we want to see if the KubePodCrashLooping alert fires', 'launch_chaos'],
    ['kill a pod of api in staging at level 4', 'launch_chaos'],
  ]);
});

// Red-team round 168, in phrasings of its own: a second verb of change after fillers ("and also", "while you"), a
// write tied to an event, quote marks typed as primes, an experiment on "its node" or worker nodes, a Rollout or an
// Ingress asked for by its kind beside a create, "deploy" in quotes.
describe('what round 168 found', () => {
  noSureWrite([
    'pause checkout in staging and then quickly roll the canary back',
    'promote checkout in staging while you restart it',
    'restart web in staging before the migration',
    'scale api in production to 6 during the cutover',
    '″bounce″ web in staging',
    'stress memory on api in staging, on its node',
    'add 200ms latency to the worker nodes in staging',
    'create queue in staging with rabbitmq:3 and also an ingress',
    'create queue rollout in staging with rabbitmq:3',
    '`deploy` web 1.9.0 to staging',
  ]);

  staySure([
    ['kill a pod of api in staging and let kubernetes put it on another node', 'launch_chaos'],
    ['create a deployment named rollout in staging with image nginx:1.27', 'create_deployment'],
  ]);
});

// Red-team round 169, in phrasings of its own: a verb on something of the workload that is not the workload (its
// replica set, steps, revisions, nodes, network, port), a drill acted on, "soon" after a verb the schedule list did not
// know, an action told as done, a question without its mark.
describe('what round 169 found', () => {
  noSureWrite([
    'scale the old replica set of api in staging to 0',
    'double the revisions of api in staging',
    'add one more node for worker in staging',
    'restart the port of web in staging',
    'halve the memory of web in staging',
    'pause the drill on checkout in staging',
    'api in staging: reshuffle it soon',
    'checkout in staging, go forward soon',
    'web in staging: promotion complete',
    'is there any rollback of api in staging',
  ]);

  staySure([
    ['double the replicas of web in staging', 'scale'],
    ['one more api pod in staging please', 'scale'],
    ['add 200ms of latency to api in staging for 2 minutes', 'launch_chaos'],
    ['promote checkout in staging all the way', 'promote_rollout'],
    ['halt the experiment api-network-delay-x1 in staging, the load test starts soon', 'stop_chaos'],
  ]);
});

// Red-team round 170, in phrasings of its own: words that tell how things are, with no verb that asks ("currently",
// "still", a state word at the end, a line of news, a face, "hmm", "some N").
describe('what round 170 found', () => {
  noSureWrite([
    'api in staging currently 1 replica',
    'worker in staging still with memory stress at level 2',
    'web in staging 2 replicas ready',
    'web in staging 2 ready replicas',
    'btw: api in staging rollback',
    'worker in staging 1 replica :(',
    'hmm checkout in staging next step',
    'scale api in staging to some 2 replicas',
  ]);

  staySure([
    ['web in staging 2 replicas', 'scale'],
    ['update api in staging to ghcr.io/acme/api:2.4.0', 'set_image'],
    ['promote checkout in staging to stable', 'promote_rollout'],
    ['go back to the previous version of web in staging 😭', 'rollback'],
  ]);
});

// Red-team round 171, in phrasings of its own: a question without its mark after a lead word, a state said with "on
// image" or "with N replicas", a part of the workload said as a compound, a word that asks how, a sign before the words.
describe('what round 171 found', () => {
  noSureWrite([
    'so why restart api in staging',
    'meanwhile did we roll back api in staging',
    'api in staging on image 2.4.0-rc1',
    'worker in staging with 2 replicas',
    'restart the api port in staging',
    'double checkout steps in staging',
    'howto roll back api in staging',
    '; roll back api in staging',
    '| restart api in staging |',
  ]);

  staySure([
    ['promote the payments preview', 'promote_rollout'],
    ['restart api in staging bitte', 'restart'],
    ['scale web in staging to 3 replicas', 'scale'],
    ['and restart api in staging', 'restart'],
    ['new deployment called echo in staging with image hashicorp/http-echo:1.0', 'create_deployment'],
  ]);
});

// Red-team round 172, in phrasings of its own: a ceiling said as "to up to N" or "to upto N", a duration per pod.
describe('what round 172 found', () => {
  noSureWrite([
    'bring worker in staging to up to 3',
    'resize api in staging to upto 2',
    'add 300ms latency to web in staging for 1 minute per pod',
  ]);

  staySure([
    ['scale web in staging up to 4', 'scale'],
    ['add 300ms latency to web in staging for 1 minute', 'launch_chaos'],
  ]);
});

// Red-team round 173, in phrasings of its own: a value said by its relation to the one named ("the tag before",
// "off of", "the patch for", "…'s release"), a new Deployment's count or an experiment's length in words that give no
// number, and a message that told an amount of memory changing how the next one is read.
describe('what round 173 found', () => {
  noSureWrite([
    'roll web in production onto the build prior to 1.7.2',
    'take checkout in staging off 3.2.0',
    'put api in staging on the hotfix for 2.4.0-rc1',
    'set web in staging to 1.8.0’s successor',
    'delete the pod after web-5c6d7e8f9-zz9yy in staging',
    'stop the experiment preceding api-pod-kill-x7k2 in staging',
    'create deployment mirror in staging with image nginx:1.27 and a few replicas',
    'run memory stress on api in staging forever',
  ]);

  staySure([
    ['set web in staging to ghcr.io/acme/web:1.7.2', 'set_image'],
    ['create deployment mirror in staging with image nginx:1.27 and 2 replicas', 'create_deployment'],
    ['take one replica off api in production', 'scale'],
    ['run memory stress on api in staging for 2 minutes', 'launch_chaos'],
  ]);

  it('a message that told an amount of memory leaves the next message read as alone', () => {
    const next = 'give api in prod 512 megs more';
    const alone = planOffline(next, ctx);
    planOffline('pods of web in staging are using more than 2 GB', ctx);
    expect(planOffline(next, ctx)).toEqual(alone);
  });
});

// Red-team round 174, in phrasings of its own: a value placed against the one named by any word of a closed list of
// relations ("the previous build of", "X's newest release", "the tag prior X", "the latest pod of"), a revision said so, a
// new Deployment's count or an experiment's length or level named by relation or not at all.
describe('what round 174 found', () => {
  noSureWrite([
    'set api in staging to the older image of 2.4.0-rc1',
    'put web in production on 1.7.2’s newest release',
    'update checkout in staging to 3.2.0 with the latest fix',
    'set worker in staging to the tag prior 0.9.4',
    'delete the newest pod of api-7c9d8b6f5-q8zrt in production',
    'roll back api in staging to the revision before revision 1',
    'create deployment relay in staging with image nginx:1.27 and replicas',
    'run network loss on api in staging for the usual duration',
    'run cpu stress on web in staging at the same level as last time',
  ]);

  staySure([
    ['create a deployment called prom-test in monitoring from prom/prometheus:v2.53.0', 'create_deployment'],
    ['create deployment cache in staging image redis:7 replicas two', 'create_deployment'],
    ['roll back web in production to revision 1', 'rollback'],
    ['set worker in staging to ghcr.io/acme/worker:0.9.5', 'set_image'],
  ]);
});
