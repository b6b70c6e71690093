import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// kubectl habits and values said after the request, from the misses of blind batches 47 and 48, in phrasings of
// their own: a container flag, kinds the catalog has no tool for, two commands chained, kubectl's short words, a
// count of lines or a window in number words in another sentence, a container "is" a name, questions about the
// bot's own list.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);

describe('kubectl habits', () => {
  it.each([
    ['kubectl logs deploy/web -n staging -c sidecar-proxy', 'staging', 'web', 'sidecar-proxy'],
    ['k logs deploy/worker --container=queue-agent -n prod --tail=30', 'production', 'worker', 'queue-agent'],
  ])('"%s" reads that container', (text, namespace, name, container) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'get_logs', args: { namespace, name, container } });
  });

  it.each([
    ['k get svc -n staging'],
    ['kubectl get configmaps -n prod'],
    ['k get events -n monitoring'],
    ['kubectl describe hpa api -n prod'],
  ])('"%s" names a kind the catalog has no tool for', (text) => {
    expect(read(text).plan).toMatchObject({ outcome: 'unsupported', message: /only act on Deployments and Argo Rollouts/ });
  });

  it.each([['k get chaossimulations -n staging'], ['kubectl get po -n staging'], ['k get deploy -n staging']])(
    '"%s" is still a read of the catalog',
    (text) => {
      expect(read(text).plan.outcome).toBe('tool');
    },
  );

  it.each([
    ['k get pods -n staging && k delete pod api-6c9f7d8b4-x2k9p -n staging'],
    ['kubectl config use-context other-cluster; kubectl get deploy -n prod'],
    ['k rollout restart deploy/api -n prod || k rollout undo deploy/api -n prod'],
  ])('"%s" chains two commands: more than one action', (text) => {
    expect(read(text)).toMatchObject({ plan: { outcome: 'clarify', message: /more than one action/ } });
  });

  it.each([
    ['del po worker-5f6d8c9b7-m4n8x -n prod', 'delete_pod', { namespace: 'production', name: 'worker-5f6d8c9b7-m4n8x' }],
    ['po api in staging', 'list_pods', { namespace: 'staging', workload: 'api' }],
    ['get po -n monitoring', 'list_pods', { namespace: 'monitoring' }],
  ])('"%s": kubectl short words → %s', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });
});

describe('values said in another sentence, and containers said with "is"', () => {
  it('a count of lines in number words after a question is read, for the requester to confirm', () => {
    const r = read('could you pull the worker logs in staging? the last three hundred lines');
    expect(r.plan).toMatchObject({ tool: 'get_logs', args: { name: 'worker', tailLines: 300 } });
    expect(r.confident).toBe(false);
  });

  it('"the last hour" in another sentence is a window of 3600 seconds', () => {
    for (const text of [
      'I need the api logs from staging. Only the last hour, nothing older.',
      'api logs from staging? for the incident review. the past hour is plenty',
    ])
      expect(read(text).plan).toMatchObject({ tool: 'get_logs', args: { name: 'api', sinceSeconds: 3600 } });
  });

  it('"container is X" names the container; "the container is crashing" names none', () => {
    expect(read('web logs in staging, the container is nginx-exporter').plan).toMatchObject({
      args: { container: 'nginx-exporter' },
    });
    const r = read('the container is crashing in worker on staging, get its logs');
    expect(r.plan.outcome === 'tool' ? r.plan.args.container : undefined).toBeUndefined();
  });
});

describe("the bot's own list", () => {
  it.each([
    ['which chaos commands do you know?'],
    ["what's on your list?"],
    ['can you do backups, or only the things on your list?'],
  ])('"%s" is help', (text) => {
    expect(read(text).plan.outcome).toBe('help');
  });
});

describe('a hypothetical beside a question about now, and a release cancelled', () => {
  it.each([
    ['what would happen if we rolled back api in staging? where is it at right now?', 'staging', 'api'],
    ["would scaling checkout in prod to 9 hurt? not going to do it, what's its current state?", 'production', 'checkout'],
  ])('"%s" reads the workload as it is now, unsure', (text, namespace, name) => {
    const r = planOffline(text, ctx);
    expect(r.plan).toMatchObject({ outcome: 'tool', tool: 'describe_workload', args: { namespace, name } });
    expect(r.confident).toBe(false);
  });

  it('"cancel that release" after naming the rollout aborts it; "cancel that" alone still takes back', () => {
    expect(read('the checkout canary in staging looks wrong. cancel that release').plan).toMatchObject({
      tool: 'abort_rollout',
      args: { namespace: 'staging', name: 'checkout' },
    });
    expect(read('abort checkout in staging. cancel that').plan.outcome).toBe('clarify');
  });
});

describe('lengths, defaults and a namespace ruled out', () => {
  it('"for a minute and a half" is 90 seconds', () => {
    expect(read('memory stress on worker in staging, level 4, for a minute and a half').plan).toMatchObject({
      args: { experiment: 'memory-stress', durationSeconds: 90 },
    });
  });

  it('"the default duration" is no namespace', () => {
    expect(read('kill a pod of web in staging, level 2, the default duration is ok').plan).toMatchObject({
      tool: 'launch_chaos',
      args: { namespace: 'staging', target: 'web' },
    });
  });

  it('"staging only, not prod:" rules a namespace out; it takes nothing back', () => {
    expect(read('staging only, not prod: restart worker').plan).toMatchObject({
      tool: 'restart',
      args: { namespace: 'staging', name: 'worker' },
    });
    expect(read('do not restart worker in staging').plan.outcome).toBe('clarify');
  });
});

describe('going back said as "return"', () => {
  it.each([
    ['return web in staging to revision 1', { namespace: 'staging', name: 'web', toRevision: 1 }],
    ['return worker in staging to the previous version', { namespace: 'staging', name: 'worker' }],
  ])('"%s" is a rollback', (text, args) => {
    expect(read(text).plan).toMatchObject({ tool: 'rollback', args });
  });
});

describe('everyday words from the everyday halves of blind batches 45 to 49', () => {
  it.each([
    ['what hosts is the worker in staging running on?', 'list_pods', { namespace: 'staging', workload: 'worker' }],
    ['spend by deploy for last week', 'query_costs', { aggregate: 'deployment', window: 'lastweek' }],
    ['opencost yesterday by namespace', 'query_costs', { window: 'yesterday', aggregate: 'namespace' }],
    ['remove 1 from api in staging', 'scale', { namespace: 'staging', name: 'api', replicas: 1 }],
    ['promote checkout in staging but not all the way', 'promote_rollout', { name: 'checkout', full: false }],
    ['logs of worker in prod, only the worker container', 'get_logs', { name: 'worker', container: 'worker' }],
  ])('"%s" → %s %o', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('a link pointed to for reference is no second ask', () => {
    expect(read('rollback web in staging, see <https://grafana.acme.io/d/web|web errors>').plan).toMatchObject({
      tool: 'rollback',
      args: { namespace: 'staging', name: 'web' },
    });
  });
});

describe('reads of things no tool holds, and a container named as such (from blind51 and blind52)', () => {
  it.each([
    ['pull up the datadog dashboard for api'],
    ['which commits were merged to the platform repo this week?'],
    ['predict the cost of staging for next month'],
    ['what is the allocatable cpu on each node?'],
  ])('"%s" is unsupported', (text) => {
    expect(read(text).plan.outcome).toBe('unsupported');
  });

  it('"pods … with the node they are on" lists the pods', () => {
    expect(read('list pods in staging with the node they are on').plan).toMatchObject({ tool: 'list_pods' });
  });

  it('"the sidecar container named X" names X', () => {
    expect(read('logs of worker in prod, only the sidecar container named log-shipper').plan).toMatchObject({
      args: { container: 'log-shipper' },
    });
  });
});

describe('a report asked after the request, and a size dropped (from red-team round 134)', () => {
  it.each([
    ['restart worker in staging, lmk if anything looks off', 'restart', { name: 'worker' }],
    ['scale api in staging to 3 and ping me once it is done', 'scale', { name: 'api', replicas: 3 }],
    ['drop web in prod to 3', 'scale', { namespace: 'production', name: 'web', replicas: 3 }],
    ['drop api in staging by one', 'scale', { namespace: 'staging', name: 'api', replicas: 1 }],
  ])('"%s" → %s %o', (text, tool, args) => {
    expect(read(text).plan).toMatchObject({ outcome: 'tool', tool, args });
  });

  it('"drop 30% of packets" is still an experiment, and "tell me if it worked" still asks', () => {
    expect(read('drop 30% of packets to web in staging').plan).toMatchObject({ args: { experiment: 'network-loss' } });
    expect(
      read('tell me if the restart of api in staging worked').plan.outcome === 'tool' &&
        read('tell me if the restart of api in staging worked').plan,
    ).not.toMatchObject({ tool: 'restart' });
  });
});

describe('red-team round 135: only a report of how it went ends a request, and "drop" only a count', () => {
  it.each([
    ['restart worker in staging, lmk if it helps, then roll back api in staging'],
    ['scale api in staging to 2, ping me once done; sorry, 3 not 2'],
    ['restart worker in staging, let me know when done, but only after the 6pm deploy'],
    ['promote checkout in staging, tell me when it is done, all the way please'],
  ])('"%s" is read whole: nothing runs surely on its first part', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' ? r.confident : false).toBe(false);
  });

  it.each([['drop web in prod by one version'], ['drop api in staging to 2.0'], ['scale worker in prod out 2']])(
    '"%s" is no sure count',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' && r.plan.tool === 'scale' ? r.confident : false).toBe(false);
    },
  );
});
