import { describe, expect, it } from 'vitest';
import { planOffline } from '../../src/planner/offline/index.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';

// Questions about the bot itself, costs outside the cluster, and the cluster's own services said in plain words
// (kinds from blind batch 36's misses, in phrasings of their own).
const ctx = sandboxPlanContext();
const read = (text: string) => planOffline(text, ctx);
const outcome = (text: string) => {
  const r = read(text);
  return r.plan.outcome === 'tool' ? r.plan.tool : r.plan.outcome;
};

describe('the bot asked about itself', () => {
  it.each([
    ['could you show me a few example commands I could try'],
    ['any sample requests?'],
    ['what are you exactly?'],
    ['hey, what is coxswain'],
    ['what is this bot for'],
    ['what can I say to you?'],
    ['list some of the things you can do'],
  ])('"%s" gets help', (text) => {
    expect(outcome(text)).toBe('help');
  });

  it.each([
    ['what is running in staging', 'list_workloads'],
    ['give me a sample of the worker logs in prod', 'get_logs'],
    ['list the workloads in staging', 'list_workloads'],
  ])('"%s" is still a read of the cluster (%s)', (text, tool) => {
    expect(outcome(text)).toBe(tool);
  });
});

describe("costs outside the cluster's workloads", () => {
  it.each([
    ['how big is the AWS bill this month?'],
    ['what do we pay for RDS and S3'],
    ['GCP invoice for last month please'],
    ['how much is the datadog bill costing us'],
  ])('"%s" is refused: OpenCost holds the workloads, not the cloud bill', (text) => {
    const r = read(text);
    expect(r.plan.outcome).toBe('unsupported');
    expect(r.plan.outcome === 'unsupported' && r.plan.message).toMatch(/not the cloud bill/);
  });

  it.each([
    ['cloud spend for the past 14 days'],
    ['how much did the cluster cost this month'],
    ['what is production costing us this week'],
  ])('"%s" still queries costs', (text) => {
    expect(outcome(text)).toBe('query_costs');
  });
});

describe("the cluster's own services", () => {
  it('"please restart the cluster dns" restarts coredns in kube-system, for the requester to confirm', () => {
    const r = read('please restart the cluster dns');
    expect(r.plan).toMatchObject({ tool: 'restart', args: { namespace: 'kube-system', name: 'coredns' } });
    expect(r.confident).toBe(false);
  });

  it('"restart the cluster" is still refused', () => {
    expect(outcome('restart the cluster')).toBe('unsupported');
  });
});

describe('a rollout said by the name of its switch', () => {
  it.each([
    ['cancel the payments blue-green switch'],
    ['cancel the promotion of payments'],
    ['stop the payments cutover please'],
  ])('"%s" aborts the rollout, for the requester to confirm', (text) => {
    const r = read(text);
    expect(r.plan).toMatchObject({ tool: 'abort_rollout', args: { namespace: 'production', name: 'payments' } });
    expect(r.confident).toBe(false);
  });

  it('"stop payments" still asks what to stop', () => {
    expect(outcome('stop payments')).toBe('clarify');
  });
});

describe('nodes said as where pods run', () => {
  it.each([
    ["can you show me the pods of api in staging and which nodes they're on?"],
    ['pods of worker in prod, and what node each one is running on'],
  ])('"%s" lists the pods', (text) => {
    expect(outcome(text)).toBe('list_pods');
  });

  it('"list the nodes" is still refused', () => {
    expect(outcome('list the nodes')).toBe('unsupported');
  });
});

// Blind batches 106 and 119: whether the bot can do a kind of thing, asked of it by name or as an ability, is help.
describe('what the bot can do, asked as a yes-or-no question', () => {
  it.each(['does coxswain do chaos experiments?', 'can the bot report costs?', 'are you able to list pods?'])(
    '"%s" → help',
    (text) => {
      expect(planOffline(text, sandboxPlanContext()).plan.outcome).toBe('help');
    },
  );

  it('a request asked as an ability, with its object named, is the request', () => {
    expect(planOffline('are you able to show the pods of worker in staging?', sandboxPlanContext()).plan).toMatchObject({
      outcome: 'tool',
      tool: 'list_pods',
    });
  });
});
