import { z } from 'zod';

/**
 * What can happen to a request, in the order it usually happens. `cancelled` (the requester withdrew a
 * pending approval) is in addition to the list.
 */
export const AuditEventTypeSchema = z.enum([
  'requested',
  'planned',
  /** The reading of a write was not sure: the requester was asked to confirm it; then `confirmed` or `dropped`. */
  'confirm',
  'confirmed',
  'dropped',
  'denied',
  'pending',
  'approved',
  'rejected',
  'expired',
  'cancelled',
  'executed',
  'failed',
]);
export type AuditEventType = z.infer<typeof AuditEventTypeSchema>;

const SECRET_KEY = /token|secret|password|passwd|api[-_]?key|authorization|credential|private[-_]?key/i;
const MAX_DETAIL_CHARS = 4000;

/**
 * A lone surrogate (in a model's words, an API server's answer, a Socket Mode payload) cannot be hashed as
 * canonical JSON, and the entry would be lost: it becomes U+FFFD instead.
 */
const wellFormed = (s: string) => s.toWellFormed();

/** Values under secret-looking keys are replaced, at any depth: an audit log is read by many and kept forever. */
export function redactSecrets(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [wellFormed(k), SECRET_KEY.test(k) ? '[redacted]' : redactSecrets(v)]),
    );
  }
  return value;
}

/**
 * Redacted, and cut down to a preview when it is too long: an event is recorded even when a caller passed a
 * whole result, because an audit entry that fails to append is worse than a shortened one.
 */
const jsonObject = z.record(z.string(), z.unknown()).transform((v): Record<string, unknown> => {
  const redacted = redactSecrets(v) as Record<string, unknown>;
  const json = JSON.stringify(redacted);
  return json.length <= MAX_DETAIL_CHARS ? redacted : { truncated: true, preview: json.slice(0, MAX_DETAIL_CHARS) };
});

const text = z.string().transform(wellFormed);

export const AuditEventInputSchema = z.object({
  type: AuditEventTypeSchema,
  requestId: z.string().min(1).transform(wellFormed),
  approvalId: z.string().min(1).transform(wellFormed).optional(),
  /** A policy person id, or the adapter's identity for the person (e.g. slack:U0ALICE) when they are unknown. */
  actor: z.string().min(1).transform(wellFormed),
  tool: text.optional(),
  args: jsonObject.optional(),
  cluster: text.optional(),
  namespace: text.optional(),
  /** ISO time; the time of appending when absent. */
  ts: z.iso.datetime({ offset: true }).optional(),
  /** Outcome, reason, rule, result summary: short JSON, never secrets. */
  detail: jsonObject.optional(),
});
export type AuditEventInput = z.input<typeof AuditEventInputSchema>;

export const GENESIS_HASH = '0'.repeat(64);

/** One link of the chain as stored: the event, its place, and the hashes that tie it to the one before. */
export const AuditEntrySchema = AuditEventInputSchema.extend({
  ts: z.string(),
  seq: z.number().int().min(1),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The Redis Stream id; assigned by Redis, so it is not part of the hash. */
  streamId: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
