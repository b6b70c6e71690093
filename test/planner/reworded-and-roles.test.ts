import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';
import { noSureWrite, staySure } from './kinds.ts';

// Kinds from blind50–54's misses, in phrasings of their own: one action said twice in other words (beside actions
// ruled out), a namespace named by its role, and the reason after a correction. Each write read so is confirmed by the
// requester.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('one action said twice in other words', () => {
  it.each([
    ['bounce the staging api pods, a rolling restart is fine', 'restart', { namespace: 'staging', name: 'api' }],
    ['recycle the worker in staging, a rolling restart please', 'restart', { namespace: 'staging', name: 'worker' }],
    [
      'halt the checkout rollout in staging, do not roll back, just abort it',
      'abort_rollout',
      { namespace: 'staging', name: 'checkout' },
    ],
    ['undo the web release in staging — I mean roll back, not abort', 'rollback', { namespace: 'staging', name: 'web' }],
  ])('"%s" is %s, unsure', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it.each([
    'restart api in staging, then restart it again',
    'abort checkout in staging, retry it',
    'restart api in staging, roll it back',
    'scale web in staging to 3, scale it to 5',
    'restart worker in staging — restart api in staging too',
  ])('"%s" is still more than one action', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });
});

describe('a namespace named by its role', () => {
  // No alias configures a role (the sandbox's are prod, stg and stage): the namespace it may mean is asked back.
  it.each([
    ['restart api in pre-prod', 'staging'],
    ['scale worker in nonprod to 2', 'staging'],
    ['restart web in the test environment', 'staging'],
    ['what is deployed in pre-prod', 'staging'],
    ['describe web in the live environment', 'production'],
    ['logs of prometheus in the observability namespace', 'monitoring'],
  ])('"%s" asks whether %s is meant', (text, ns) => {
    const r = read(text);
    expect(r.plan.outcome).toBe('clarify');
    expect(r.plan.outcome === 'clarify' && r.plan.message).toContain(`Did you mean ${ns}?`);
  });
  it('the namespace said beside the role is the place', () => {
    expect(read('describe staging (our pre-prod) api').plan).toMatchObject({
      tool: 'describe_workload',
      args: { namespace: 'staging', name: 'api' },
    });
  });
});

describe('the reason after a correction', () => {
  it('"promote … fully — no, just one step, I\'d rather watch the next pause" is one step, not a pause', () => {
    const r = read("promote payments fully — no, only a single step, I'd rather watch the pause after it");
    expect(r.plan).toMatchObject({ tool: 'promote_rollout', args: { name: 'payments', full: false } });
    expect(r.confident).toBe(false);
  });
});

// Kinds from red-team round 138, in phrasings of their own: words of part and degree taken for a value or an object.
describe('words of part and degree leave a write for the requester to confirm', () => {
  it.each([
    'promote payments until the end of the current step',
    'take checkout in staging the whole way to the next pause',
    'scale worker in production half way',
    'add one replica to web in staging two times',
    'a hundred percent, promote payments',
    'ninety per cent sure, drop packets to web in staging',
    'totally fine with this: promote checkout in staging fully',
    "restart web's oldest pod in production",
    'kill the slowest api pod in staging',
    'raise the cpu stress on worker in staging to level 6',
    'scale web in staging to 3 for version 1.9.0',
  ])('"%s" is not sure', (text) => {
    const r = read(text);
    if (r.plan.outcome === 'tool') expect(r.confident).toBe(false);
  });

  staySure([
    ['promote checkout in staging to 100%', 'promote_rollout'],
    ['skip the remaining steps and promote payments', 'promote_rollout'],
    ['drop thirty percent of packets for api in staging', 'launch_chaos'],
    ['scale web in staging by 2x', 'scale'],
    ['kill a random pod of api in staging', 'launch_chaos'],
  ]);
});

// Kinds from red-team round 139, in phrasings of their own: states ended, actions as nouns, another object beside.
describe('states ended, actions named as nouns and other objects beside a call', () => {
  noSureWrite([
    'terminate the memory stress on api in staging',
    'the cpu stress on web in staging can go',
    'lift the pause on checkout in staging',
    'halt the payments rollout at the current step',
    'stages all done, promote checkout in staging',
    'undo one step of checkout in staging',
    'scale in staging api by 1',
    'thanks for the worker restart in staging',
    'latest on the api rollback in production',
    'retry the abort of checkout in staging',
    'prod -- restart web in staging',
    'spin down some of the worker pods in production',
  ]);

  it('a hyphenated level is the level', () => {
    expect(read('a level-4 cpu stress on web in staging').plan).toMatchObject({
      tool: 'launch_chaos',
      args: { experiment: 'cpu-stress', level: 4 },
    });
  });

  staySure([
    ['break networking for api in staging', 'launch_chaos'],
    ['drop 20% of packets for web in staging', 'launch_chaos'],
    ['put the payments rollout on hold', 'pause_rollout'],
  ]);
});

// Kinds from red-team round 140, in phrasings of their own: what could be done, someone's take, a command put as a
// question after a lead word, a command only in single quotes, and near words of the checks above.
describe('a change said as possible, as a take, as a question or in quotes', () => {
  noSureWrite([
    'api in staging could go back',
    'everybody can restart worker in staging',
    "me, i'd scale web in staging to 3",
    'her take: restart api in staging',
    'the way they do it: roll back web in staging',
    'any chance to restart api in staging',
    'so, restart worker in staging?',
    "'restart worker in staging'",
    'retry the reboot of checkout in staging',
    'decommission the cpu stress on api in staging',
    'quit holding payments',
    'thanks for the quick web restart in staging',
    'stop the checkout rollout in staging here',
    'undo the last stage of checkout in staging',
    'bounce that api pod in staging',
    'kill the oom worker pod in staging',
  ]);

  staySure([
    ['can we get 4 replicas of web in staging', 'scale'],
    ['could you restart api in staging', 'restart'],
    ['I would like you to restart worker in staging', 'restart'],
    ['put payments on pause', 'pause_rollout'],
    ['kill a random pod of api in staging', 'launch_chaos'],
    ['kick off a retry of checkout in staging', 'retry_rollout'],
  ]);
});

// Kinds from red-team round 141, in phrasings of their own.
describe('a step back, a rollout held as is, a pause taken away, questions and one chosen replica', () => {
  noSureWrite([
    'take payments back to the step before',
    'halt the checkout rollout in staging as it is',
    'move checkout in staging past the pause',
    'rollback api in staging?',
    'hmm double web in staging?',
    'would we restart worker in staging?',
    'btw you can restart worker in staging',
    'restart the stuck api replica in staging',
    'bring the memory stress on api in staging up to level 7',
  ]);
  it.each([
    ['restart worker in staging namespace', 'restart', { namespace: 'staging', name: 'worker' }],
    ['delete a random worker pod in staging', 'launch_chaos', { target: 'worker', experiment: 'pod-kill' }],
  ])('"%s" → %s', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });
});

// Kinds from red-team round 142, in phrasings of their own.
describe('two stresses, sizes of other things, pods and networks lost, action items', () => {
  noSureWrite([
    'stress the memory and then the cpu of api in staging',
    'add 20 connections to worker in staging',
    'double the heap of api in production',
    'lose one api pod in staging',
    'lose the network to web in staging for a minute',
    'thanks for the api redeploy in staging',
    'action item: restart worker in staging',
    'bring the payments rollout to an end',
  ]);
  staySure([
    ['scale web in production to 8, traffic is climbing', 'scale'],
    ['drop 30% of packets for api in staging', 'launch_chaos'],
    ['stress the cpu of worker in staging at level 3', 'launch_chaos'],
  ]);
});
