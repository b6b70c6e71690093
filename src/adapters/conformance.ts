import assert from 'node:assert/strict';
import type { Outcome } from '../core/result.ts';

/**
 * The scenarios every adapter (terminal, Slack, web playground, MCP) must pass through its own transport, so the
 * same request gives the same outcome whichever way it came in. An adapter test implements `ConformanceDriver`
 * over its transport (CLI, signed Slack requests, HTTP...) and runs each scenario against the sandbox with the
 * sandbox policy (alice engineer, bob and carol approvers, dave viewer).
 */
export interface AdapterReply {
  outcome: Outcome;
  approvalId?: string;
  reason?: string;
}

export interface ConformanceDriver {
  /** `person` is a policy person id; the driver maps it to its transport's identity (e.g. alice → U0ALICE). */
  ask(person: string, text: string): Promise<AdapterReply>;
  approve(person: string, approvalId: string): Promise<AdapterReply>;
  /** The live replica count of a sandbox workload (to check an effect, not the adapter's words). */
  replicas(namespace: string, name: string): Promise<number> | number;
}

export interface ConformanceScenario {
  name: string;
  run(driver: ConformanceDriver): Promise<void>;
}

async function pending(d: ConformanceDriver, person: string, text: string): Promise<string> {
  const r = await d.ask(person, text);
  assert.equal(r.outcome, 'pending', `"${text}" as ${person} should wait for an approval: ${r.reason}`);
  assert.ok(r.approvalId, 'a pending reply names its approval');
  return r.approvalId;
}

export const CONFORMANCE_SCENARIOS: readonly ConformanceScenario[] = [
  {
    name: 'a read is answered',
    run: async (d) => {
      const r = await d.ask('dave', 'describe web in staging');
      assert.equal(r.outcome, 'answer', r.reason);
    },
  },
  {
    name: 'an allowed write is executed',
    run: async (d) => {
      const r = await d.ask('alice', 'scale worker in staging to 2');
      assert.equal(r.outcome, 'executed', r.reason);
      assert.equal(await d.replicas('staging', 'worker'), 2);
    },
  },
  {
    name: 'a write that needs an approval is pending, and nothing changed',
    run: async (d) => {
      await pending(d, 'alice', 'scale worker in production to 4');
      assert.equal(await d.replicas('production', 'worker'), 3);
    },
  },
  {
    name: 'the requester cannot approve their own request',
    run: async (d) => {
      const id = await pending(d, 'alice', 'scale api in production to 5');
      const r = await d.approve('alice', id);
      assert.equal(r.outcome, 'refused', r.reason);
      assert.equal(await d.replicas('production', 'api'), 4);
    },
  },
  {
    name: 'an approval by another person runs the action',
    run: async (d) => {
      const id = await pending(d, 'alice', 'scale web in production to 7');
      const r = await d.approve('bob', id);
      assert.equal(r.outcome, 'executed', r.reason);
      assert.equal(await d.replicas('production', 'web'), 7);
    },
  },
  {
    name: 'a person the policy does not know is denied',
    run: async (d) => {
      const r = await d.ask('mallory', 'scale worker in staging to 3');
      assert.equal(r.outcome, 'denied', r.reason);
    },
  },
  {
    name: 'an ambiguous request gets a question back',
    run: async (d) => {
      const r = await d.ask('alice', 'scale web to 3');
      assert.equal(r.outcome, 'clarify', r.reason);
    },
  },
  {
    name: 'a request outside the catalog is unsupported',
    run: async (d) => {
      const r = await d.ask('alice', 'delete the namespace staging');
      assert.equal(r.outcome, 'unsupported', r.reason);
    },
  },
];
