import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { type FakeOpenAI, startFakeOpenAI, text, toolCall } from '../helpers/fake-openai.ts';
import { effectiveWrites, replicasOf, startTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

/**
 * Item 4 of issue 16: a model's write is checked against the offline reading of the same words. The model is a
 * local OpenAI-compatible server whose answer each test scripts; the rest is the real path.
 */
let fake: FakeOpenAI;
let llm: TestRuntime;
let auto: TestRuntime;
beforeAll(async () => {
  fake = await startFakeOpenAI(() => text('I am not sure.'));
  const model = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test' };
  llm = await startTestRuntime({ overrides: { planner: createPlanner(loadConfig({ PLANNER: 'llm', ...model })) } });
  auto = await startTestRuntime({ overrides: { planner: createPlanner(loadConfig({ PLANNER: 'auto', ...model })) } });
});
afterAll(async () => {
  await llm?.close();
  await auto?.close();
  await fake?.stop();
});
beforeEach(() => {
  llm.sandbox.reset();
  auto.sandbox.reset();
  fake.requests.length = 0;
});

const ask = (t: TestRuntime, text: string, person = 'alice') =>
  t.runtime.core.handle({ channel: 'slack', actor: { personId: person }, text });

describe('PLANNER=llm: the model proposes, the offline reading checks', () => {
  it('runs a write both readers read the same way', async () => {
    fake.setScript(() => toolCall('scale', { namespace: 'staging', name: 'worker', replicas: 3 }));
    const r = await ask(llm, 'scale worker in staging to 3');
    expect(r.outcome, r.reason).toBe('executed');
    expect(replicasOf(llm.sandbox, 'staging', 'worker')).toBe(3);
  });

  it('asks the requester to confirm a write the words do not ask for, though the policy allows it', async () => {
    fake.setScript(() => toolCall('scale', { namespace: 'staging', name: 'web', replicas: 0 }));
    const r = await ask(llm, 'what workloads are in staging? just list them');
    expect(r.outcome, r.reason).toBe('confirm');
    expect(r.reason).toMatch(/^I read this as: scale staging\/web from 2 to 0 replicas\./);
    expect(r.reason).toMatch(/my own reading of the words does not agree/);
    expect(effectiveWrites(llm.sandbox)).toHaveLength(0);
  });

  it('asks to confirm the same tool with another value or on another target', async () => {
    fake.setScript(() => toolCall('scale', { namespace: 'staging', name: 'worker', replicas: 0 }));
    expect((await ask(llm, 'scale worker in staging to 2')).outcome).toBe('confirm');
    fake.setScript(() => toolCall('restart', { namespace: 'staging', name: 'web' }));
    expect((await ask(llm, 'restart api in staging')).outcome).toBe('confirm');
    expect(effectiveWrites(llm.sandbox)).toHaveLength(0);
  });

  it("a confirmed model reading runs as the requester's confirmed call", async () => {
    fake.setScript(() => toolCall('scale', { namespace: 'staging', name: 'worker', replicas: 2 }));
    const r = await ask(llm, 'worker in staging looks overwhelmed, do something about it');
    expect(r.outcome, r.reason).toBe('confirm');
    const done = await llm.runtime.core.confirm({
      confirmationId: r.confirmationId as string,
      decision: 'confirm',
      channel: 'slack',
      actor: { personId: 'alice' },
    });
    expect(done.outcome, done.reason).toBe('executed');
    expect(replicasOf(llm.sandbox, 'staging', 'worker')).toBe(2);
  });
});

describe('PLANNER=auto', () => {
  it('a sure offline reading never asks the model', async () => {
    const r = await ask(auto, 'scale worker in staging to 3');
    expect(r.outcome).toBe('executed');
    expect(fake.requests).toHaveLength(0);
  });

  it("sends an offline question to the model; the model's write is then confirmed by the requester", async () => {
    fake.setScript(() => toolCall('scale', { namespace: 'staging', name: 'web', replicas: 3 }));
    const r = await ask(auto, 'scale web to 3');
    expect(fake.requests).toHaveLength(1);
    expect(r.outcome, r.reason).toBe('confirm');
    expect(r.args).toEqual({ namespace: 'staging', name: 'web', replicas: 3 });
    expect(effectiveWrites(auto.sandbox)).toHaveLength(0);
  });
});
