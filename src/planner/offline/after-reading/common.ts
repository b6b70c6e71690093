/**
 * What the checks after the reading share: a question back to the requester, the words of a request or a verb of
 * change in some text, the namespaces some words name.
 */

import type { PlanContext, ToolPlan } from '../../plan.ts';
import { isWriteTool } from '../intent.ts';
import { nameSets } from '../inventory-names.ts';
import type { Reading } from '../read.ts';

/** Words of a request of its own: a question, a read, a verb of change. */
export const ASKS_SOMETHING =
  /\?|\b(show|list|get|give|pull|tell|what|which|how|can|could|please|pls|restart|scale|roll|promote|abort|pause|retry|describe|delete|kill|set|stop|run|launch)\b/i;

/** A question back to the requester, not sure (in auto mode it goes to the model). */
export function askBack(message: string): Reading {
  return { plan: { outcome: 'clarify', message, source: 'offline' }, confident: false, unsure: 'clarify' };
}

/** A write the reading is sure of: what the checks that only ever take confidence away look at. */
export function isSureWrite(r: Reading): r is Reading & { plan: ToolPlan } {
  return r.plan.outcome === 'tool' && isWriteTool(r.plan.tool) && r.confident;
}

/**
 * The index of the word before `words[i]`, past the words `skip` matches ("scale web up 2", "the env up from
 * staging"); -1 when none is left.
 */
export function wordBefore(words: string[], i: number, skip: RegExp): number {
  let j = i - 1;
  while (j >= 0 && skip.test(words[j])) j--;
  return j;
}

/** The same reading, for the requester to confirm, and why. */
export function doubted(r: Reading, why: string): Reading {
  return { ...r, confident: false, unsure: why };
}

/** A verb of change anywhere in the message. */
export function isWriteVerbIn(plain: string): boolean {
  return /\b(promot\w*|abort\w*|paus\w*|retry|restart\w*|scal\w*|roll\w* back|rollback|kill|delete|stop|set|pull the plug|undo|revert)\b/i.test(
    plain,
  );
}

/** The namespaces some words name (aliases resolved), distinct, in order. */
export function placesIn(words: string[], ctx: PlanContext): string[] {
  const { namespaces } = nameSets(ctx).known.correction;
  return [...new Set(words.map((w) => namespaces.get(w)).filter((ns): ns is string => ns !== undefined))];
}
