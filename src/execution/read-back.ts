import type { ToolContext, ToolDefinition } from '../catalog/tool.ts';
import { asCoxswainError, CoxswainError } from '../core/errors.ts';

export interface ReadBackOptions {
  /** How long to keep reading before concluding the call never landed (longer than an API server's own timeout). */
  withinMs: number;
  everyMs: number;
}

export const DEFAULT_READ_BACK: ReadBackOptions = { withinMs: 90_000, everyMs: 1000 };

/**
 * The errors a dry run answers once the tool's own call has landed: the pod it deleted is gone, the simulation it
 * stopped is gone or over, the Deployment it created exists. Any other refusal (a 403 after permissions changed, a
 * wrong kind) says nothing of the call.
 */
const LANDED_BY: Record<string, string[]> = {
  delete_pod: ['not_found'],
  stop_chaos: ['not_found', 'nothing_to_do'],
  create_deployment: ['conflict'],
};

/** A dry-run error that shows the tool's own call took effect. */
export function tookEffect(tool: string, err: unknown): boolean {
  const e = asCoxswainError(err);
  return !e.transient && (LANDED_BY[tool] ?? []).includes(e.code);
}

/**
 * After a call whose answer never came (a timeout, a dropped connection), whether it landed: the target's
 * fingerprint moved from the one recorded just before the call (for an idempotent call, to the state asked: someone
 * else's change is not this one), or the dry run answers what only the call's own effect explains (tookEffect).
 * Read again until it shows or `withinMs` passes; an API server does not hold a write past its own request timeout,
 * so a target read unchanged by then was never changed. A target that could not be read at all in the window
 * proves nothing: that is thrown (transient), not answered "no change".
 */
export async function landed(
  tool: ToolDefinition,
  args: Record<string, unknown>,
  ctx: ToolContext,
  before: string,
  opts: ReadBackOptions,
): Promise<boolean> {
  const deadline = Date.now() + opts.withinMs;
  let read = false;
  for (;;) {
    try {
      const now = await tool.preview(args, ctx);
      read = true;
      if (now.fingerprint !== before && (!tool.idempotent || now.changes.length === 0)) return true;
    } catch (err) {
      if (tookEffect(tool.name, err)) return true;
      if (!asCoxswainError(err).transient) read = true;
    }
    if (Date.now() >= deadline) {
      if (read) return false;
      throw new CoxswainError(
        'unavailable',
        'cluster',
        `${tool.name} was sent but its answer was lost, and the target could not be read back for ${Math.round(opts.withinMs / 1000)}s, so whether it happened is not known. Look at the target (describe_workload) before you ask again.`,
        { transient: true },
      );
    }
    await new Promise((r) => setTimeout(r, opts.everyMs));
  }
}
