import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { canonicalize } from '../../src/planner/offline/lexicon.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

const ctx = sandboxPlanContext();
const call = (text: string) => planOffline(text, ctx).plan;

describe('requests for a size inside a story', () => {
  it.each([
    ['checkout in prod is over-provisioned since the bump. take it down by two replicas', 'production', 'checkout', 3],
    ['api in prod is at 80% cpu since 11:00. bring it up by 50%', 'production', 'api', 6],
    ['staging web is idle all week, one fewer replica there please', 'staging', 'web', 1],
    ['prometheus in monitoring OOMed twice tonight. give it a second replica', 'monitoring', 'prometheus', 2],
    ['api in production needs 50% more replicas than it has today', 'production', 'api', 6],
    ["we're at 92% CPU on prod web; web in production needs one more replica", 'production', 'web', 7],
  ])('"%s" scales %s/%s to %i', (text, namespace, name, replicas) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool: 'scale', args: { namespace, name, replicas } });
  });

  it('a test of another kind is no chaos experiment, and the name after "create" is the new name', () => {
    expect(call('load test at 3pm needs more headroom: double the staging api replicas')).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'api', replicas: 4 },
    });
    expect(
      call('we need a scratch service for the load test: create `loadgen` in staging from ghcr.io/acme/loadgen:0.3.0'),
    ).toMatchObject({ tool: 'create_deployment', args: { name: 'loadgen', namespace: 'staging' } });
  });
});

describe('a real word is not a typo of a command', () => {
  it.each(['batch', 'sale', 'lunch', 'crate', 'restored', 'prompted'])('"%s" stays itself', (word) => {
    expect(canonicalize([word], [word], new Set()).corrections).toEqual([]);
  });

  it('a typo that is no word is still corrected', () => {
    expect(canonicalize(['resatrt'], ['resatrt'], new Set()).words).toEqual(['restart']);
  });
});

describe('a rollout moved forward or an experiment described in the story', () => {
  it.each([
    "checkout canary in staging has been sitting at 20% since this morning. metrics look clean. Let's send it to 100%.",
    'canary on checkout in stg has been clean for an hour at 20%. take it all the way',
  ])('"%s" promotes the rollout fully (the requester confirms)', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ tool: 'promote_rollout', args: { namespace: 'staging', name: 'checkout', full: true } });
    expect(r.confident).toBe(false);
  });

  it('"let\'s start it" after an experiment described with its values launches that experiment', () => {
    expect(call('packet loss on api in staging: 25 percent, for three minutes. Let us start it.')).toMatchObject({
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'api', experiment: 'network-loss', lossPercent: 25, durationSeconds: 180 },
    });
  });

  it('"see how X copes with <a fault>" is an experiment, its values in the next sentence', () => {
    expect(call("let's see how web in staging copes with memory pressure — level 5, five minutes")).toMatchObject({
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'web', experiment: 'memory-stress', level: 5, durationSeconds: 300 },
    });
    expect(call("let's see how web in staging is doing")).toMatchObject({ tool: 'describe_workload' });
  });
});

describe('reads and refusals the reader was sure of and wrong about', () => {
  it('reads the request, not what is said not to be meant, nor the purpose after it', () => {
    expect(call('not a restart, i want the pods of web in production listed')).toMatchObject({
      tool: 'list_pods',
      args: { namespace: 'production', workload: 'web' },
    });
    expect(call("show pods of payments, need to see which nodes they're on")).toMatchObject({ tool: 'list_pods' });
  });

  it('takes the log window the message settles on or points back to', () => {
    expect(call('I need worker logs from prod between 2am and... well, just the last 6h is fine')).toMatchObject({
      tool: 'get_logs',
      args: { namespace: 'production', name: 'worker', sinceSeconds: 21600 },
    });
    expect(call('something weird started on web in staging about 10 minutes ago, show me its logs since then')).toMatchObject({
      tool: 'get_logs',
      args: { namespace: 'staging', name: 'web', sinceSeconds: 600 },
    });
  });

  it('asks back for a comparison of two windows, and does not describe on a verb it does not know', () => {
    expect(call('cost this week vs last week for production').outcome).toBe('clarify');
    expect(call('rename the api deployment in staging to api-v2').outcome).toBe('unsupported');
  });

  it('reads a kubectl command in code that opens the message as typed (the requester confirms)', () => {
    const r = planOffline('<@U0COXSWAIN> `kubectl rollout undo deployment/web -n production` — 1.7.2 broke login', ctx);
    expect(r.plan).toMatchObject({ tool: 'rollback', args: { namespace: 'production', name: 'web' } });
    expect(r.confident).toBe(false);
    expect(
      call('`kubectl scale deploy/web --replicas=0 -n production` is NOT what I want, I want the cost of production'),
    ).not.toMatchObject({ tool: 'scale' });
  });
});

describe('story sentences that are no second action', () => {
  it('a command word heading a compound noun ("Release notes are out") is no command', () => {
    expect(
      call('release notes for 0.9.5 say it fixes the leak we saw at 3am. set worker in production to ghcr.io/acme/worker:0.9.5'),
    ).toMatchObject({ tool: 'set_image', args: { namespace: 'production', name: 'worker' } });
  });

  it('a wish to check beside a command is its purpose', () => {
    expect(
      call('show me the worker pods in prod with their ages, I want to check the restart from 20 min ago actually went through'),
    ).toMatchObject({ tool: 'list_pods', args: { namespace: 'production', workload: 'worker' } });
  });
});

describe('objects and values told elsewhere in the message', () => {
  it('a pod named only in pasted output is the object of "delete it" (the requester confirms)', () => {
    const r = planOffline(
      "one pod is wedged:\n`api-6d9c7b8f4-h2k9w   0/1   Running   14   3h`\nthat's in staging, delete it",
      ctx,
    );
    expect(r.plan).toMatchObject({ tool: 'delete_pod', args: { namespace: 'staging', name: 'api-6d9c7b8f4-h2k9w' } });
    expect(r.confident).toBe(false);
  });

  it('an image pushed in the sentence before is the new image "on it"', () => {
    expect(
      call('build #812 passed and pushed ghcr.io/acme/api:2.4.1. staging api is still on the rc — put the new image on it'),
    ).toMatchObject({ tool: 'set_image', args: { namespace: 'staging', name: 'api', image: 'ghcr.io/acme/api:2.4.1' } });
  });

  it('a remark in parentheses and a numbered list are sentences of their own', () => {
    expect(call('we are done testing for the night, scale checkout in staging to 0 (prod stays at 5 obviously)')).toMatchObject({
      tool: 'scale',
      args: { namespace: 'staging', name: 'checkout', replicas: 0 },
    });
    expect(call('two things before I log off: 1) restart worker in staging 2) show me the costs for yesterday').outcome).toBe(
      'clarify',
    );
  });

  it('"remove all replicas" is 0, and an autoscaler is not ours to change', () => {
    expect(call('remove all replicas from worker in staging')).toMatchObject({ tool: 'scale', args: { replicas: 0 } });
    expect(call('raise the HPA max for prod api from 10 to 20').outcome).toBe('unsupported');
  });
});

describe('red-team round 6: writes that are not asked for now', () => {
  it.each([
    'restart api in prod in half an hour',
    'restart worker in prod every day',
    'restart api in prod when it is back up',
    'restart api in prod, traffic is lowest at 3am',
    'web in prod will need 2 more replicas',
    'the latency experiment on web in prod stopped early, restart it',
    'promote payments in prod, assuming QA looks fine',
    'for the record -- restart api in prod',
    "I'd just roll back web in prod",
    'restart api in prod 🤡',
    'restart api in prod ✅',
    'slow the payments rollout in prod down',
    'restart coredns in both clusters',
  ])('"%s" is not a sure write', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    ['scale web in prod down 2'],
    ['give web in prod 2 replicas back'],
    ['scale web in prod to what it was at 3'],
    ['web in prod needs a second replica'],
  ])('"%s" asks for the count', (text) => {
    expect(call(text).outcome).toBe('clarify');
  });

  it('"show me how to restart api in prod" is help', () => {
    expect(call('show me how to restart api in prod').outcome).toBe('help');
  });
});

describe('blind batch 13 kinds', () => {
  it('a command in code that is the whole message is typed as the request', () => {
    expect(call('`kubectl get pods -n monitoring`')).toMatchObject({ tool: 'list_pods', args: { namespace: 'monitoring' } });
    expect(call('`describe deploy/worker -n staging`')).toMatchObject({ tool: 'describe_workload', args: { name: 'worker' } });
  });

  it('names a rollout by its strategy, ships it all the way, and gives another replica', () => {
    expect(call('next step on the staging canary')).toMatchObject({
      tool: 'promote_rollout',
      args: { namespace: 'staging', name: 'checkout', full: false },
    });
    expect(call('push checkout in staging to 100%')).toMatchObject({ tool: 'promote_rollout', args: { full: true } });
    expect(call('give prometheus in monitoring another replica')).toMatchObject({ tool: 'scale', args: { replicas: 2 } });
  });

  it('reads "twice" after a verb of the story as how often, not a size', () => {
    expect(call('cpu stress on api in staging for 2 minutes at level 3, I checked twice')).not.toMatchObject({ tool: 'scale' });
  });

  it('asks back when a colleague is asked, or a count is negative', () => {
    expect(call('<@U07MARIA> can you scale worker in stg to 2 after your meeting?').outcome).toBe('clarify');
    expect(call('scale web in prod to minus two').outcome).toBe('clarify');
  });
});

describe('blind batch 13 kinds, pasted specs and joined questions', () => {
  it('runs a pasted chaos spec the person points to (confirmed), and applies a pasted image', () => {
    const r = planOffline(
      '```yaml\nexperiment: network-loss\ntarget: worker\nnamespace: staging\nlossPercent: 25\ndurationSeconds: 120\n```\nrun this experiment',
      ctx,
    );
    expect(r.plan).toMatchObject({
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'worker', experiment: 'network-loss', lossPercent: 25, durationSeconds: 120 },
    });
    expect(r.confident).toBe(false);
    expect(
      call(
        'diff from the PR:\n```yaml\ncontainers:\n- name: web\n  image: ghcr.io/acme/web:1.9.2\n```\napply that image to web in staging',
      ),
    ).toMatchObject({ tool: 'set_image', args: { namespace: 'staging', name: 'web', image: 'ghcr.io/acme/web:1.9.2' } });
  });

  it('a pasted spec with no pointing runs nothing', () => {
    const { plan } = planOffline('```yaml\nexperiment: pod-kill\ntarget: api\nnamespace: production\n```\nwhat is this?', ctx);
    expect(plan.outcome === 'tool' && plan.tool === 'launch_chaos').toBe(false);
  });

  it('asks back for a command and a joined question, refuses a shell line, and takes a corrected window', () => {
    expect(call('scale api in prod to 6, also what did prod cost yesterday?').outcome).toBe('clarify');
    expect(call('run `rm -rf /data/cache` on the worker pod in staging').outcome).toBe('unsupported');
    expect(call('cost by deployment for last week, er, this month I mean')).toMatchObject({ args: { window: 'month' } });
  });
});

describe('red-team round 7: every word known, the meaning shifted', () => {
  it.each([
    'give worker in prod more memory',
    "double web's memory in prod",
    'cancel the pause on checkout in staging',
    'undo the rollback of web in staging',
    'promote checkout to prod',
    'she restarts api in prod',
    'bouncing api in prod should do it',
    'step 3: restart api in prod',
    'simulate a scale-down of web in prod to 2',
    'set image of web in staging to ghcr.io/acme/api:2.4.0',
    'scale worker in prod to 0, the queue is full',
    'stop the checkout rollout in staging for now',
  ])('"%s" is not a sure write', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('asks for a tag, a count, or the pod of the workload named', () => {
    expect(call('set image of web in staging to ghcr.io/acme/web').outcome).toBe('clarify');
    expect(call('scale web in staging up 2').outcome).toBe('clarify');
    expect(call('upgrade api in staging to 3').outcome).toBe('clarify');
    expect(call('delete the worker pod api-7d9c7b8f4-h2k9w in staging').outcome).toBe('clarify');
  });

  it('reads one named pod of a restart as that pod, and a short image as the registry path it runs', () => {
    expect(call('restart the web pod web-7d9c7b8f4-h2k9w in staging')).toMatchObject({
      tool: 'delete_pod',
      args: { namespace: 'staging', name: 'web-7d9c7b8f4-h2k9w' },
    });
    expect(call('set web in staging to web:1.9.0')).toMatchObject({ args: { image: 'ghcr.io/acme/web:1.9.0' } });
    expect(call('try restarting checkout in staging again')).toMatchObject({ tool: 'restart' });
  });
});

describe('red-team round 8: nouns, idioms, subjects and values of another kind', () => {
  it.each([
    'cpu spike on api in prod',
    'memory leak in api in prod',
    'add cpu to web in staging',
    'refresh my memory on web in staging',
    'coxswain restarts api in prod',
    'we roll back web in prod',
    'FYI: restart api in prod',
    'checkout in staging to promote',
    'web scaling in staging to 4',
    'cpu hog on worker in prod',
    'web pods fail in staging',
  ])('"%s" is not a sure write', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('reads a restart count as the pods that carry it', () => {
    expect(call('restart count for api in prod')).toMatchObject({
      tool: 'list_pods',
      args: { namespace: 'production', workload: 'api' },
    });
  });

  it.each(['scale worker in prod to 4 clusters', 'scale down web in prod from 6', 'launch 2 replicas of api in prod'])(
    '"%s" asks for the count',
    (text) => {
      expect(call(text).outcome).toBe('clarify');
    },
  );

  it('keeps plain experiments and requests sure', () => {
    for (const text of [
      'make worker pods fail in stg for 30 seconds',
      'delete a random pod of web in staging',
      'could you restart the api in staging?',
    ]) {
      expect(planOffline(text, ctx).confident, text).toBe(true);
    }
  });
});

describe('the bot user id from the chat adapter', () => {
  it("a mention leading the text is someone else's when the adapter removed the bot's own", () => {
    const slack = { ...ctx, botUserId: 'U0BOT' };
    expect(planOffline('<@U0BOB> can you scale worker in staging to 4 please', slack).plan.outcome).toBe('clarify');
    expect(planOffline('can you scale worker in staging to 4 please, cc <@U0BOB>', slack).plan).toMatchObject({
      tool: 'scale',
    });
    // Without the id (the terminal, the eval), a leading mention may be the bot's own.
    expect(call('<@U0COXSWAIN> scale worker in staging to 4')).toMatchObject({ tool: 'scale' });
  });
});

describe("a new Deployment's values given in the sentences after the request", () => {
  it.each([
    [
      'can you set up a deployment in staging? name it qa-box, image nginx:1.27, three replicas, port 8080',
      'qa-box',
      'nginx:1.27',
      3,
      8080,
    ],
    [
      'I want a new deployment in staging. call it echo, image hashicorp/http-echo:1.0. Two copies. It listens on 5678.',
      'echo',
      'hashicorp/http-echo:1.0',
      2,
      5678,
    ],
    [
      "we'd like to try our mailer in staging: image ghcr.io/acme/mailer:0.2.0, call it mailer, it listens on 2525. One pod is enough.",
      'mailer',
      'ghcr.io/acme/mailer:0.2.0',
      1,
      2525,
    ],
  ])('"%s" creates %s with its image, count and port', (text, name, image, replicas, port) => {
    expect(call(text)).toMatchObject({ tool: 'create_deployment', args: { namespace: 'staging', name, image, replicas, port } });
  });
});

describe('what the cluster or the person does after the request is no second action', () => {
  it.each([
    [
      'delete pod api-7f8b9c6d5-x2x2x in staging and let the replicaset schedule a fresh one',
      'delete_pod',
      { name: 'api-7f8b9c6d5-x2x2x' },
    ],
    ['restart worker in prod, let kubernetes bring the pods back one by one', 'restart', { name: 'worker' }],
    ['promote the checkout canary in staging and then I will watch the dashboards', 'promote_rollout', { name: 'checkout' }],
    ['bin pod web-5b6c7d8e9f-abc12 in staging', 'delete_pod', { name: 'web-5b6c7d8e9f-abc12' }],
    [
      'trash pod web-5b6c7d8e9f-abc12 in staging, the deployment will make another',
      'delete_pod',
      { name: 'web-5b6c7d8e9f-abc12' },
    ],
  ])('"%s" is one %s', (text, tool, args) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('a go-ahead after the one wish, and the writer saying who they are, are that wish', () => {
    const r = planOffline('Platform on-call here. staging web is at 2 pods. I want it at 3. Go ahead.', ctx);
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace: 'staging', name: 'web', replicas: 3 } });
    expect(r.confident).toBe(false);
  });

  it('a second request after the first is still a second action', () => {
    expect(call('restart api in prod and then scale web to 3')).toMatchObject({ outcome: 'clarify' });
    expect(call('restart api in prod. also scale web in prod to 3. go')).toMatchObject({ outcome: 'clarify' });
  });
});

describe('a count said with "at" or "on" is a size asked for, guessed', () => {
  it.each([
    ['I want prod api at 6', 'production', 'api', 6],
    ['put staging worker on 2 please', 'staging', 'worker', 2],
    ['staging checkout at 1 pls', 'staging', 'checkout', 1],
    ['prod web is at 6 pods right now. we need it at 8.', 'production', 'web', 8],
  ])('"%s" scales %s/%s to %i (the requester confirms)', (text, namespace, name, replicas) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ tool: 'scale', args: { namespace, name, replicas } });
    expect(r.confident).toBe(false);
  });

  it.each([
    'prod web is at 6',
    'restart staging web at 3pm',
    "don't put prod web on 1.9.0 yet, QA hasn't signed off",
    'keep the checkout canary in staging at 20%',
    'why is staging worker at 2?',
  ])('"%s" asks for no size', (text) => {
    const plan = call(text);
    expect(plan.outcome === 'tool' && plan.tool === 'scale').toBe(false);
  });
});

describe('how, not what: words around the request that add no action', () => {
  it.each([
    ['Without touching anything, can you tell me which image staging web runs?', 'describe_workload', { name: 'web' }],
    ['abort the checkout canary in staging, do not promote it', 'abort_rollout', { name: 'checkout' }],
    [
      'For the resilience review we need to show what happens when worker in staging is slow. Add 300ms of latency for two minutes.',
      'launch_chaos',
      { target: 'worker', latencyMs: 300 },
    ],
    [
      "staging api is at 2 and the queue keeps growing. I'd triple it but let's not overdo it — add one",
      'scale',
      { name: 'api', replicas: 3 },
    ],
  ])('"%s" is one %s', (text, tool, args) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('a take-back still takes back, and a second request is still a second action', () => {
    expect(call('restart api in prod. let us not')).toMatchObject({ outcome: 'clarify' });
    expect(call('abort the checkout canary in staging, and restart web in staging')).toMatchObject({ outcome: 'clarify' });
  });
});

describe('a bare ask after the sentence that names what is asked about', () => {
  it.each([
    [
      'My lead wants me to look at the pods of web in staging. Can you show please?',
      'list_pods',
      { namespace: 'staging', workload: 'web' },
    ],
    [
      "someone may have left chaos experiments running in staging. can you check what's running there?",
      'list_chaos',
      { namespace: 'staging' },
    ],
    ["we had chaos experiments in production last week. what's there now?", 'list_chaos', { namespace: 'production' }],
    [
      'Finance wants to know which deployments cost the most this month. Could you give me the top 3?',
      'query_costs',
      { aggregate: 'deployment', top: 3 },
    ],
    ['which namespaces are eating the budget this week? top five please', 'query_costs', { aggregate: 'namespace', top: 5 }],
  ])('"%s" is %s', (text, tool, args) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool, args });
  });
});

describe("a new Deployment's values given before the request that points to it", () => {
  it('values before "put it in staging and call it X" are its own', () => {
    expect(
      call(
        'Nothing fancy: image ghcr.io/acme/ping:0.2.0, serves on 9090, two replicas should do, put it in staging and call it ping.',
      ),
    ).toMatchObject({
      tool: 'create_deployment',
      args: { namespace: 'staging', name: 'ping', image: 'ghcr.io/acme/ping:0.2.0', replicas: 2, port: 9090 },
    });
  });

  it('"exposed on" and "serving on" give the port', () => {
    expect(call('create deployment ping in staging with image ghcr.io/acme/ping:0.2.0 exposed on 9090')).toMatchObject({
      args: { port: 9090 },
    });
  });
});

describe('red-team round 31: what the new readings must not swallow', () => {
  it.each([
    'restart web in staging and let the deployment have 5 replicas',
    'roll back api in staging and let the rollout of checkout continue',
    'promote checkout in staging and then I will watch while you restart worker in staging',
    "let's not panic and restart api in prod",
    "Let's not get carried away and scale prod web to 20",
    'Create a deployment called cache in staging with image redis:7.2. The image is broken.',
    'For the incident review, we need to see the logs of api in prod. Restart worker in prod.',
  ])('"%s" is no confident write', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    'We need staging web at 0 downtime.',
    'prod worker is on 0.9.3. I want it on 1.',
    'checkout in staging is at weight 20. I want it at 5.',
    "prod worker's HPA floor is at 3. We need it at 5.",
    'leave prod worker at 3',
  ])('"%s" is no size', (text) => {
    const plan = call(text);
    expect(plan.outcome === 'tool' && plan.tool === 'scale').toBe(false);
  });

  it('"hmm, let\'s not go overboard" after a request still takes it back', () => {
    expect(call("Scale prod web to 12. hmm, let's not go overboard.")).toMatchObject({ outcome: 'clarify' });
  });

  it('"don\'t stop at the next pause" promotes all the way; "the trash release" is no delete', () => {
    expect(call("promote checkout in staging, don't stop at the next pause")).toMatchObject({
      tool: 'promote_rollout',
      args: { full: true },
    });
    expect(call('roll back the trash 1.7.2 release of web in prod')).toMatchObject({ tool: 'rollback' });
  });
});

describe('idioms of rollouts and restarts, confirmed by the requester', () => {
  it.each([
    ['cut all user traffic over to the new version on payments in prod', 'promote_rollout', { name: 'payments' }],
    ['the canary is hurting checkout in staging. we need to get out of this rollout', 'abort_rollout', { name: 'checkout' }],
    ['prod api has been leaking memory all day, give it a fresh start', 'restart', { namespace: 'production', name: 'api' }],
    ['Cleaning up staging for the break. Start with api — take it to zero.', 'scale', { name: 'api', replicas: 0 }],
  ])('"%s" is %s, unsure', (text, tool, args) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });
});

describe('asks that point back, read whole', () => {
  it.each([
    [
      'I want to rule out our side first. Can I see the worker logs in prod from the last 10 minutes?',
      'get_logs',
      { name: 'worker', sinceSeconds: 600 },
    ],
    [
      'can you break down cost by namespace over the last 7 days? he only wants the top 3',
      'query_costs',
      { aggregate: 'namespace', top: 3 },
    ],
    ['grab the last 200 lines of web logs from staging, could you pull them?', 'get_logs', { name: 'web', tailLines: 200 }],
    [
      'prod feels flaky. I bet it is one of those chaos experiments. list the production ones?',
      'list_chaos',
      { namespace: 'production' },
    ],
    [
      'for the demo I need a deployment in staging: call it `demo-api`, image ghcr.io/acme/demo-api:0.1.0',
      'create_deployment',
      { name: 'demo-api' },
    ],
    ['a replica is not enough for worker in staging, give it a second one', 'scale', { name: 'worker', replicas: 2 }],
  ])('"%s" is %s', (text, tool, args) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool, args });
  });
});

describe('the last ask of a long message, and a request held off', () => {
  it.each([
    [
      'Handover: api prod fine, web staging was flaky at 2am (fixed), checkout canary paused. Oh and which chaos experiments are still running anywhere?',
      'list_chaos',
    ],
    [
      'Busy day. Rolled api in staging to the rc, web to 1.8.0, nothing else. Before I log off I just want to see last week spend for production',
      'query_costs',
    ],
  ])('"%s" reads its last ask, %s', (text, tool) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool });
  });

  it('"actually hold off" takes the request back; "hold off on X" is still asked', () => {
    expect(call('scale web in staging to 3, wait, hold off')).toMatchObject({ outcome: 'clarify' });
    expect(call('hold off on checkout in staging')).toMatchObject({ tool: 'pause_rollout' });
  });
});

describe('names cut short and counted events', () => {
  it('"prom" in monitoring is prometheus, "paym" is payments; "open a ticket" names nothing', () => {
    expect(call('restart the prom deployment in monitoring')).toMatchObject({ tool: 'restart', args: { name: 'prometheus' } });
    expect(call('logs of paym in prod')).toMatchObject({ tool: 'get_logs', args: { name: 'payments' } });
    expect(call('open a jira ticket for the api outage').outcome).not.toBe('tool');
  });

  it('"27 restarts" is a count of events, not a second action', () => {
    expect(call('pod web-5b6c7d8e9f-abc12 in staging has had 12 restarts since noon; please delete that pod')).toMatchObject({
      tool: 'delete_pod',
      args: { name: 'web-5b6c7d8e9f-abc12' },
    });
  });
});

describe('development set 20: kinds of its misses', () => {
  it.each([
    [
      'Describe web in production — users saw a 2-second delay on login last night and I want its events before I page anyone.',
      'describe_workload',
      { name: 'web' },
    ],
    [
      'List the pods of api in staging. Someone said a pod-kill was left running there since Monday and I want to see if that is true before I start digging.',
      'list_pods',
      { workload: 'api' },
    ],
    ["I'm off to a meeting, when you get a chance please restart worker in staging", 'restart', { name: 'worker' }],
    ['push the checkout canary in staging forward', 'promote_rollout', { name: 'checkout' }],
    ['coredns, you absolute legend of flakiness. bounce it before I lose it', 'restart', { name: 'coredns' }],
    ['how much did production cost last week, before we doubled the web pods?', 'query_costs', { namespace: 'production' }],
  ])('"%s" is %s', (text, tool, args) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool, args });
  });
});

describe('red-team round 32: what the readings must not swallow', () => {
  it.each([
    'restart web in staging and let the deployment grow to five pods',
    'abort checkout in staging and let argo carry on as planned',
    'pause checkout in prod and then monitor payments and ship it',
    'promote checkout in staging and let the controller shrink web in prod',
    'For the game day on Friday, we want to see how api in staging copes with a dead pod. Kill a pod of api in staging.',
    'I want to rule out the cache by restarting worker in prod. Then roll back web in prod.',
    'For the freeze, we need to make sure worker in prod has five replicas. Can you restart api in prod?',
    'stop the pod-kill experiment on api in staging',
    'set the image of web in staging to ghcr.io/acme/web:1.9.0. That build segfaults on boot.',
  ])('"%s" is no confident write', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it.each([
    'prod worker restarts at 3 every night. I want it at 4.',
    'staging api is on rc1. I want it on 2.',
    'cut the traffic to the new version of checkout in staging, it is throwing 500s',
    'switch traffic over to the preview of payments in prod for 5 minutes, then back',
  ])('"%s" neither scales nor promotes', (text) => {
    const plan = call(text);
    expect(plan.outcome === 'tool' && ['scale', 'promote_rollout'].includes(plan.tool)).toBe(false);
  });
});

describe('a pasted alert names the object of a short ask', () => {
  it.each([
    [
      '```\n[FIRING:1] HighErrorRate deployment=worker namespace=staging 9% 5xx\n```\nroll it back',
      'rollback',
      { namespace: 'staging', name: 'worker' },
    ],
    [
      '```\nALERT LatencyHigh api (production) p99 4s\n```\nwhat is going on with it? show me',
      'describe_workload',
      { namespace: 'production', name: 'api' },
    ],
    [
      '```\nPagerDuty: [Triggered] CanaryErrorBudget — staging/checkout canary burning 10x\n```\nkill the canary',
      'abort_rollout',
      { namespace: 'staging', name: 'checkout' },
    ],
    [
      '```\n[FIRING:1] RolloutAborted rollout=checkout namespace=staging\n```\nthe metrics backend was down, not the app. retry it',
      'retry_rollout',
      { name: 'checkout' },
    ],
  ])('%s → %s, unsure', (text, tool, args) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('"don\'t restart web" is still refused; a contrast in another sentence is not', () => {
    expect(call("don't restart web in staging")).toMatchObject({ outcome: 'clarify' });
  });
});

describe('leads and pointers of development set 20', () => {
  it.each([
    ['Just tell me in plain words: is anything broken in staging right now?', 'list_workloads', { namespace: 'staging' }],
    [
      'funny how the api pods in staging never restart. show me their restart counts',
      'list_pods',
      { namespace: 'staging', workload: 'api' },
    ],
  ])('"%s" is %s', (text, tool, args) => {
    expect(call(text)).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('a how-to question followed by what the person wants is no confident help', () => {
    const r = planOffline('how do I get more copies of my app? it is the api one in staging and I want 3 of it', ctx);
    expect(r.plan.outcome === 'help' && r.confident).toBe(false);
  });
});

describe('pasted hostnames and purpose labels', () => {
  it('"example.internal" in a pasted log is a host, not "for example"', () => {
    expect(call('[ERROR] plugin/errors: 2 example.internal. read udp timeout\nbounce coredns please')).toMatchObject({
      tool: 'restart',
      args: { name: 'coredns' },
    });
  });

  it('"Testing our retry logic: …" says what the request is for', () => {
    expect(call('Testing our retry logic: make staging api lose 10% of its packets for 2 minutes')).toMatchObject({
      tool: 'launch_chaos',
      args: { target: 'api', experiment: 'network-loss', lossPercent: 10 },
    });
  });
});

describe('an aborted rollout started again', () => {
  it('"get it going again" retries it, unsure; "re-run the same rollout" retries it', () => {
    const r = planOffline('Aborted checkout in staging by mistake this morning. Can you get it going again?', ctx);
    expect(r.plan).toMatchObject({ tool: 'retry_rollout', args: { namespace: 'staging', name: 'checkout' } });
    expect(r.confident).toBe(false);
    expect(call('the staging checkout rollout got aborted by a flaky check. just re-run the same rollout')).toMatchObject({
      tool: 'retry_rollout',
      args: { namespace: 'staging', name: 'checkout' },
    });
  });
});

describe('red-team round 33: what the readings must not swallow', () => {
  it.each([
    'Roll back web in staging, before we upgraded it was fine and restart api there too',
    'Delete pod web-7d4b9c8f5-abcde in staging and let the deployment make it 4',
    'Abort checkout in staging and let argo start it over',
    'restart web in staging and let the deployment bring it up to 5',
    '```\nKubeNodeNotReady node=ip-10-0-1-7 app=web namespace=production\n```\nrestart it',
    '```\n[FIRING:1] HighErrorRate deployment=worker namespace=staging\n```\nrestart it? or is that overkill',
  ])('"%s" is no confident write', (text) => {
    const r = planOffline(text, ctx);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });

  it('a count sentence after a create whose name or image holds a workload name is its count', () => {
    expect(
      call('create a deployment called web-canary in staging with image ghcr.io/acme/web:1.9.0. Three replicas.'),
    ).toMatchObject({ tool: 'create_deployment', args: { name: 'web-canary', replicas: 3 } });
  });

  it('"kill the pod-kill experiment" asks which experiment to stop; it starts none', () => {
    expect(call('kill the pod-kill experiment on api in staging')).toMatchObject({ outcome: 'clarify' });
  });
});

describe('blind 27 and 28, after their first run: kinds of their wrong writes', () => {
  it('"get me more of these, last 300 lines from worker" reads logs, never a size', () => {
    expect(
      call('```\nERROR job 1 failed\nERROR job 2 failed\n```\nget me more of these, last 200 lines from worker in prod'),
    ).toMatchObject({
      tool: 'get_logs',
      args: { name: 'worker', tailLines: 200 },
    });
  });

  it('"get the aborted X rollout going again" retries it; "I am going to restart X myself" asks nothing of the bot', () => {
    expect(call('we fixed the bug, so please get the aborted checkout rollout in staging going again')).toMatchObject({
      tool: 'retry_rollout',
      args: { namespace: 'staging', name: 'checkout' },
    });
    expect(call("if nobody objects I'm going to restart staging api myself").outcome).not.toBe('tool');
  });

  it('"ugh, 3" after a count corrects it', () => {
    expect(call('scale web in staging to 5. ugh, 3')).toMatchObject({ tool: 'scale', args: { replicas: 3 } });
  });
});

describe('a plan for later and the test thing turned off', () => {
  it('"we want to ship X to prod next week" runs nothing now', () => {
    const plan = call('Planning: we want to ship web 1.9.0 to prod next week. Where is staging web right now?');
    expect(plan.outcome === 'tool' && plan.tool === 'set_image').toBe(false);
  });

  it('"turn off the test thing on web" asks which experiment to stop; it starts none', () => {
    expect(call('Turn off the test thing on api in staging, the one that slows it down.')).toMatchObject({ outcome: 'clarify' });
  });
});

describe('an ask that only points back at the command before it', () => {
  it.each([
    [
      'create metrics-proxy in monitoring from ghcr.io/acme/metrics-proxy:1.2.0, 1 replica, port 9091. Can you set that up?',
      'create_deployment',
      { namespace: 'monitoring', name: 'metrics-proxy', port: 9091 },
    ],
    ['restart api in staging. could you take care of it?', 'restart', { namespace: 'staging', name: 'api' }],
    [
      'the staging worker leaks memory since 0.9.4; the fix is built and pushed as ghcr.io/acme/worker:0.9.5. Can you put that on it?',
      'set_image',
      { namespace: 'staging', name: 'worker', image: 'ghcr.io/acme/worker:0.9.5' },
    ],
  ])('"%s" → %s, confirmed', (text, tool, args) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool, args });
    expect(r.confident).toBe(false);
  });

  it('an ask of its own after the command is a second action', () => {
    expect(planOffline('restart api in staging. can you do that for worker too?', ctx).plan.outcome).toBe('clarify');
  });

  it('"one ask from the day team: …" is a request passed on, confirmed', () => {
    const r = planOffline('one ask from the day team: restart api in staging', ctx);
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'staging', name: 'api' } });
    expect(r.confident).toBe(false);
  });
});
