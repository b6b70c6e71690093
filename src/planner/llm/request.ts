import { TOOL_NAMES } from '../../catalog/registry.ts';
import { planOffline } from '../offline/index.ts';
import type { PlanContext } from '../plan.ts';
import { promptFor } from './prompt.ts';
import { selectTools } from './select.ts';
import { modelTools, type OpenAITool } from './tools.ts';

/**
 * The characters one request may spend on the system prompt and the tool schemas together: about 1,400 tokens,
 * under the 1,500 goal with room (o200k_base reads the template and the schemas at 4.0 to 4.8 characters a token;
 * names like "team-042-production" at about 3.5, and the inventory part holds at most a few lines of them).
 */
const REQUEST_BUDGET_CHARS = 6_200;

/**
 * What the model is sent for one message, besides the message itself: the system prompt (with the inventory
 * names the message mentions and the tools it was not offered) and the tools it was offered. Its size does not
 * grow with the cluster: a long inventory part leaves fewer characters for tools.
 */
export function modelRequest(ctx: PlanContext, text: string): { system: string; tools: OpenAITool[] } {
  const render = promptFor(ctx, text);
  // Sized as if every catalog tool were named as left out: the longest the prompt can get.
  const budget = REQUEST_BUDGET_CHARS - render(TOOL_NAMES).length;
  // The offline reading of the same words is offered first (a pure, sub-millisecond read).
  const reading = planOffline(text, ctx).plan;
  const offered = selectTools(modelTools(ctx), text, ctx, budget, reading.outcome === 'tool' ? reading.tool : undefined);
  return { system: render(offered.omitted), tools: offered.tools };
}
