import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findTool, TOOL_NAMES } from '../../src/catalog/registry.ts';
import { type Result, ResultSchema } from '../../src/core/result.ts';
import type { Plan, Planner } from '../../src/planner/plan.ts';
import { evaluatePolicy } from '../../src/policy/evaluate.ts';
import { loadPolicyFile, SANDBOX_POLICY_PATH } from '../../src/policy/load.ts';
import { findPerson } from '../../src/policy/people.ts';
import { type Policy, PolicySchema } from '../../src/policy/schema.ts';
import type { LoggedRequest } from '../../src/sandbox/index.ts';
import { startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { figure } from './figures.ts';

/**
 * Complete mediation: whatever the planner returns (or a direct call carries), for whoever asks and under
 * whatever policy, a write reaches the cluster only when the policy allows exactly that call, and only after
 * its dry-run twin. Hostile strings never crash the Core: every answer is a Result with a reason.
 */

const RUNS = Number(process.env.MEDIATION_RUNS ?? 300);

// The policy object the runtime reads; each run swaps its fields for a random policy.
const livePolicy = {} as Policy;
let nextPlan: Plan = { outcome: 'help', message: 'help', source: 'llm' };
const scriptedPlanner: Planner = { plan: async () => nextPlan };

let t: TestRuntime;
beforeAll(async () => {
  // The inventory is cached: every run starts from the same seed (sandbox.reset()).
  t = await startTestRuntime({ overrides: { planner: scriptedPlanner, policy: livePolicy, inventoryTtlMs: 600_000 } });
  await t.runtime.planContext();
});
afterAll(() => t?.close());

const PEOPLE = [
  { id: 'alice', groups: ['engineers'] },
  { id: 'bob', groups: ['approvers'] },
  { id: 'carol', groups: ['approvers'] },
  { id: 'dave', groups: ['viewers'] },
];

const glob = fc.constantFrom('*', 'staging', 'production', 'kube-system', 'kube-*', 'prod*', 'default');
const toolSelector = fc.oneof(fc.constantFrom('read', 'write', 'destructive', '*', 'scale*'), fc.constantFrom(...TOOL_NAMES));
const rule = fc.record({
  name: fc.constant('random rule'),
  tools: fc.array(toolSelector, { minLength: 1, maxLength: 3 }),
  namespaces: fc.array(glob, { minLength: 1, maxLength: 2 }),
  roles: fc.array(fc.constantFrom('engineer', 'approver', 'viewer', '*'), { minLength: 1, maxLength: 2 }),
  effect: fc.constantFrom('allow', 'allow', 'deny', 'approval'),
});
const randomPolicy = fc
  .record({
    rules: fc.array(rule, { minLength: 1, maxLength: 5 }),
    protectedNamespaces: fc.subarray(['kube-system', 'monitoring', 'prod*']),
    maxReplicas: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  })
  .map(({ rules, protectedNamespaces, maxReplicas }) =>
    PolicySchema.parse({
      version: 1,
      roles: { engineer: 'e', approver: 'a', viewer: 'v' },
      groups: { engineers: { roles: ['engineer'] }, approvers: { roles: ['approver'] }, viewers: { roles: ['viewer'] } },
      people: PEOPLE,
      protectedNamespaces,
      rules: rules.map((r) => (r.effect === 'approval' ? { ...r, approval: { from: 'approver', count: 1, ttl: '5m' } } : r)),
      limits: maxReplicas === undefined ? [] : [{ maxReplicas }],
    }),
  );
// Half the runs use the shipped sandbox policy, so plenty of calls are allowed and really execute.
const policyArb = fc.oneof(fc.constant(loadPolicyFile(SANDBOX_POLICY_PATH)), randomPolicy);

const hostileString = fc.oneof(
  { depthSize: 'small' },
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('*', 'web*', '', ' ', '../etc/passwd', 'web; rm -rf /', 'ＷＥＢ', 'we\u200bb', 'Web', 'web\n', '%2e%2e'),
  fc.constantFrom('x'.repeat(5000), 'a-'.repeat(200)),
);
const namespaceValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('staging', 'production') },
  fc.constantFrom('staging', 'production', 'kube-system', 'monitoring', 'default', 'prod', 'Kube-System', 'kube-system '),
  hostileString,
);
const nameValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('web', 'api', 'checkout') },
  fc.constantFrom('web', 'api', 'worker', 'checkout', 'payments', 'coredns', 'prometheus', 'web-new'),
  hostileString,
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString);
const VALUES: Record<string, fc.Arbitrary<unknown>> = {
  namespace: namespaceValue,
  name: nameValue,
  target: nameValue,
  workload: nameValue,
  replicas: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) },
    fc.integer({ min: -3, max: 40 }),
    fc.constantFrom(1e9, 2.5, '3', null),
  ),
  image: fc.oneof(fc.constantFrom('ghcr.io/acme/web:2.0.0', 'nginx:1.27', 'evil.example/miner:1', '*'), hostileString),
  experiment: fc.oneof(fc.constantFrom('pod-kill', 'pod-failure', 'network-delay', 'rm-rf'), hostileString),
  level: fc.oneof(fc.integer({ min: -1, max: 12 }), anyValue),
  cluster: fc.oneof(fc.constantFrom('sandbox', 'other', '*'), hostileString),
};

/** Arguments for a tool: mostly its own fields with hostile values, sometimes extra fields or junk. */
function argsFor(tool: string): fc.Arbitrary<Record<string, unknown>> {
  // `cluster` is rare: almost any value of it ends the call early, and the interesting calls are the others.
  const keys = Object.keys(findTool(tool)?.schema.shape ?? { namespace: 1, name: 1 }).filter((k) => k !== 'cluster');
  const own = fc.record(Object.fromEntries(keys.map((k) => [k, VALUES[k] ?? anyValue])), {
    requiredKeys: keys.filter((k) => k === 'namespace' || k === 'name'),
  });
  const extra = fc.dictionary(
    fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('dryRun', 'as', 'force', 'cluster')),
    anyValue,
    {
      maxKeys: 2,
    },
  );
  return fc.oneof(
    { weight: 3, arbitrary: own },
    { weight: 1, arbitrary: fc.tuple(own, extra).map(([a, b]) => ({ ...a, ...b })) },
  );
}

/** Well-formed writes, so that many runs get far enough for the policy (and not the schema) to decide. */
const wellFormed = fc
  .record({
    namespace: fc.constantFrom('staging', 'production', 'kube-system'),
    replicas: fc.integer({ min: 0, max: 25 }),
    image: fc.constantFrom('ghcr.io/acme/web:2.0.0', 'nginx:1.27', 'evil.example/miner:1'),
  })
  .chain(({ namespace, replicas, image }) =>
    fc.constantFrom(
      { tool: 'scale', args: { namespace, name: namespace === 'kube-system' ? 'coredns' : 'web', replicas } },
      { tool: 'set_image', args: { namespace, name: 'api', image } },
      { tool: 'restart', args: { namespace, name: 'worker' } },
      { tool: 'rollback', args: { namespace, name: 'web' } },
      { tool: 'pause_rollout', args: { namespace, name: 'checkout' } },
      { tool: 'create_deployment', args: { namespace, name: 'web-new', image, replicas } },
    ),
  );

const callArb = fc.oneof(
  { weight: 3, arbitrary: wellFormed as fc.Arbitrary<{ tool: string; args: Record<string, unknown> }> },
  { weight: 6, arbitrary: fc.constantFrom(...TOOL_NAMES).chain((tool) => argsFor(tool).map((args) => ({ tool, args }))) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('exec', 'delete_namespace', 'approve', '*', 'scale ', 'Scale')
      .chain((tool) => argsFor(tool).map((args) => ({ tool, args }))),
  },
);

const caseArb = fc.record({
  policy: policyArb,
  person: fc.constantFrom('alice', 'bob', 'carol', 'dave', 'mallory'),
  call: callArb,
  via: fc.constantFrom('planner', 'direct'),
  text: hostileString,
});

const isWrite = (r: LoggedRequest) => ['create', 'update', 'patch', 'delete', 'deletecollection'].includes(r.verb ?? '');

/** What the policy says about this exact call (schema-valid calls only; anything else must not write at all). */
function policyAllows(policy: Policy, person: string, tool: string, args: Record<string, unknown>): boolean {
  const def = findTool(tool);
  const p = findPerson(policy, { personId: person });
  const parsed = def?.schema.safeParse(args);
  if (!def || !p || !parsed?.success) return false;
  const a = parsed.data as Record<string, unknown>;
  const namespace = typeof a.namespace === 'string' ? a.namespace : undefined;
  const cluster = typeof a.cluster === 'string' ? a.cluster : 'sandbox';
  return evaluatePolicy(policy, { person: p, tool, risk: def.risk, args: a, cluster, namespace }).effect === 'allow';
}

it(`no denied call reaches the cluster as a write, and hostile input gets a clear refusal (${RUNS} runs)`, async () => {
  const tally = { runs: 0, writesReached: 0, executed: 0, refused: 0, pending: 0, deniedWrites: 0 };
  await fc.assert(
    fc.asyncProperty(caseArb, async ({ policy, person, call, via, text }) => {
      Object.assign(livePolicy, policy);
      t.sandbox.clearRequests();
      nextPlan = { outcome: 'tool', tool: call.tool, args: call.args, message: 'scripted', source: 'llm' };
      let result: Result;
      try {
        result = await t.runtime.core.handle({
          channel: via === 'planner' ? 'slack' : 'mcp',
          actor: { personId: person },
          ...(via === 'planner' ? { text: text.slice(0, 4000) } : { call }),
        });
      } catch (err) {
        throw new Error(`handle threw instead of answering: ${String(err)}`);
      }
      ResultSchema.parse(result);
      tally.runs++;
      const writes = t.sandbox.requests.filter((r) => isWrite(r) && !r.dryRun);
      // No partial execution: whatever reached the cluster at all was a known tool with schema-valid arguments.
      if (t.sandbox.requests.length > 0) {
        const parsed = findTool(result.tool ?? '')?.schema.safeParse(result.args);
        expect(parsed?.success, `invalid call reached the cluster: ${JSON.stringify({ call, result })}`).toBe(true);
      }
      if (['denied', 'refused', 'clarify', 'unsupported', 'failed'].includes(result.outcome)) {
        expect(result.reason, JSON.stringify(result)).toMatch(/\w/);
        tally.refused++;
      }
      if (result.outcome === 'pending') tally.pending++;
      if (result.outcome === 'executed') tally.executed++;
      if (writes.length > 0) {
        tally.writesReached++;
        expect(result.outcome, JSON.stringify({ call, result })).toBe('executed');
        const allowed = policyAllows(policy, person, result.tool ?? call.tool, result.args ?? {});
        if (!allowed) tally.deniedWrites++;
        expect(
          allowed,
          `a write the policy does not allow reached the cluster: ${JSON.stringify({ person, call, result })}`,
        ).toBe(true);
        // Every real write was preceded by its dry-run twin (same method and path).
        for (const w of writes) {
          const i = t.sandbox.requests.indexOf(w);
          const twin = t.sandbox.requests.slice(0, i).some((r) => r.dryRun && r.method === w.method && r.path === w.path);
          expect(twin, `${w.method} ${w.path} ran without a dry run first`).toBe(true);
        }
        // Back to the seed only after a write: a reset costs far more than a run.
        t.sandbox.reset();
      }
    }),
    { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20_261_124) },
  );
  figure(
    'mediation',
    `${tally.runs} random calls (people × policies × tools × hostile args, via planner and direct); ${tally.deniedWrites} writes the policy did not allow reached the cluster; ${tally.writesReached} allowed writes executed, ${tally.pending} approvals asked, ${tally.refused} clear refusals, 0 exceptions`,
  );
  expect(tally.deniedWrites).toBe(0);
}, 240_000);
