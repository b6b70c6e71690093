/**
 * "dana said 'roll back web in prod' but I want to look first. describe web production", "Please DO NOT scale api in
 * prod, I only want to know how many replicas it has": a read asked for in the person's own words beside a change
 * that is quoted, someone else's, ruled out or put off. The read is the request (the reader is not sure of it, so a
 * model reads it again when one is configured); a change asked for in the person's own words leaves the reading as it
 * was.
 */

import type { PlanContext, ToolPlan } from '../../plan.ts';
import { isWriteTool } from '../intent.ts';
import { stripMarkup } from '../normalize.ts';
import type { Separated } from '../quoted.ts';
import { type Reading, read } from '../read.ts';
import { COMMAND_CLAUSE } from './command-beside-read.ts';
import { isWriteVerbIn } from './common.ts';

/** Words that ask to see: the read clause must say it wants a look, not only name an object. */
const LOOK =
  /\b(show|describe|list|see|look at|(have|take) a look|check|status|state|logs?|pods?|what'?s|what is|what are|how many|which (image|version|revision)|details?|tell me|know)\b/i;
/** A change someone else asked for or wrote: "dana said", "ops asked for", "my lead wrote", "that's what … asked for". */
const SOMEONE_ELSES = /\b(said|says|wrote|writes|asked for|asks for|wants|wanted|posted|suggested|suggests|told (me|us))\b/i;
/**
 * A change ruled out or put off: "do NOT scale", "we don't have to", "let's hold off", "not now", "look first", "I'd
 * rather see its logs first".
 */
const NOT_NOW =
  /\b(do not|don'?t|dont|not|never|no need|hold off|not now|(look|check|see|it) first|first (let|i|we)|before (we|i) (act|do|change|touch)|(i'?d|we'?d|i would|we would) rather (see|look|check|read|have a look)|(logs?|status|state|pods|events) first)\b/i;
/** "don't forget to restart it": a change asked for all the same. */
const ASKED_ALL_THE_SAME = /\b(do not|don'?t|dont|never) (forget|hesitate|wait)\b|\bnot (only|just)\b/i;
/** A question about the quoted words themselves: "what does this log line mean?", "does that look right?". */
const ABOUT_THE_QUOTE =
  /\b(mean|means|meaning|advise|advice|look right|right to you|make sense|makes sense|(is|are) (this|that|these|it) (right|ok|okay|correct|safe))\b/i;
/** The words that tell whose idea a change is, up to the change: "Nikos said we should ", "ops wants us to ". */
const TOLD_BY = new RegExp(
  `^.*?${SOMEONE_ELSES.source}\\s*(that\\s+)?((we|you|i|us|me) (should|could|must|need to|ought to|to)\\s+)?`,
  'i',
);
const PRONOUN = /\b(it|its|that|this|them|their)\b/i;

export function readWanted(r: Reading, plain: string, parts: Separated, ctx: PlanContext): Reading {
  if (r.plan.outcome === 'tool' || r.plan.outcome === 'help' || !changeIn(plain)) return r;
  const clauses = stripMarkup(parts.said)
    // A comma before a value of the read ("…, last 100 lines") does not end its clause.
    .split(/[.;!?\n]+|,\s+(?!(?:the )?(?:last|past|for|from|since|over|in|at|with|\d))|\s[-\u2013\u2014]+\s|\bbut\b/i)
    .map((c) => c.trim())
    .filter((c) => /[a-z]/i.test(c));
  let change: ToolPlan | undefined;
  for (const q of parts.quotedCommands) {
    const quoted = read(q, ctx);
    if (quoted.plan.outcome === 'tool' && isWriteTool(quoted.plan.tool)) change ??= quoted.plan;
  }
  const looks: string[] = [];
  let ownChange = false;
  let ruledOut = false;
  for (const clause of clauses) {
    if (ABOUT_THE_QUOTE.test(clause)) return r;
    if (NOT_NOW.test(clause) && !ASKED_ALL_THE_SAME.test(clause)) ruledOut = true;
    const alone = read(clause, ctx);
    if (changeIn(clause) || (alone.plan.outcome === 'tool' && isWriteTool(alone.plan.tool))) {
      // A change in the person's own words counts only when it is someone else's or ruled out.
      if (ASKED_ALL_THE_SAME.test(clause) || !(SOMEONE_ELSES.test(clause) || NOT_NOW.test(clause))) return r;
      if (alone.plan.outcome === 'tool' && isWriteTool(alone.plan.tool)) change ??= alone.plan;
      // "Nikos said we should restart worker in production": the change someone else named, read without the telling.
      const told = clause.replace(TOLD_BY, '');
      const named = told !== clause ? read(told, ctx) : undefined;
      if (named?.plan.outcome === 'tool' && isWriteTool(named.plan.tool)) change ??= named.plan;
      ownChange = true;
    } else if (LOOK.test(clause) && !clause.endsWith(':')) {
      // ("Log snippet from api in staging:" introduces what was pasted; it asks for nothing.)
      looks.push(clause);
    }
  }
  // The change is somewhere: in quoted text, or in the person's words and ruled out or put off (someone else's alone
  // may be passed on: "she says promote it").
  const quoted = plain !== stripMarkup(parts.said) && !ownChange;
  if (!quoted && !ruledOut) return r;
  const on = change?.args as Record<string, unknown> | undefined;
  const object = on ? `${String(on.name ?? on.target)} in ${String(on.namespace)}` : undefined;
  const reads = new Map<string, ToolPlan>();
  for (const clause of looks) {
    const said = PRONOUN.test(clause) && object ? clause.replace(PRONOUN, object) : clause;
    const alone = read(said, ctx);
    if (alone.plan.outcome !== 'tool' || isWriteTool(alone.plan.tool)) continue;
    // A read of nothing in particular ("first let me see its status" with no object) is no answer.
    if (Object.keys(alone.plan.args).length === 0) continue;
    reads.set(JSON.stringify([alone.plan.tool, alone.plan.args]), alone.plan);
  }
  if (reads.size !== 1) return r;
  const [plan] = reads.values();
  if (change && !sameObject(change, plan)) return r;
  return { plan, confident: false, unsure: 'a read beside a change not asked for' };
}

function changeIn(text: string): boolean {
  return isWriteVerbIn(text) || text.split(/[.:;!?\n,]+/).some((c) => COMMAND_CLAUSE.test(c.trim()));
}

function sameObject(change: ToolPlan, look: ToolPlan): boolean {
  const c = change.args as Record<string, unknown>;
  const l = look.args as Record<string, unknown>;
  const name = l.name ?? l.workload;
  return (name === undefined || name === (c.name ?? c.target)) && (l.namespace === undefined || l.namespace === c.namespace);
}
