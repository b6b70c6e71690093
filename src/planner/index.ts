import type { Config } from '../config/config.ts';
import { CoxswainError } from '../core/errors.ts';
import { AutoPlanner } from './auto.ts';
import { OfflinePlanner, planOffline } from './offline/index.ts';
import type { Plan, PlanContext, Planner } from './plan.ts';

export type { Plan, PlanContext, Planner } from './plan.ts';

/**
 * Loads the LLM planner on first use: LangChain and the OpenAI client are big, and the offline paths
 * (the CLI's eval, PLANNER=offline, confident auto answers) should not pay for loading them.
 */
class LazyLlmPlanner implements Planner {
  readonly #config: Config;
  readonly #fallback: Planner;
  #planner: Promise<Planner> | undefined;

  constructor(config: Config, fallback: Planner) {
    this.#config = config;
    this.#fallback = fallback;
  }

  async plan(text: string, ctx: PlanContext): Promise<Plan> {
    this.#planner ??= import('./llm/index.ts').then(
      ({ LlmPlanner }) =>
        new LlmPlanner({
          apiKey: this.#config.OPENAI_API_KEY,
          baseURL: this.#config.OPENAI_BASE_URL,
          model: this.#config.OPENAI_MODEL,
          timeoutMs: this.#config.OPENAI_TIMEOUT_MS,
          fallback: this.#fallback,
        }),
    );
    return (await this.#planner).plan(text, ctx);
  }
}

/** A model is configured: a key (OpenAI, Azure) or a base URL (Ollama and vLLM often need no key). */
export function llmConfigured(config: Config): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}

/** The planner PLANNER asks for. PLANNER=llm without a model configured fails here, at start-up. */
export function createPlanner(config: Config): Planner {
  const offline = new OfflinePlanner();
  if (config.PLANNER === 'offline') return offline;
  if (config.PLANNER === 'llm') {
    if (!llmConfigured(config)) {
      throw new CoxswainError(
        'config',
        'system',
        'PLANNER=llm needs a model: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server such as Ollama or vLLM), or set PLANNER=auto or PLANNER=offline.',
      );
    }
    return new LazyLlmPlanner(config, offline);
  }
  return new AutoPlanner(planOffline, llmConfigured(config) ? new LazyLlmPlanner(config, offline) : undefined);
}
