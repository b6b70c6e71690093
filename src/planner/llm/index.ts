import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import { logger, redactText } from '../../observability/logger.ts';
import type { Plan, PlanContext, Planner } from '../plan.ts';
import { interpretAnswer, type ModelAnswer } from './interpret.ts';
import { modelRequest } from './request.ts';

export interface LlmPlannerOptions {
  /** Absent for servers that take none (Ollama, vLLM): a placeholder is sent. */
  apiKey?: string;
  /** Any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1; absent = api.openai.com. */
  baseURL?: string;
  model: string;
  /** The person waits at most this long for the model, retries included; then the offline planner answers. */
  timeoutMs: number;
  /** Retries of a 429/5xx inside the time budget. */
  maxRetries?: number;
  /** Answers when the model cannot (timeout, rate limit, server error). */
  fallback: Planner;
}

/**
 * Plans with a chat model through LangChain's ChatOpenAI, tools bound from the catalog's zod schemas. The model
 * only proposes one call; `interpretAnswer` re-validates it. A model that fails to answer never fails the
 * request: the offline planner answers and the plan's note says so.
 */
export class LlmPlanner implements Planner {
  readonly #model: ChatOpenAI;
  readonly #fallback: Planner;
  readonly #timeoutMs: number;

  constructor(opts: LlmPlannerOptions) {
    this.#fallback = opts.fallback;
    this.#timeoutMs = opts.timeoutMs;
    this.#model = new ChatOpenAI({
      model: opts.model,
      temperature: 0,
      apiKey: opts.apiKey ?? 'not-needed',
      timeout: opts.timeoutMs,
      maxRetries: opts.maxRetries ?? 1,
      configuration: opts.baseURL ? { baseURL: opts.baseURL } : {},
    });
  }

  async plan(text: string, ctx: PlanContext): Promise<Plan> {
    const { system, tools } = modelRequest(ctx, text);
    const model = this.#model.bindTools(tools, { tool_choice: 'auto' });
    let reply: Awaited<ReturnType<typeof model.invoke>>;
    try {
      reply = await model.invoke([new SystemMessage(system), new HumanMessage(text)], {
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (err) {
      const note = fallbackNote(err);
      logger.warn({ model: errorSummary(err) }, `LLM planner: ${note}`);
      return { ...(await this.#fallback.plan(text, ctx)), note };
    }
    return interpretAnswer(toAnswer(reply), ctx);
  }
}

type Reply = { tool_calls?: { name: string; args: unknown }[]; invalid_tool_calls?: { name?: string }[]; text: string };

function toAnswer(reply: Reply): ModelAnswer {
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  const calls = reply.tool_calls ?? [];
  return {
    toolCalls: calls.filter((c) => isObject(c.args)).map((c) => ({ name: c.name, args: c.args as Record<string, unknown> })),
    // Arguments that parsed to a non-object (`"5"`, `[]`) are as unusable as JSON that did not parse.
    invalidToolCalls: [...(reply.invalid_tool_calls ?? []), ...calls.filter((c) => !isObject(c.args))],
    text: reply.text,
  };
}

function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** Words for the plan's note: what went wrong with the model, so the person knows who answered. */
function fallbackNote(err: unknown): string {
  const name = (err as { name?: unknown })?.name;
  const status = statusOf(err);
  if (name === 'TimeoutError' || name === 'AbortError') return 'the model did not answer in time; planned offline';
  if (status === 429) return 'the model is rate-limited (HTTP 429); planned offline';
  if (status !== undefined && status >= 500) return `the model service failed (HTTP ${status}); planned offline`;
  if (status === 401 || status === 403)
    return `the model refused the credentials (HTTP ${status}): check OPENAI_API_KEY; planned offline`;
  if (status !== undefined)
    return `the model rejected the request (HTTP ${status}): check OPENAI_MODEL and OPENAI_BASE_URL; planned offline`;
  // The OpenAI client's own class for a connection that failed; anything else came after a 200 it could not read.
  if ((err as object)?.constructor?.name === 'APIConnectionError') {
    return 'the model could not be reached: check OPENAI_BASE_URL; planned offline';
  }
  return 'the model answered something that is not a valid tool call: check OPENAI_BASE_URL and OPENAI_MODEL; planned offline';
}

/** Enough to debug, nothing secret: a provider's error may quote the key it was sent, so the message is redacted. */
function errorSummary(err: unknown): Record<string, unknown> {
  const e = err as { name?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? redactText(e.message).slice(0, 300) : undefined;
  return { name: e?.name, status: statusOf(err), message };
}
