/**
 * Words around a sure write that change when, whether or on what it is asked (red-team round 151): a window in the
 * past ("for the past hour"), which no experiment can run for; a rate ("10 minutes a day"), which no one call repeats;
 * "yday"; a task-list mark of doubt, cancellation or work in progress ("[?]", "[-]", "[/]", a leading "x"); a clause
 * that depends on a main clause that is not there ("now that we roll back …", "so you can …", "that they …"); praise
 * or what the listener would do ("way to roll back …", "you'd restart …"); a workload or namespace of someone else
 * ("their prod", "his staging"); a size of compute rather than of replicas ("scale the compute of web"). Each leaves
 * the write for the requester to confirm.
 */

import type { PlanContext } from '../../plan.ts';
import { nameSets } from '../inventory-names.ts';
import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

const UNIT = '(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)';
/** "for the past hour", "within the previous 30 minutes", "the past day": a window that is over. */
const PAST_WINDOW = new RegExp(
  `\\b(?:the\\s+)?(?:past|previous|preceding|prior)\\s+(?:\\d+\\s*|an?\\s+|few\\s+|couple(?:\\s+of)?\\s+)?${UNIT}\\b`,
  'i',
);
/** "for 10 minutes a day", "5 minutes an hour", "30s a minute": a share of each period, again and again. */
const RATE = new RegExp(
  `\\b(?:\\d+\\s*|an?\\s+|one\\s+)${UNIT}\\s+(?:a|an|each|every|per)\\s+(?:minute|hour|day|night|week|month)\\b`,
  'i',
);
/** "yday", "ystd": yesterday, shortened. */
const YESTERDAY = /\b(?:yday|ystd|yest|ydy)\b/i;
/** "[?] …", "… [??]", "[-] …", "[/] …", "x restart api": a task-list mark other than done. */
const TASK_MARK = /\[\s*(?:\?+|-|\/|~|!)\s*\]|^\W*x\s+(?=[a-z])/i;
/** "now that we …", "so (that) you can …", "that they …": a clause that hangs on one not said. */
const HANGING =
  /^\W*(?:now that|so that|so (?:we|you|i|they) (?:can|could)|in order to|that (?:we|you|they|he|she|i)|which (?:we|you|they)|whereas|whereby|given that|seeing (?:as|that))\b/i;
/** "way to roll back web", "you'd restart api", "you would …": praise for what was done, or what one would do. */
const NOT_ASKED = /^\W*(?:way to|nice going|good job|great job|you'?d|you would|you will have|you'?ll have)\b/i;
/** "scale the compute of web", "the web processor": CPU under other names, which no replica count sizes. */
const COMPUTE = /\b(?:compute|processors?|vcpus?|cpu cores?|cores?)\b/i;

export function timesMarksAndClauses(r: Reading, plain: string, text: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r)) return r;
  const tool = r.plan.tool;
  if (PAST_WINDOW.test(plain) && tool === 'launch_chaos') return doubted(r, 'a window in the past');
  if (RATE.test(plain)) return doubted(r, 'a rate');
  if (YESTERDAY.test(plain)) return doubted(r, 'yesterday');
  if (TASK_MARK.test(text)) return doubted(r, 'a task-list mark');
  if (HANGING.test(plain)) return doubted(r, 'a clause without its main clause');
  if (NOT_ASKED.test(plain)) return doubted(r, 'praise or what one would do');
  if (tool === 'scale' && COMPUTE.test(plain)) return doubted(r, 'a size of compute');
  const { workloads, namespaces } = nameSets(ctx).known.correction;
  const owned = /\b(?:their|his|her|its)\s+(?:own\s+)?([a-z0-9-]+)/gi;
  for (const m of plain.matchAll(owned)) {
    const w = m[1].toLowerCase();
    if (workloads.has(w) || namespaces.has(w)) return doubted(r, "someone else's");
  }
  return r;
}
