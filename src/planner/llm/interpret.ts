import type { Plan, PlanContext } from '../plan.ts';
import { resolveCall } from '../resolve.ts';
import { CLARIFY_TOOL, ClarifyArgsSchema, UNSUPPORTED_TOOL, UnsupportedArgsSchema } from './tools.ts';

/** What the model answered, reduced to what matters: parsed calls, calls whose JSON did not parse, its text. */
export interface ModelAnswer {
  toolCalls: { name: string; args: Record<string, unknown> }[];
  invalidToolCalls: { name?: string }[];
  text: string;
}

/** The model's words reach a person: one short paragraph, no markup tricks. */
const MAX_MODEL_TEXT = 400;
function modelWords(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MODEL_TEXT ? `${flat.slice(0, MAX_MODEL_TEXT - 1)}…` : flat;
}

const clarify = (message: string, candidates?: string[]): Plan => ({
  outcome: 'clarify',
  message,
  source: 'llm',
  ...(candidates?.length ? { candidates: candidates.slice(0, 10).map(modelWords) } : {}),
});

/**
 * Turns the model's answer into exactly one outcome. The model only proposes: a catalog call goes through
 * `resolveCall` (schema, aliases, names against the inventory) like any other; everything else becomes words
 * back to the person. No path here yields an action the resolver did not accept.
 */
export function interpretAnswer(answer: ModelAnswer, ctx: PlanContext): Plan {
  const calls = answer.toolCalls.length + answer.invalidToolCalls.length;
  if (calls > 1) {
    const names = [...answer.toolCalls.map((c) => c.name), ...answer.invalidToolCalls.map((c) => c.name ?? '?')];
    return clarify(`That reads as several actions (${names.join(', ')}). I do one at a time: which one first?`);
  }
  if (answer.invalidToolCalls.length === 1) {
    return clarify('I could not read a valid action from that. Could you say it again, naming the workload and what to do?');
  }
  const call = answer.toolCalls[0];
  if (!call) {
    const said = modelWords(answer.text);
    return clarify(said || 'I am not sure what to do. Could you say it again, naming the workload and what to do?');
  }
  if (call.name === CLARIFY_TOOL) {
    const r = ClarifyArgsSchema.safeParse(call.args);
    return r.success
      ? clarify(modelWords(r.data.question), r.data.candidates)
      : clarify('Could you say a bit more about what you want me to do?');
  }
  if (call.name === UNSUPPORTED_TOOL) {
    const r = UnsupportedArgsSchema.safeParse(call.args);
    const reason = r.success ? modelWords(r.data.reason) : 'That is outside what I can do.';
    return { outcome: 'unsupported', message: `${reason} Say "help" to see what I can do.`, source: 'llm' };
  }
  // A name outside OpenAI's own rules is not echoed back to the person (the resolver quotes unknown names).
  const name = /^[A-Za-z0-9_-]{1,64}$/.test(call.name) ? call.name : 'an unnamed tool';
  return resolveCall(name, call.args, ctx, 'llm');
}
