import { z } from 'zod';

/**
 * What a write will lead to beyond its own diff, carried on the Result and the approval card: a GitOps
 * controller that manages the target (and may put it back), and what the change costs.
 */
export const GitopsNoticeSchema = z.object({
  kind: z.literal('gitops'),
  /** The Argo CD Application that manages the target, and the namespace it lives in. */
  app: z.string(),
  appNamespace: z.string(),
  /** Automated sync with self-heal: Argo CD puts the target back to what Git says. */
  selfHeal: z.boolean(),
  autoSync: z.boolean(),
  /** Whether this change will be reverted (self-heal and a change to the tracked spec). */
  reverted: z.boolean(),
  /** The app's sync status before the change (Synced, OutOfSync, …), when Argo CD reported one. */
  syncStatus: z.string().optional(),
  /** One sentence: what happens after the change, roughly when. */
  message: z.string(),
  /** What to do instead (change Git, pause auto-sync, Argo CD's rollback). */
  instead: z.array(z.string()),
});
export type GitopsNotice = z.infer<typeof GitopsNoticeSchema>;

export const NoticeSchema = z.discriminatedUnion('kind', [GitopsNoticeSchema]);
export type Notice = z.infer<typeof NoticeSchema>;

/** The monthly cost change of a write (negative: a saving); `monthly` is null when the cost is unknown. */
export const CostImpactSchema = z.object({
  monthly: z.number().nullable(),
  currency: z.string(),
  /** How it was computed (or why it is unknown), for a person. */
  basis: z.string(),
});
export type CostImpact = z.infer<typeof CostImpactSchema>;
