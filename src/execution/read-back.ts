import type { ToolContext, ToolDefinition } from '../catalog/tool.ts';
import { asCoxswainError } from '../core/errors.ts';

export interface ReadBackOptions {
  /** How long to keep reading before concluding the call never landed (longer than an API server's own timeout). */
  withinMs: number;
  everyMs: number;
}

export const DEFAULT_READ_BACK: ReadBackOptions = { withinMs: 90_000, everyMs: 1000 };

/**
 * After a call whose answer never came (a timeout, a dropped connection), whether it landed: the target's
 * fingerprint moved from the one recorded just before the call, or the target cannot be previewed any more (the
 * created object exists, the deleted pod is gone). Read again until it shows or `withinMs` passes; an API
 * server does not hold a write past its own request timeout, so a target unchanged by then was never changed.
 */
export async function landed(
  tool: ToolDefinition,
  args: Record<string, unknown>,
  ctx: ToolContext,
  before: string,
  opts: ReadBackOptions,
): Promise<boolean> {
  const deadline = Date.now() + opts.withinMs;
  for (;;) {
    try {
      if ((await tool.preview(args, ctx)).fingerprint !== before) return true;
    } catch (err) {
      if (!asCoxswainError(err).transient) return true;
    }
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, opts.everyMs));
  }
}
