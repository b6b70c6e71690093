import { z } from 'zod';

/** Every adapter (Slack, web playground, terminal, MCP) turns its input into this one type. */
export const ChannelSchema = z.enum(['slack', 'web', 'terminal', 'mcp']);
export type Channel = z.infer<typeof ChannelSchema>;

export const ActorSchema = z.object({
  /** A policy person id when the adapter knows it (terminal --as, playground switch, MCP token). */
  personId: z.string().optional(),
  slackUserId: z.string().optional(),
  email: z.string().optional(),
  teamId: z.string().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const IncomingRequestSchema = z.object({
  /** Idempotency: the same id (e.g. a Slack event_id) is handled once. Generated when absent. */
  id: z.string().optional(),
  channel: ChannelSchema,
  actor: ActorSchema,
  /** Natural-language text; or `call` for a direct tool call (MCP, `coxswain run`). */
  text: z.string().max(4000).optional(),
  call: z.object({ tool: z.string(), args: z.record(z.string(), z.unknown()) }).optional(),
  /** Opaque to the core; an adapter's own reference (e.g. Slack channel + thread ts) carried into events. */
  replyTo: z.record(z.string(), z.string()).optional(),
  /** `text` answers this question (a clarify result's id): the original request is planned again with it. */
  clarifyId: z.string().optional(),
  /** This request undoes an executed one (its request id), so the audit links the two. */
  undoOf: z.string().optional(),
  /**
   * The bot's own user id where the text came from (Slack), its mentions already removed from `text`: any other
   * mention that leads the text addresses someone else.
   */
  botUserId: z.string().optional(),
});
export type IncomingRequest = z.infer<typeof IncomingRequestSchema>;

export const DecisionInputSchema = z.object({
  approvalId: z.string(),
  actor: ActorSchema,
  decision: z.enum(['approve', 'reject', 'cancel']),
  channel: ChannelSchema,
  /** Idempotency for a repeated click (Slack interaction retried). */
  id: z.string().optional(),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

/** The requester's answer to a `confirm` result: run that exact call through the normal path, or drop it. */
export const ConfirmInputSchema = z.object({
  confirmationId: z.string(),
  actor: ActorSchema,
  decision: z.enum(['confirm', 'drop']),
  channel: ChannelSchema,
  /** Idempotency for a repeated click. */
  id: z.string().optional(),
  replyTo: z.record(z.string(), z.string()).optional(),
});
export type ConfirmInput = z.infer<typeof ConfirmInputSchema>;

/** Undo of an executed write (an undo id, or the approval id of an approved one), as a new request of `actor`. */
export const UndoInputSchema = z.object({
  undoId: z.string(),
  actor: ActorSchema,
  channel: ChannelSchema,
  id: z.string().optional(),
  replyTo: z.record(z.string(), z.string()).optional(),
});
export type UndoInput = z.infer<typeof UndoInputSchema>;
