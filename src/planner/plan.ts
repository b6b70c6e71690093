import { z } from 'zod';

/**
 * The planner's output: exactly one outcome. A `tool` plan has passed the tool's schema (defaults applied)
 * and its names resolved against the cluster inventory. The planner never decides risk or executes.
 */
export const PlanSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('tool'),
    tool: z.string(),
    args: z.record(z.string(), z.unknown()),
    /** Words for a person: what this call will do. */
    message: z.string(),
    source: z.enum(['offline', 'llm', 'direct']),
    /** Set when the LLM path failed and the offline planner answered instead. */
    note: z.string().optional(),
    /**
     * Whether the reader accounted for every word of the request. The offline planner sets it on every plan;
     * a model's proposal has none of its own (the Core checks it against the offline reading). The Core never
     * runs, nor sends to approvers, a write whose plan is not confident: the requester confirms it first.
     */
    confident: z.boolean().optional(),
  }),
  z.object({
    outcome: z.literal('clarify'),
    message: z.string(),
    candidates: z.array(z.string()).optional(),
    source: z.enum(['offline', 'llm', 'direct']),
    note: z.string().optional(),
  }),
  z.object({
    outcome: z.literal('unsupported'),
    message: z.string(),
    source: z.enum(['offline', 'llm', 'direct']),
    note: z.string().optional(),
  }),
  z.object({
    outcome: z.literal('help'),
    message: z.string(),
    source: z.enum(['offline', 'llm', 'direct']),
    note: z.string().optional(),
  }),
]);
export type Plan = z.infer<typeof PlanSchema>;
export type ToolPlan = Extract<Plan, { outcome: 'tool' }>;

/** What the planner knows of the cluster: workloads (for names, namespaces and current replicas). */
export const InventoryWorkloadSchema = z.object({
  cluster: z.string(),
  namespace: z.string(),
  kind: z.enum(['Deployment', 'Rollout']),
  name: z.string(),
  replicas: z.number().int(),
  images: z.array(z.string()),
  /** How many revisions its history holds, when the inventory read them (the last is the one running). */
  revisions: z.number().int().optional(),
  /** Rollouts: 'canary' | 'blueGreen'. */
  strategy: z.string().optional(),
  /** Rollouts: Argo's status.phase ('Healthy', 'Paused', 'Progressing', 'Degraded'): "the rollout waiting for promotion". */
  phase: z.string().optional(),
});
export type InventoryWorkload = z.infer<typeof InventoryWorkloadSchema>;

export const InventorySchema = z.object({
  namespaces: z.array(z.string()),
  workloads: z.array(InventoryWorkloadSchema),
  /** Pod names by namespace (for delete_pod / get_logs of a pod). */
  pods: z.array(z.object({ namespace: z.string(), name: z.string(), workload: z.string().optional() })).default([]),
});
export type Inventory = z.infer<typeof InventorySchema>;

export interface PlanContext {
  inventory: Inventory;
  /** alias → real namespace, e.g. prod → production. */
  namespaceAliases: Record<string, string>;
  /** Default cluster name (tool calls omit `cluster` when it is the default). */
  defaultCluster?: string;
  /** The bot's user id in chat, when the adapter knows it: a leading mention of anyone else addresses someone else. */
  botUserId?: string;
}

/** Any planner: offline, LLM, or the auto planner that picks between them. */
export interface Planner {
  plan(text: string, ctx: PlanContext): Promise<Plan>;
}
