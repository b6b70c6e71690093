import { z } from 'zod';
import { TOOLS, toolJsonSchema } from '../../catalog/registry.ts';
import { clusterArg, nameArg, namespaceArg } from '../../catalog/tool.ts';
import type { PlanContext } from '../plan.ts';

/** OpenAI chat-completions tool format: what goes over the wire, so its size can be counted as sent. */
export interface OpenAITool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/** The model's two ways to not act: both end in words for the person, never in a tool call. */
export const CLARIFY_TOOL = 'ask_clarifying_question';
export const UNSUPPORTED_TOOL = 'refuse_unsupported';

export const ClarifyArgsSchema = z.object({
  question: z.string().min(1).describe('the question for the person'),
  candidates: z.array(z.string()).optional().describe('options to pick from, e.g. namespace/name'),
});
export const UnsupportedArgsSchema = z.object({
  reason: z.string().min(1).describe('what is outside the catalog, and what the bot can do instead'),
});

/**
 * The schema checks the model cannot use and that re-validation enforces anyway (name regexes, lengths, no extra
 * properties), and
 * the shared argument descriptions the system prompt states once, would repeat in every tool: dropping them
 * keeps the request small. Everything the model needs to choose values (types, enums, bounds, defaults) stays.
 */
const SHARED_DESCRIPTIONS = new Set([namespaceArg.description, nameArg.description, clusterArg.description]);
const DROPPED_KEYS = new Set(['$schema', 'pattern', 'maxLength', 'minLength', 'additionalProperties']);

const PSEUDO_TOOLS: OpenAITool[] = [
  pseudo(
    CLARIFY_TOOL,
    'Ask one question back: missing value, ambiguous name, or more than one action requested.',
    ClarifyArgsSchema,
  ),
  pseudo(
    UNSUPPORTED_TOOL,
    'Refuse a request outside these tools (secrets, exec, shell, deleting namespaces, policy, approvals, bulk actions).',
    UnsupportedArgsSchema,
  ),
];

function pseudo(name: string, description: string, schema: z.ZodObject): OpenAITool {
  return { type: 'function', function: { name, description, parameters: compact(z.toJSONSchema(schema)) } };
}

function compact(node: unknown): Record<string, unknown> {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) {
      if (DROPPED_KEYS.has(k)) continue;
      if (k === 'description' && SHARED_DESCRIPTIONS.has(v as string)) continue;
      // zod's "any safe integer" bound says nothing to the model.
      if (k === 'maximum' && v === Number.MAX_SAFE_INTEGER) continue;
      out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, walk(s)])) : walk(v);
    }
    return out;
  };
  return walk(node) as Record<string, unknown>;
}

/** One cluster: `cluster` can only be the default, so the argument is noise for the model. */
export function isSingleCluster(ctx: PlanContext): boolean {
  const clusters = new Set(ctx.inventory.workloads.map((w) => w.cluster));
  if (ctx.defaultCluster) clusters.add(ctx.defaultCluster);
  return clusters.size <= 1;
}

function withoutCluster(schema: Record<string, unknown>): Record<string, unknown> {
  const { cluster: _dropped, ...properties } = (schema.properties ?? {}) as Record<string, unknown>;
  const required = (schema.required as string[] | undefined)?.filter((r) => r !== 'cluster');
  return { ...schema, properties, ...(required ? { required } : {}) };
}

const built = new Map<boolean, OpenAITool[]>();

/**
 * The 18 catalog tools (from the same zod schemas the executor validates with) plus the two pseudo-tools. Built
 * once per shape (with or without `cluster`) and shared: callers do not change them.
 */
export function modelTools(ctx: PlanContext): OpenAITool[] {
  const single = isSingleCluster(ctx);
  let tools = built.get(single);
  if (!tools) {
    const catalog = TOOLS.map((t): OpenAITool => {
      const schema = compact(toolJsonSchema(t));
      return {
        type: 'function',
        function: { name: t.name, description: t.description, parameters: single ? withoutCluster(schema) : schema },
      };
    });
    tools = [...catalog, ...PSEUDO_TOOLS];
    built.set(single, tools);
  }
  return tools;
}
