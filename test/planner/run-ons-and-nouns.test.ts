import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Kinds from the hard halves of blind batches 30 to 32, in phrasings of their own: a word of change that names an
// event ("the launch", "launch day"), a state and a command typed with no stop between them, and "start with" as the
// first of several asks. Each reads the one request, unsure because of the words around it.
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);
const call = (text: string) => {
  const r = read(text);
  return {
    ...(r.plan.outcome === 'tool' ? { tool: r.plan.tool, args: r.plan.args } : { outcome: r.plan.outcome }),
    sure: r.confident,
  };
};

describe('a word of change that names an event', () => {
  it.each([
    ['restart worker in staging, launch day is tomorrow', { tool: 'restart', args: { namespace: 'staging', name: 'worker' } }],
    [
      'launch week is chaos. please scale api in production to 6',
      { tool: 'scale', args: { namespace: 'production', name: 'api', replicas: 6 } },
    ],
    [
      'the launch went fine. pause checkout in staging',
      { tool: 'pause_rollout', args: { namespace: 'staging', name: 'checkout' } },
    ],
    [
      'launch traffic is ramping, add 2 replicas to web in production',
      { tool: 'scale', args: { namespace: 'production', name: 'web', replicas: 8 } },
    ],
    ['restart web in staging, it hung during the launch', { tool: 'restart', args: { namespace: 'staging', name: 'web' } }],
    [
      'roll back api in staging, it has been flaky since the deploy',
      { tool: 'rollback', args: { namespace: 'staging', name: 'api' } },
    ],
    [
      'Launch checklist: promote checkout in staging',
      { tool: 'promote_rollout', args: { namespace: 'staging', name: 'checkout' } },
    ],
  ])('"%s" → %o', (text, want) => {
    expect(call(text)).toMatchObject(want);
  });

  it.each([['launch a pod kill on web in staging'], ['restart api in staging and launch a cpu stress on worker']])(
    '"%s" still launches or asks: launch is a verb before its object',
    (text) => {
      const r = read(text);
      expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).toMatch(/launch_chaos|clarify/);
    },
  );

  it('"switch traffic over to the preview of payments in prod" still promotes: traffic moved is no launch', () => {
    expect(call('switch traffic over to the preview of payments in prod')).toMatchObject({
      tool: 'promote_rollout',
      args: { namespace: 'production', name: 'payments' },
    });
  });
});

describe('a state and a command with no stop between them', () => {
  // A state that agrees with the command is its reason (reason-agrees.ts): trouble before a repair.
  it.each([
    ['api in production is down restart it', { tool: 'restart', args: { namespace: 'production', name: 'api' } }],
    ['WORKER IN STAGING IS STUCK AGAIN BOUNCE IT', { tool: 'restart', args: { namespace: 'staging', name: 'worker' } }],
    ['web in staging is crashlooping roll it back', { tool: 'rollback', args: { namespace: 'staging', name: 'web' } }],
    [
      'checkout canary in staging is failing abort it',
      { tool: 'abort_rollout', args: { namespace: 'staging', name: 'checkout' } },
    ],
    ['the worker in staging is wedged so bounce it', { tool: 'restart', args: { namespace: 'staging', name: 'worker' } }],
  ])('"%s" → %o, sure', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: true });
  });

  it.each([
    [
      'the payments preview in prod looks good promote it',
      { tool: 'promote_rollout', args: { namespace: 'production', name: 'payments' } },
    ],
    [
      'payments in prod looks hosed so please roll it back',
      { tool: 'rollback', args: { namespace: 'production', name: 'payments' } },
    ],
  ])('"%s" → %o, unsure', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: false });
  });

  it.each([
    ['who is going to restart api in staging'],
    ['web in staging is restarting'],
    ['api in prod was scaled down yesterday'],
  ])('"%s" writes nothing', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && !/^(list|describe|get|query)/.test(r.plan.tool)).toBe(false);
  });
});

describe('"start with" as the first of several asks', () => {
  it.each([
    [
      "start with last week's cost of staging per deployment",
      { tool: 'query_costs', args: { namespace: 'staging', aggregate: 'deployment' } },
    ],
    [
      "begin with yesterday's cost of staging per pod",
      { tool: 'query_costs', args: { namespace: 'staging', window: 'yesterday' } },
    ],
  ])('"%s" → %o', (text, want) => {
    expect(call(text)).toMatchObject(want);
  });

  it('"start with a pod kill on api in staging" still starts an experiment', () => {
    expect(call('start with a pod kill on api in staging')).toMatchObject({ tool: 'launch_chaos' });
  });

  it('"create deployment cache in staging with image redis:7.2, start with 2 replicas" creates nothing new from "start"', () => {
    const r = read('create deployment cache in staging with image redis:7.2, start with 2 replicas');
    expect(r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome).toMatch(/create_deployment|clarify/);
  });
});

// Red team round 55: a word of change judged ("would be overkill") before the ask is no second action.
describe('a word of change judged, not asked for', () => {
  it.each([
    [
      'a restart would be overkill. list the pods of worker in staging',
      { tool: 'list_pods', args: { namespace: 'staging', workload: 'worker' } },
    ],
    [
      'rollback is a last resort, describe web in production',
      { tool: 'describe_workload', args: { namespace: 'production', name: 'web' } },
    ],
    [
      'scaling might be pointless, show me the logs of api in staging',
      { tool: 'get_logs', args: { namespace: 'staging', name: 'api' } },
    ],
    [
      'a restart feels premature, logs of worker in production please',
      { tool: 'get_logs', args: { namespace: 'production', name: 'worker' } },
    ],
    ['restart = overkill. describe api in staging', { tool: 'describe_workload', args: { namespace: 'staging', name: 'api' } }],
  ])('"%s" → %o', (text, want) => {
    expect(call(text)).toMatchObject(want);
  });

  it('"scale web in prod to 8, restart has to happen too" is still two actions', () => {
    expect(read('scale web in prod to 8, restart has to happen too').plan).toMatchObject({ outcome: 'clarify' });
  });
});

describe('a change told in the past beside the request', () => {
  it.each([
    [
      'revert api in staging, the error count tripled overnight',
      { tool: 'rollback', args: { namespace: 'staging', name: 'api' } },
    ],
    [
      'queue depth halved, take worker in production down to 2',
      { tool: 'scale', args: { namespace: 'production', name: 'worker', replicas: 2 } },
    ],
    [
      'pause checkout in prod, 5xx doubled after the last deploy',
      { tool: 'pause_rollout', args: { namespace: 'production', name: 'checkout' } },
    ],
  ])('"%s" → %o, unsure: the change told is no second action', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: false });
  });

  it.each([
    ['roll back web in staging, before we upgraded it worked fine but api needs a bounce'],
    ['scale web in staging to 4, having restarted it'],
  ])('"%s" is still two actions or unsure', (text) => {
    const r = read(text);
    expect(r.plan.outcome === 'tool' && r.confident).toBe(false);
  });
});

describe('a metric told as the reason, not asked for', () => {
  it.each([
    [
      'abort the payments rollout in prod error rate is climbing',
      { tool: 'abort_rollout', args: { namespace: 'production', name: 'payments' } },
    ],
  ])('"%s" → %o, unsure', (text, want) => {
    expect(call(text)).toMatchObject({ ...want, sure: false });
  });

  it('stays unsure of a metric the reader cannot tell is trouble of the workload', () => {
    expect(call('restart worker in staging, cpu usage is pegged')).toMatchObject({ tool: 'restart', sure: false });
  });

  it.each([
    ['what is the p99 of api in prod right now?'],
    ['how is the error rate of web in staging'],
    ['show me cpu usage for worker in prod'],
  ])('"%s" is still refused: a metric is asked for', (text) => {
    expect(call(text)).toMatchObject({ outcome: 'unsupported' });
  });
});
