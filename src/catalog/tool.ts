import { z } from 'zod';
import type { KubeCluster } from '../kube/cluster.ts';

/** Risk comes from the tool definition, never from the planner or the model. */
export const RiskSchema = z.enum(['read', 'write', 'destructive']);
export type Risk = z.infer<typeof RiskSchema>;

/** One field a write would change, read from the server-side dry run (before → after). */
export const ChangeSchema = z.object({
  path: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type Change = z.infer<typeof ChangeSchema>;

/**
 * What a write would do, computed before any approval is asked. `fingerprint` hashes the target's relevant
 * state (drift check: the approval binds it, execution recomputes it). `pinnedArgs` are the arguments with
 * everything resolved against the live object (e.g. rollback's revision), so a re-run repeats the same action.
 */
export const PreviewSchema = z.object({
  summary: z.string(),
  target: z.object({ kind: z.string(), namespace: z.string(), name: z.string() }).optional(),
  changes: z.array(ChangeSchema),
  fingerprint: z.string(),
  dryRun: z.boolean(),
  pinnedArgs: z.record(z.string(), z.unknown()).optional(),
});
export type Preview = z.infer<typeof PreviewSchema>;

/** What a tool returns: words for a person and JSON data each adapter renders its own way. */
export const ToolResultSchema = z.object({
  summary: z.string(),
  data: z.unknown().optional(),
});
export type ToolResult = z.infer<typeof ToolResultSchema>;

/** Who a call runs for: the bot impersonates this person when impersonation is configured. */
export interface ToolContext {
  kube: KubeCluster;
  /** The request's own words (ChaosSimulation keeps them in spec.command). */
  requestText?: string;
  requestedBy?: string;
  approvedBy?: string[];
  /**
   * Executions only: the effect this call makes, keyed by the approval or request id, with the time fixed when
   * the action was queued. A re-run after a timeout finds its own earlier effect through them instead of making
   * a second one (the same restartedAt, the same chaos simulation name, the effect-key annotation on a create).
   */
  effect?: {
    key: string;
    at: string;
    /** The target's fingerprint at the dry run the action was planned (and approved) from. */
    seen?: string;
  };
}

/** The annotation on what a create made: a re-run that finds its own key knows the create already happened. */
export const EFFECT_KEY_ANNOTATION = 'coxswain.io/effect-key';

export interface ToolDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  risk: Risk;
  /** Arguments; every tool also takes `cluster?`. Defaults are part of the schema. */
  schema: S;
  /** MCP annotation: calling twice with the same arguments has no further effect. */
  idempotent: boolean;
  /** Reads return a trivial preview; writes run a server-side dry run (dryRun=All). */
  preview(args: z.infer<S>, ctx: ToolContext): Promise<Preview>;
  execute(args: z.infer<S>, ctx: ToolContext): Promise<ToolResult>;
}

export function defineTool<S extends z.ZodObject>(def: ToolDefinition<S>): ToolDefinition<S> {
  return def;
}

// Shared argument schemas: Kubernetes' own name rules, so a bad name is refused before any I/O.
export const clusterArg = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$/)
  .optional()
  .describe('configured cluster name; omitted = the default cluster');
export const namespaceArg = z
  .string()
  .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'a namespace is a DNS label: lower-case letters, digits and -')
  .describe('Kubernetes namespace (aliases already applied)');
export const nameArg = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/, 'a name is lower-case letters, digits, - and .')
  .describe('object name');
export const imageArg = z
  .string()
  .max(512)
  .regex(/^[a-z0-9][a-z0-9._\-/:]*(@sha256:[a-f0-9]{64})?$/i, 'an image reference like registry/repo:tag')
  .refine((s) => !s.includes('..'), 'an image reference like registry/repo:tag')
  .describe('container image reference, e.g. ghcr.io/acme/web:1.9.0');

/** The one object most tools act on; tools with more arguments `.extend` it (extend keeps it strict). */
export const workloadRefSchema = z
  .object({
    cluster: clusterArg,
    namespace: namespaceArg,
    name: nameArg,
  })
  .strict();
export type WorkloadRef = z.infer<typeof workloadRefSchema>;
