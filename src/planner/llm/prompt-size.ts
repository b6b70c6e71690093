import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import type { PlanContext } from '../plan.ts';
import { systemPrompt } from './prompt.ts';
import { modelRequest } from './request.ts';
import { modelTools } from './tools.ts';

let encoder: Tiktoken | undefined;
/**
 * Tokens of each system prompt and tool set counted so far: messages share a few of each (the names a message picks
 * from the inventory repeat), and encoding is the slow part.
 */
const counted = new Map<string, number>();

/**
 * Tokens the LLM path spends on every request before the person's words (`text`: the message, which picks the
 * inventory names listed): the system prompt and the tool
 * schemas, counted with o200k_base (the gpt-4o family's encoding). The tools are counted as their JSON, as
 * sent; OpenAI re-renders them internally, so this is an estimate within a few percent, not a bill.
 */
export function promptTokenReport(
  ctx: PlanContext,
  text?: string,
): { systemTokens: number; toolsTokens: number; totalTokens: number } {
  encoder ??= new Tiktoken(o200k);
  const sent = text === undefined ? { system: systemPrompt(ctx), tools: modelTools(ctx) } : modelRequest(ctx, text);
  const systemTokens = tokens(encoder, sent.system);
  const toolsTokens = tokens(encoder, JSON.stringify(sent.tools));
  return { systemTokens, toolsTokens, totalTokens: systemTokens + toolsTokens };
}

function tokens(encoder: Tiktoken, text: string): number {
  const n = counted.get(text) ?? encoder.encode(text).length;
  counted.set(text, n);
  return n;
}
