import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { CoxswainError } from '../../src/core/errors.ts';
import { createPlanner } from '../../src/planner/index.ts';
import { systemPrompt } from '../../src/planner/llm/prompt.ts';
import { promptTokenReport } from '../../src/planner/llm/prompt-size.ts';
import { modelRequest } from '../../src/planner/llm/request.ts';
import { modelTools } from '../../src/planner/llm/tools.ts';
import { planOffline } from '../../src/planner/offline/index.ts';
import type { PlanContext } from '../../src/planner/plan.ts';
import { sandboxPlanContext } from '../../src/planner/sandbox-inventory.ts';
import { type FakeOpenAI, startFakeOpenAI, toolCall } from '../helpers/fake-openai.ts';
import { plannerTextSample } from '../helpers/planner-texts.ts';

let fake: FakeOpenAI;
let ctx: PlanContext;

beforeAll(async () => {
  fake = await startFakeOpenAI(() => toolCall('restart', { namespace: 'production', name: 'checkout' }));
  ctx = sandboxPlanContext();
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.requests.length = 0;
});

describe('PLANNER=auto', () => {
  it('answers offline when the offline planner is confident, without calling the model', async () => {
    const text = 'scale worker in staging to 3';
    expect(planOffline(text, ctx).confident).toBe(true);
    const planner = createPlanner(loadConfig({ PLANNER: 'auto', OPENAI_BASE_URL: fake.url }));
    expect(await planner.plan(text, ctx)).toMatchObject({ outcome: 'tool', tool: 'scale', source: 'offline' });
    expect(fake.requests).toHaveLength(0);
  });

  it('asks the model only when the offline planner is not confident', async () => {
    const text = 'checkout in prod feels sluggish, do something';
    expect(planOffline(text, ctx).confident).toBe(false);
    const planner = createPlanner(loadConfig({ PLANNER: 'auto', OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test' }));
    const plan = await planner.plan(text, ctx);
    expect(fake.requests).toHaveLength(1);
    expect(plan).toMatchObject({
      outcome: 'tool',
      tool: 'restart',
      source: 'llm',
      args: { namespace: 'production', name: 'checkout' },
    });
  });

  it('keeps the offline answer when no model is configured', async () => {
    const text = 'checkout in prod feels sluggish, do something';
    const planner = createPlanner(loadConfig({ PLANNER: 'auto' }));
    expect(await planner.plan(text, ctx)).toEqual(planOffline(text, ctx).plan);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('PLANNER=llm and PLANNER=offline', () => {
  it('refuses to start PLANNER=llm without a model, naming the variable', () => {
    let err: unknown;
    try {
      createPlanner(loadConfig({ PLANNER: 'llm' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoxswainError);
    expect((err as CoxswainError).code).toBe('config');
    expect((err as CoxswainError).message).toContain('OPENAI_API_KEY');
  });

  it('PLANNER=llm asks the model even for a request the offline planner is sure of', async () => {
    const planner = createPlanner(loadConfig({ PLANNER: 'llm', OPENAI_BASE_URL: fake.url }));
    expect(await planner.plan('scale worker in staging to 3', ctx)).toMatchObject({ source: 'llm', tool: 'restart' });
    expect(fake.requests).toHaveLength(1);
  });

  it('PLANNER=offline never calls the model', async () => {
    const planner = createPlanner(loadConfig({ PLANNER: 'offline', OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-test' }));
    const plan = await planner.plan('checkout in prod feels sluggish, do something', ctx);
    expect(plan.source).toBe('offline');
    expect(fake.requests).toHaveLength(0);
  });

  it('offline paths do not load LangChain or the OpenAI client', async () => {
    // A fresh process records every module it resolves while planning offline through createPlanner.
    const script = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({ resolve(spec, context, next) { seen.push(spec); return next(spec, context); } });
      const { createPlanner } = await import(${JSON.stringify(new URL('../../src/planner/index.ts', import.meta.url).href)});
      const { sandboxPlanContext } = await import(${JSON.stringify(new URL('../../src/planner/sandbox-inventory.ts', import.meta.url).href)});
      for (const PLANNER of ['offline', 'auto']) {
        await createPlanner({ PLANNER, OPENAI_API_KEY: 'sk-unused', OPENAI_MODEL: 'm', OPENAI_TIMEOUT_MS: 1000 })
          .plan('scale worker in staging to 3', sandboxPlanContext());
      }
      console.log(JSON.stringify(seen));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--no-warnings', '--input-type=module', '-e', script]);
    const seen: string[] = JSON.parse(stdout);
    expect(seen.some((s) => s.endsWith('offline/index.ts'))).toBe(true);
    expect(seen.filter((s) => /langchain|^openai|js-tiktoken|\/llm\//.test(s))).toEqual([]);
  });
});

describe('prompt size', () => {
  it('keeps the system prompt and tool schemas compact', () => {
    const r = promptTokenReport(ctx);
    expect(r.systemTokens).toBeGreaterThan(100);
    expect(r.toolsTokens).toBeGreaterThan(500);
    expect(r.totalTokens).toBe(r.systemTokens + r.toolsTokens);
    expect(r.totalTokens).toBeLessThan(3_000);
  });

  // A fixed sample of 4,000 case texts (of 22,000 and growing) at two scales; `npm run bench:planner` gives the figure
  // over every text. A check, not a speed test, so it has the time a busy 2-core machine needs.
  it('stays within 1,500 tokens (system prompt + tools offered) for planner case texts at scale 1 and 300', () => {
    const texts = plannerTextSample(4_000);
    expect(texts.length).toBeGreaterThan(3_000);
    for (const scale of [1, 300]) {
      const at = sandboxPlanContext(scale);
      const over = texts
        .map(({ text }) => ({ text, tokens: promptTokenReport(at, text).totalTokens }))
        .filter((r) => r.tokens > 1_500);
      expect({ scale, over }).toEqual({ scale, over: [] });
    }
  }, 420_000);

  // The same fixed sample's tool cases (the benchmark counts every one): a check, not a speed test.
  it('offers nearly every case its expected tool (a tool left out makes the model ask back)', () => {
    const cases = plannerTextSample(4_000).filter((c) => c.tool);
    expect(cases.length).toBeGreaterThan(2_000);
    const missed = cases
      .filter((c) => !modelRequest(ctx, c.text).tools.some((t) => t.function.name === c.tool))
      .map((c) => `${c.tool}: ${c.text}`);
    // New case files may bring phrasings the cues miss: at most 1 in 100, and they are named.
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(cases.length / 100);
  }, 420_000);
});

describe('the inventory summary', () => {
  it('keeps the cluster argument and names clusters when there are several', () => {
    const two: PlanContext = {
      ...ctx,
      defaultCluster: 'eu',
      inventory: {
        ...ctx.inventory,
        workloads: [
          { cluster: 'eu', namespace: 'production', kind: 'Deployment', name: 'web', replicas: 6, images: [] },
          { cluster: 'us', namespace: 'production', kind: 'Deployment', name: 'web', replicas: 2, images: [] },
        ],
      },
    };
    const scale = modelTools(two).find((t) => t.function.name === 'scale');
    expect(scale?.function.parameters.properties).toHaveProperty('cluster');
    expect(systemPrompt(two)).toContain('eu:production/web Deployment 6');
    expect(systemPrompt(two)).toContain('us:production/web Deployment 2');
  });

  it('treats inventory text literally', () => {
    const odd: PlanContext = { ...ctx, inventory: { ...ctx.inventory, namespaces: ['$&-x', "$'"] } };
    expect(systemPrompt(odd)).toContain("namespaces: $&-x, $'");
  });
});
