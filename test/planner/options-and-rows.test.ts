import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { chosenOption } from '../../src/planner/offline/options.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from dev-kinds15 (options listed and one chosen; a row of pasted output picked by its place, its state or its
// workload; "make it N"; the same verb said twice), in phrasings of their own. Every write read this way is confirmed
// by the requester.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);
const fence = '```';
const names = new Set(['web', 'api', 'worker', 'checkout', 'staging', 'production', 'prod']);

describe('chosenOption (pure)', () => {
  it.each([
    ['a) restart api in staging b) roll it back. go with b', 'api staging, roll it back'],
    ['(1) pause checkout in prod (2) abort checkout in prod -- 1 please', 'pause checkout in prod'],
    [
      'option A: scale worker in staging to 2, option B: scale worker in staging to 4. I prefer B',
      'scale worker in staging to 4',
    ],
    ['plan a is restarting web in prod, plan b is scaling it to 8. b it is', 'web prod, scale it to 8'],
    ['a) describe api in staging b) logs of api in staging. the latter', 'logs of api in staging'],
  ])('%s', (text, chosen) => {
    expect(chosenOption(text, names)).toBe(chosen);
  });
  it.each([
    'b) scale web to 3 please',
    'a) restart api b) roll it back',
    'a) restart api in staging b) roll it back. not b',
    'the plan is to restart api in staging at 3',
  ])('no choice made: %s', (text) => {
    expect(chosenOption(text, names)).toBeUndefined();
  });
});

describe('a listed option, chosen, is the request', () => {
  it('reads the chosen option with the object the list is for, unsure', () => {
    const r = read('choices for the prod checkout canary: (1) abort, (2) promote one step. going with 1');
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'abort_rollout', args: { namespace: 'production', name: 'checkout' } });
    expect(r.confident).toBe(false);
  });
  it('an option listed but not chosen runs nothing', () => {
    const r = read('two options: a) restart worker in staging b) scale it to 0');
    expect(r.plan.outcome).not.toBe('tool');
  });
});

describe('a row of pasted output, picked', () => {
  const pods = `${fence}\n$ kubectl -n production get pods\nNAME                     READY   STATUS             RESTARTS   AGE\nworker-5c8d7f9b6-aaaaa   1/1     Running            0          1d\nworker-5c8d7f9b6-bbbbb   1/1     Running            0          1d\nworker-5c8d7f9b6-ccccc   0/1     Pending            0          5m\n${fence}\n`;
  it('by its place ("the last one")', () => {
    const r = read(`${pods}delete the last one`);
    expect(r.plan).toMatchObject({ tool: 'delete_pod', args: { namespace: 'production', name: 'worker-5c8d7f9b6-ccccc' } });
    expect(r.confident).toBe(false);
  });
  it('by its place ("the second pod"), the kubectl line typed as code above the block', () => {
    const r = read(
      `\`kubectl -n staging get pods\`\n${fence}\nNAME                  READY   STATUS    RESTARTS   AGE\napi-6d9c7b8f4-h2k9w   1/1     Running   0          1d\napi-6d9c7b8f4-q9z8x   1/1     Running   9          1d\n${fence}\nkill the second pod`,
    );
    expect(r.plan).toMatchObject({ tool: 'delete_pod', args: { namespace: 'staging', name: 'api-6d9c7b8f4-q9z8x' } });
    expect(r.confident).toBe(false);
  });
  it('by a READY count short of its total', () => {
    const r = read(
      `${fence}\nNAMESPACE   NAME     READY   UP-TO-DATE   AVAILABLE\nstaging     web      2/2     2            2\nstaging     worker   0/1     1            0\n${fence}\nthe one that's not ready, show me its pods`,
    );
    expect(r.plan).toMatchObject({ tool: 'list_pods', args: { namespace: 'staging', workload: 'worker' } });
  });
  it('a namespace by its row in a cost table', () => {
    const r = read(
      `${fence}\nNAMESPACE    TOTAL\nproduction   $610\nstaging      $204\n${fence}\nsecond row: cost by deployment, last 7 days`,
    );
    expect(r.plan).toMatchObject({ tool: 'query_costs', args: { namespace: 'staging', aggregate: 'deployment' } });
  });
  it('an ordinal past the end of the table picks nothing', () => {
    const r = read(`${pods}delete the fourth one`);
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'delete_pod').toBe(false);
  });
});

describe('sizes and verbs said loosely', () => {
  it('"make it N" after a workload is a size, unsure', () => {
    const r = read('prometheus has one replica. make it 2');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'monitoring', name: 'prometheus', replicas: 2 } });
    expect(r.confident).toBe(false);
  });
  it('"make X N minutes" is no size', () => {
    const r = read('make web in staging 4 minutes');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'scale').toBe(false);
  });
  it('the same verb said again with nothing of its own is one action', () => {
    const r = read('hold on, pause payments');
    expect(r.plan).toMatchObject({ tool: 'pause_rollout', args: { namespace: 'production', name: 'payments' } });
  });
  it('the same verb on two objects is still two actions', () => {
    expect(read('restart api in staging, restart web in staging').plan.outcome).toBe('clarify');
  });
  it("someone's wish after the request makes it unsure", () => {
    const r = read('pause checkout in staging, the QA lead wants to stop there');
    expect(r.plan).toMatchObject({ tool: 'pause_rollout' });
    expect(r.confident).toBe(false);
  });
});

// Kinds from dev-kinds15/16 (a pod restarted by name, a workload taken to a version, put back the way it was, switched
// off), in texts of their own. Each is a guess: the requester confirms it.
describe('everyday idioms for writes, read as guesses', () => {
  it.each([
    ['bounce just the pod api-6d9c7b8f4-h2k9w in staging', 'delete_pod', { namespace: 'staging', name: 'api-6d9c7b8f4-h2k9w' }],
    [
      'take worker in prod to 0.9.5 pls',
      'set_image',
      { namespace: 'production', name: 'worker', image: 'ghcr.io/acme/worker:0.9.5' },
    ],
    ['put web in prod back the way it was', 'rollback', { namespace: 'production', name: 'web' }],
    ['api in staging can be switched off for the weekend', 'scale', { namespace: 'staging', name: 'api', replicas: 0 }],
  ])('"%s"', (text, tool, args) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
  it.each([
    'scale web in staging back to how it was',
    'turn off the packet loss on api in staging',
    'take web in prod to 3 replicas',
  ])('"%s" is not read as those', (text) => {
    const r = read(text);
    const wrong =
      r.plan.outcome === 'tool' &&
      ((r.plan.tool === 'scale' && r.plan.args.replicas === 0) ||
        r.plan.tool === 'delete_pod' ||
        r.plan.tool === 'set_image' ||
        r.plan.tool === 'rollback');
    expect(wrong).toBe(false);
  });
});

// Red-team round 19 (redteam-planner19.jsonl: 44 unsure wrong writes from the rules above, none sure), in texts of
// their own: choices said against, put off, asked or someone else's; "a" read as a label; rows counted from the bottom
// or two places named; values of another kind pointed at; a verb said again on another object.
describe('what the new rules must not read', () => {
  it.each([
    "a) restart worker in staging b) scale it to 2. we shouldn't go with b",
    'a) restart worker in staging b) scale it to 2. if we go with b, what does it cost?',
    'a) restart worker in staging b) scale it to 2. b please, but only after standup',
    'a) restart worker in staging b) scale it to 2. Dana would go with a',
    'a) restart worker in staging b) get its logs. do a quick sanity pass first',
    "don't touch staging. options: a) restart worker b) scale it to 2. b",
  ])('"%s" chooses no option', (text) => {
    expect(chosenOption(text, names)).toBeUndefined();
  });
  it('a row counted from the bottom picks none', () => {
    const r = read(
      `${fence}\n$ kubectl -n staging get pods\nNAME                  READY   STATUS    RESTARTS   AGE\napi-6d9c7b8f4-aaaaa   1/1     Running   0          1d\napi-6d9c7b8f4-bbbbb   1/1     Running   0          1d\napi-6d9c7b8f4-ccccc   1/1     Running   0          1d\n${fence}\ndelete the second one from the bottom`,
    );
    expect(r.plan.outcome === 'tool' && r.plan.args.name === 'api-6d9c7b8f4-bbbbb').toBe(false);
  });
  it.each([
    'worker costs $3 a day in staging. give web in staging the same count',
    'api in staging restarted 5 times. give web in staging the same count',
    'the outage lasted 30 minutes. add that much latency to web in staging',
    'p50 is 80ms, p99 is 700ms. inject that much delay into api in staging',
  ])('"%s" takes no value of another kind', (text) => {
    const r = read(text);
    const taken =
      r.plan.outcome === 'tool' && (r.plan.args.replicas === 3 || r.plan.args.replicas === 5 || r.plan.tool === 'launch_chaos');
    expect(taken).toBe(false);
  });
  it.each([
    'pause checkout in staging, pause the canary in prod too',
    'scale worker in staging to 0, then scale it up again',
    'restart api in staging, our lead wants to restart web in staging as well',
  ])('"%s" is not one action said twice', (text) => {
    expect(read(text).plan.outcome).not.toBe('tool');
  });
});

// Kinds from dev-kinds15: a revision said to be good and "go back there"; a chaos table with a pod-kill row.
describe('revisions said before and chaos tables', () => {
  it('"revision 1 was fine … go back there" rolls back to revision 1, unsure', () => {
    const r = read('web in production: revision 1 was fine, 2 broke login. go back there');
    expect(r.plan).toMatchObject({ tool: 'rollback', args: { namespace: 'production', name: 'web', toRevision: 1 } });
    expect(r.confident).toBe(false);
  });
  it('a revision said to be broken is no revision to go back to', () => {
    const r = read('revision 3 of web in staging is broken, roll it back');
    expect(r.plan.outcome === 'tool' && r.plan.args.toRevision === 3).toBe(false);
  });
  it('a pod-kill row in a pasted chaos table is output, not a command', () => {
    const r = read(
      `${fence}\nNAMESPACE  NAME                    EXPERIMENT   PHASE\nstaging    api-pod-kill-k2m4       pod-kill     Running\nstaging    worker-cpu-stress-p9q1  cpu-stress   Running\n${fence}\nend the worker one`,
    );
    expect(r.plan).toMatchObject({ tool: 'stop_chaos', args: { namespace: 'staging', name: 'worker-cpu-stress-p9q1' } });
    expect(r.confident).toBe(false);
  });
});

// Kinds from blind19's remaining misses, in texts of their own.
describe('objects and sizes said around the request', () => {
  it('an experiment named in the sentence before is what "end it" ends', () => {
    const r = read('The cpu stress on worker in staging is noisy. It is called worker-cpu-stress-p9q1, please stop it');
    expect(r.plan).toMatchObject({ tool: 'stop_chaos', args: { namespace: 'staging', name: 'worker-cpu-stress-p9q1' } });
  });
  it('a row of pods pasted with no header, by its place', () => {
    const r = read(
      `${fence}\napi-6d9c7b8f4-aaaaa   1/1   Running   0   2d\napi-6d9c7b8f4-bbbbb   0/1   Running   7   2d\n${fence}\nprod. the second one is stuck, delete it`,
    );
    expect(r.plan).toMatchObject({ tool: 'delete_pod', args: { namespace: 'production', name: 'api-6d9c7b8f4-bbbbb' } });
    expect(r.confident).toBe(false);
  });
  it('"take one replica away" after the workload is one fewer', () => {
    const r = read('too much capacity on web in prod, take one replica away');
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'production', name: 'web', replicas: 5 } });
  });
  it('"put it back to whatever it was before" rolls back', () => {
    expect(read('worker in staging broke after the deploy, put it back to whatever it was before').plan).toMatchObject({
      tool: 'rollback',
      args: { namespace: 'staging', name: 'worker' },
    });
  });
});

describe('everyday follow-ups', () => {
  it('"needs N replicas, scale it" takes the count the story says', () => {
    expect(read('opencost needs 3 replicas, scale it please').plan).toMatchObject({
      tool: 'scale',
      args: { namespace: 'monitoring', name: 'opencost', replicas: 3 },
    });
  });
  it('"looks good, next step pls" after a rollout promotes it one step', () => {
    expect(read('payments looks healthy, next step pls').plan).toMatchObject({
      tool: 'promote_rollout',
      args: { namespace: 'production', name: 'payments', full: false },
    });
  });
  it('"the next step is …" is no promotion', () => {
    const r = read('payments looks healthy, the next step is to check its logs');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'promote_rollout').toBe(false);
  });
});

// Red-team round 20 (redteam-planner20.jsonl: 36 unsure wrong writes from the idioms above, none sure), in texts of
// their own.
describe('what the everyday idioms must not read', () => {
  it.each([
    ['do not restart pod api-6d9c7b8f4-h2k9w in staging, it is the leader', 'delete_pod'],
    ['restart the deployment that owns pod api-6d9c7b8f4-h2k9w in staging', 'delete_pod'],
    ["don't take api in staging to 2.5.0, it fails the smoke tests", 'set_image'],
    ['upgrade the helm chart that runs web in prod to 1.9.0', 'set_image'],
    ['I tripled api in staging for the soak test, put it back the way it was', 'rollback'],
    ['someone changed the log level of worker in prod, put it back how it was', 'rollback'],
    ['the HPA on web in staging got switched off', 'scale'],
    ['switch the tracing on api in staging off', 'scale'],
    ['checkout in staging looks broken, errors doubled. next step pls', 'promote_rollout'],
    ['worker in staging wants 6 replicas but we have no budget. scale it down instead', 'scale'],
    ['если api в проде упадёт, перезапусти его', 'restart'],
    ['jeśli błędy wzrosną, przerwij checkout na produkcji', 'abort_rollout'],
  ])('"%s" is no sure %s', (text, tool) => {
    const r = read(text);
    const wrong =
      r.plan.outcome === 'tool' && r.plan.tool === tool && (r.confident || tool !== 'scale' || r.plan.args.replicas !== 0);
    expect(wrong && r.confident).toBe(false);
    if (['delete_pod', 'set_image', 'rollback', 'promote_rollout'].includes(tool))
      expect(r.plan.outcome === 'tool' && r.plan.tool === tool).toBe(false);
  });
  it('a revision said to be good and then doubted is not taken', () => {
    const r = read('revision 3 of api in staging was fine until this morning, now it throws 500s. roll it back');
    expect(r.plan.outcome === 'tool' && r.plan.args.toRevision === 3).toBe(false);
    expect(r.confident).toBe(false);
  });
  it('"go back to the dashboard and check" rolls nothing back', () => {
    const r = read('go back to the grafana board for api in staging and check the latency');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'rollback' && r.confident).toBe(false);
  });
});

// Red-team round 21 (redteam-planner21.jsonl: 24 unsure wrong writes from the list-place and "do the same" rules, none
// sure), in texts of their own.
describe('places in lists and actions done before, read with care', () => {
  it.each([
    'staging: worker, web. prod: api, payments. pause the second one',
    'suspects: the ingress, web in prod, api in prod. restart the first one',
    'worker in prod failed at 09:10, api in prod at 09:40. restart the last one',
  ])('"%s" picks no workload', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && ['restart', 'pause_rollout'].includes(r.plan.tool)).toBe(false);
  });
  it('a lead-in before the colon is no item', () => {
    const r = read('web in staging calls: api in staging, worker in staging. restart the first one');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'api' } });
  });
  it.each([
    'Restarted api and worker in staging. Do the same for prod but not worker',
    'restarted web in staging. do the same for prod tomorrow morning',
    'restarted api in prod by mistake, same thing for staging?',
    'Scaled worker in staging to 2 for the test. do the same for prod',
  ])('"%s" is no sure repeat', (text) => {
    const r = read(text);
    const repeated =
      r.plan.outcome === 'tool' &&
      r.plan.args.namespace !== 'staging' &&
      ['restart', 'scale'].includes(r.plan.tool) &&
      r.plan.args.name !== undefined;
    expect(repeated && r.confident).toBe(false);
    if (text.includes('Scaled')) expect(r.plan.outcome === 'tool' && r.plan.args.replicas === 2).toBe(false);
  });
});

// Kinds from blind21/22's misses (after their one scored run), in texts of their own.
describe('kinds from blind21 and blind22', () => {
  it.each([
    [
      'retry checkout in staging please, it got stuck after the abort yesterday',
      'retry_rollout',
      { namespace: 'staging', name: 'checkout' },
    ],
    [
      'pin api in staging to ghcr.io/acme/api:2.4.1',
      'set_image',
      { namespace: 'staging', name: 'api', image: 'ghcr.io/acme/api:2.4.1' },
    ],
    [
      'cpu stress on api in staging at level 4 for 3 minutes, testing autoscaling alerts end to end',
      'launch_chaos',
      { experiment: 'cpu-stress', level: 4 },
    ],
    [
      'slow down api in staging by 300ms for 2 minutes',
      'launch_chaos',
      { experiment: 'network-delay', latencyMs: 300, durationSeconds: 120 },
    ],
    ['tail the istio sidecar container of web in staging', 'get_logs', { name: 'web', container: 'istio' }],
    ['is the packet loss experiment still running in staging?', 'list_chaos', { namespace: 'staging' }],
    ['the payments rollout is at 20%. take it straight to 100', 'promote_rollout', { name: 'payments', full: true }],
  ])('"%s"', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });
  it('autoscaling set up is refused, not read as a count', () => {
    expect(read('enable autoscaling for worker in prod, 3 to 9 replicas').plan.outcome).toBe('unsupported');
  });
  it('"raise the ticket" raises no count', () => {
    const r = read('before I raise the ticket: what did api in prod cost yesterday?');
    expect(r.plan).toMatchObject({ tool: 'query_costs', args: { namespace: 'production' } });
  });
  it('an alert label in capitals is no image', () => {
    const r = read('[FIRING:3] KubePodNotReady staging/web\ngo ahead and restart it');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'set_image').toBe(false);
  });
  it('a rollout verb on a pronoun that points at a Deployment means the rollout the message names', () => {
    const r = read('payments in prod was aborted because grafana was down. grafana is fine now. retry it');
    expect(r.plan).toMatchObject({ tool: 'retry_rollout', args: { namespace: 'production', name: 'payments' } });
    expect(r.confident).toBe(false);
  });
  it('"was fine on 1.7.2 (revision 1)" is the revision to go back to', () => {
    const r = read('web in staging was fine on 1.7.2 (revision 1). take it back to that revision');
    expect(r.plan).toMatchObject({ tool: 'rollback', args: { namespace: 'staging', name: 'web', toRevision: 1 } });
  });
});

// Red-team round 22 (redteam-planner22.jsonl: 9 wrong writes, 1 confident: "slow down the checkout rollout in prod by
// 10ms steps" read as sure latency), in texts of their own.
describe('what the blind21/22 fixes must not read', () => {
  it('"slow down the rollout by N ms steps" is no sure latency', () => {
    const r = read('slow down the payments rollout in prod by 20ms steps');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'launch_chaos' && r.confident).toBe(false);
  });
  it.each(['abort the retry on payments, it keeps failing', 'the retry failed, so abort checkout in staging'])(
    '"%s" is no retry',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.plan.tool === 'retry_rollout').toBe(false);
    },
  );
  it('"raise the CHG for scaling api to 6" scales nothing', () => {
    const r = read('raise the CHG for scaling api in production to 6');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'scale').toBe(false);
  });
  it('a Japanese "is it ok to restart …?" restarts nothing', () => {
    const r = read('本番のapiを再起動してもいいですか？');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'restart').toBe(false);
  });
  it('"web is flapping — pause it" does not pause the rollout named beside it', () => {
    const r = read('checkout in staging is done. web in staging is flapping, pause it');
    expect(r.plan.outcome === 'tool' && r.plan.tool === 'pause_rollout').toBe(false);
  });
});
