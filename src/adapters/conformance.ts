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
  confirmationId?: string;
  clarifyId?: string;
  undoId?: string;
}

export interface ConformanceDriver {
  /** `person` is a policy person id; the driver maps it to its transport's identity (e.g. alice → U0ALICE). */
  ask(person: string, text: string): Promise<AdapterReply>;
  approve(person: string, approvalId: string): Promise<AdapterReply>;
  /** "Run it" / "Not that" on a confirmation, as `person`. */
  confirm(person: string, confirmationId: string, decision: 'confirm' | 'drop'): Promise<AdapterReply>;
  /** A reply to a question (the adapter's way: a thread reply, `--reply-to`, the candidate's request). */
  answer(person: string, clarifyId: string, text: string): Promise<AdapterReply>;
  /** Undo of an executed write, as `person`. */
  undo(person: string, undoId: string): Promise<AdapterReply>;
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
    name: 'an unsure write is never run on its reading alone: only the requester confirms it, once',
    run: async (d) => {
      const before = await d.replicas('staging', 'worker');
      const r = await d.ask('alice', 'scale wroker in staging to 4');
      assert.equal(r.outcome, 'confirm', `a corrected name is not a sure reading: ${r.reason}`);
      assert.ok(r.confirmationId, 'a confirm reply names its confirmation');
      assert.equal(await d.replicas('staging', 'worker'), before, 'nothing ran before the confirmation');
      const other = await d.confirm('bob', r.confirmationId, 'confirm');
      assert.equal(other.outcome, 'refused', `only the requester confirms: ${other.reason}`);
      assert.equal(await d.replicas('staging', 'worker'), before);
      const mine = await d.confirm('alice', r.confirmationId, 'confirm');
      assert.equal(mine.outcome, 'executed', mine.reason);
      assert.equal(await d.replicas('staging', 'worker'), 4);
      const again = await d.confirm('alice', r.confirmationId, 'confirm');
      assert.equal(again.outcome, 'refused', `a confirmation is taken once: ${again.reason}`);
    },
  },
  {
    name: 'an unsure write that is dropped runs nothing',
    run: async (d) => {
      const before = await d.replicas('staging', 'worker');
      const r = await d.ask('alice', 'scale wroker in staging to 3');
      assert.equal(r.outcome, 'confirm', r.reason);
      const dropped = await d.confirm('alice', r.confirmationId as string, 'drop');
      assert.equal(dropped.outcome, 'denied', dropped.reason);
      assert.equal(await d.replicas('staging', 'worker'), before);
    },
  },
  {
    name: "a question is answered by the asker's reply, and the original request runs with the answer",
    run: async (d) => {
      const q = await d.ask('alice', 'scale web to 3');
      assert.equal(q.outcome, 'clarify', q.reason);
      assert.ok(q.clarifyId, 'a question names itself so a reply can answer it');
      const other = await d.answer('dave', q.clarifyId, 'staging');
      assert.notEqual(other.outcome, 'executed', `someone else's reply answers nothing: ${other.reason}`);
      assert.equal(await d.replicas('staging', 'web'), 2);
      const r = await d.answer('alice', q.clarifyId, 'staging');
      assert.equal(r.outcome, 'executed', r.reason);
      assert.equal(await d.replicas('staging', 'web'), 3);
    },
  },
  {
    name: 'an executed write offers undo, which runs as a new request through the policy',
    run: async (d) => {
      const before = await d.replicas('staging', 'api');
      const r = await d.ask('alice', `scale api in staging to ${before + 1}`);
      assert.equal(r.outcome, 'executed', r.reason);
      assert.ok(r.undoId, 'an executed scale offers its undo');
      const denied = await d.undo('dave', r.undoId);
      assert.equal(denied.outcome, 'denied', `an undo is a request of whoever asks for it: ${denied.reason}`);
      const undone = await d.undo('alice', r.undoId);
      assert.equal(undone.outcome, 'executed', undone.reason);
      assert.equal(await d.replicas('staging', 'api'), before);
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
