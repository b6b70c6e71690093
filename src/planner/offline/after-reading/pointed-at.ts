/**
 * Checks after the reading on requests that point at words said elsewhere in the message: an option chosen, a value
 * or a build said before, the same view for another place, a log window in another sentence, one action said twice, a
 * list of what a pronoun points to.
 */

import type { PlanContext, ToolPlan } from '../../plan.ts';
import { resolveCall } from '../../resolve.ts';
import { earlierValue } from '../earlier-value.ts';
import { isWriteTool } from '../intent.ts';
import { knownNames, nameSets, workloadNames } from '../inventory-names.ts';
import { inEnglish } from '../language.ts';
import { inDigits, unitSeconds } from '../numbers.ts';
import { chosenOption, placedObject } from '../options.ts';
import { finish, MANY_MESSAGE, type Reading, read, TOOK_BACK_MESSAGE, takenBack } from '../read.ts';
import { sameBuildText } from '../same-build.ts';
import { askBack, isWriteVerbIn, placesIn } from './common.ts';

/** "…, promote it", "… — roll it back please": a verb and a pronoun after the request, maybe the same action again. */
const SAID_AGAIN =
  /^(.+?)\s*(?:[,;.!]|\s[-\u2013\u2014]+)\s*(?:(?:so|just|and|please|pls|ok|okay|then|yes|yeah|(?:can|could|would) (?:you|u))\s+)*([a-z]+(?: [a-z]+)?) (?:it|that|them)(?: (back|out|over|through|forward|along))?\s*(?:please|pls|now|asap|for (?:me|us))?\s*[.!?]*$/i;

/**
 * "switch payments over to the preview, promote it": one action said twice, the second time by its verb and a
 * pronoun, is no second action. Read as the first, for the requester to confirm.
 */
export function sameActionTwice(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'clarify' || r.plan.message !== MANY_MESSAGE) return r;
  const m = SAID_AGAIN.exec(plain.trim());
  if (!m) return r;
  // "abort checkout in staging. scrap that": not the action again, the request taken back.
  if (/^scrap$/i.test(m[2]) && takenBack(plain, plain)) {
    return { plan: { outcome: 'clarify', message: TOOK_BACK_MESSAGE, source: 'offline' }, confident: true };
  }
  const first = read(m[1], ctx);
  if (first.plan.outcome !== 'tool') return r;
  // "grab the last 300 lines of api logs, could you pull them?": a read fetched again by a verb of fetching.
  if (!isWriteTool(first.plan.tool)) {
    return /^(pull|grab|get|fetch|show|send|give|list|post|paste|share)$/i.test(m[2])
      ? { ...first, confident: false, unsure: 'one read said twice' }
      : r;
  }
  const { name, target, namespace } = first.plan.args as Record<string, unknown>;
  const again = read(`${m[2]} ${String(name ?? target)}${m[3] ? ` ${m[3]}` : ''} in ${String(namespace)}`, ctx);
  if (again.plan.outcome !== 'tool' || again.plan.tool !== first.plan.tool) return r;
  return { ...first, confident: false, unsure: 'one action said twice' };
}

/** "… twice", "… then again", "… as well": the same action asked more than once, or for more than one thing. */
const MORE_THAN_ONCE = /\b(again|twice|once more|another|as well|too|also|then|after that|both|each|every|all of them)\b/i;
/** "don't roll back", "not abort", "no rollback": an action the person rules out, which asks for nothing. */
const RULED_OUT = /^(?:(?:but|and|just|so|i mean|ie|i\.e\.)\s+)*(?:do not|don'?t|dont|not|no|never|rather than|instead of)\b/i;

/**
 * "kick the prod worker pods, rolling restart pls", "stop the rollout, don't roll back, just abort it": one action said
 * twice in other words (the second may lean on the first's object), beside actions ruled out; or one call with only
 * why beside it ("rollback checkout in prod, the hotfix isn't holding"). Read as the one call every clause of action
 * comes to, for the requester to confirm.
 */
export function sameActionReworded(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'clarify' || r.plan.message !== MANY_MESSAGE || MORE_THAN_ONCE.test(plain)) return r;
  // "abort checkout in staging. cancel that": the words after it take the request back, they do not say it again.
  if (takenBack(plain, plain) || /\b(?:cancel|scrap|drop|forget|ignore|undo|skip) (?:that|this|it)\W*$/i.test(plain)) return r;
  const said = plain
    .split(/\s*(?:[,;.!?\n]+|\s[-\u2013\u2014]+)\s*/)
    .map((c) => c.replace(/^(?:i mean|ie|i\.e\.|so|just|and|ok|okay)\s+/i, '').trim())
    .filter((c) => /[a-z]/i.test(c));
  const ruledOut = said.filter((c) => RULED_OUT.test(c));
  const clauses = said.filter((c) => !ruledOut.includes(c));
  let call: ToolPlan | undefined;
  const pending: string[] = [];
  const reasons: string[] = [];
  const unread: string[] = [];
  let callSure = false;
  for (const clause of clauses) {
    const alone = read(clause, ctx);
    if (alone.plan.outcome === 'tool') {
      // "the canary is throwing 5xx at 20%": a state told, which the reader would look at, is the reason.
      if (!isWriteTool(alone.plan.tool) && !alone.confident && /statement|reported/.test(alone.unsure ?? '')) {
        reasons.push(clause);
        continue;
      }
      if (!isWriteTool(alone.plan.tool) && !isWriteVerbIn(clause)) {
        // A read of the clause's own ("… show me the pods") is a second ask; a verb with no object leans on the call.
        if (/\b(it|that|this|them|one)\b/i.test(clause) || clause.split(/\s+/).length <= 2) pending.push(clause);
        else return r;
        continue;
      }
      if (!isWriteTool(alone.plan.tool)) {
        pending.push(clause);
        continue;
      }
      if (call && !sameCall(call, alone.plan)) return r;
      callSure ||= alone.confident;
      call ??= alone.plan;
      continue;
    }
    unread.push(clause);
  }
  if (!call) return r;
  const { name, target, namespace } = call.args as Record<string, unknown>;
  const object = `${String(name ?? target)} in ${String(namespace)}`;
  // A clause read as no call alone may be an action on the call's object ("…, roll it back"), or say why.
  for (const clause of unread) {
    if (isWriteVerbIn(clause) || /\b(bounce|kick|freeze|hold|pull|nuke|revert|undo|promote|ship)\b/i.test(clause)) {
      pending.push(clause);
      continue;
    }
    const leaned = read(leanOn(clause, object), ctx);
    if (leaned.plan.outcome === 'tool' && leaned.confident) pending.push(clause);
    else reasons.push(clause);
  }
  // "rollback checkout in prod, the hotfix isn't holding and I don't want to find out at peak": the one call and why.
  if (pending.length === 0 && !(callSure && onlyWhy(call, [...reasons, ...ruledOut], plain, ctx))) return r;
  for (const clause of pending) {
    const again = read(leanOn(clause, object), ctx);
    if (again.plan.outcome !== 'tool' || !sameCall(call, again.plan)) return r;
    // "undo the last deploy of web, go back to revision 1": the saying with more values is the call.
    if (Object.keys(again.plan.args).length > Object.keys(call.args).length) call = again.plan;
  }
  return { plan: call, confident: false, unsure: 'one action said twice' };
}

/** Words beside a call that may say when, how many, for what else, or that it is no longer needed. */
const MORE_THAN_WHY =
  /\b(same|ditto|likewise|after|before|until|till|once|if|unless|when|whenever|tomorrow|tonight|later|yet|first|next|instead|stopped|dropped|recovered|resolved|cleared|fine now|went away|back to (?:normal|baseline)|wait|hold off|safe|should|could|would|might|maybe|check|verify|watch|then)\b|\?|\d/i;

/** "for the cutover at half past two", "traffic doubles in twenty minutes": an event or a time the call may be for. */
const EVENT_OR_TIME =
  /\b(?:for|at|during|before|ahead of) (?:the |our |a )?(?:cutover|launch|release|migration|window|deploy\w*|demo|sale|event|game ?day|drill|peak|freeze)\b|\bhalf past\b|\bo'?clock\b|\bnoon\b|\bmidnight\b|\bfortnight\b|\bin (?:a|an|one|two|three|five|ten|fifteen|twenty|thirty|\w+) (?:minutes?|hours?|days?|weeks?)\b/i;

/**
 * Whether the clauses beside a call say only why it is wanted: no other object, no number, no time or condition, no
 * question, no word that it is no longer needed, and no action ruled out that is the call itself.
 */
function onlyWhy(call: ToolPlan, others: string[], plain: string, ctx: PlanContext): boolean {
  if (/[\n?]/.test(plain) || others.length === 0) return false;
  const { name, target, namespace } = call.args as Record<string, unknown>;
  const mine = new Set([String(name ?? target), String(namespace)]);
  const names = nameSets(ctx).known.correction;
  return others.every((c) => {
    // ("DROP TABLE users", "par abhi nahi, deploy ke baad": words that are no English sentence.)
    if (MORE_THAN_WHY.test(c) || EVENT_OR_TIME.test(c) || /\b[A-Z]{3,}\b/.test(c) || inEnglish(c) !== undefined) return false;
    const words = c.toLowerCase().split(/[^a-z0-9-]+/);
    if (
      words.some(
        (w) => (names.workloads.has(w) && !mine.has(w)) || (names.namespaces.has(w) && !mine.has(names.namespaces.get(w) ?? '')),
      )
    )
      return false;
    // "…, don't actually kill it": the call itself ruled out.
    if (RULED_OUT.test(c)) {
      const leaned = read(
        c.replace(RULED_OUT, '').replace(/\b(it|that|this|them)\b/i, `${String(name ?? target)} in ${String(namespace)}`),
        ctx,
      );
      if (leaned.plan.outcome === 'tool' && leaned.plan.tool === call.tool) return false;
    }
    return true;
  });
}

/** A clause with the call's object put in for its pronoun, or after it. */
function leanOn(clause: string, object: string): string {
  return /\b(it|that|this|them)\b/i.test(clause) ? clause.replace(/\b(it|that|this|them)\b/i, object) : `${clause} ${object}`;
}

/** The same tool on the same object, with no argument said two ways. */
function sameCall(a: ToolPlan, b: ToolPlan): boolean {
  if (a.tool !== b.tool) return false;
  const x = a.args as Record<string, unknown>;
  const y = b.args as Record<string, unknown>;
  return Object.keys(y).every((k) => x[k] === undefined || JSON.stringify(x[k]) === JSON.stringify(y[k]));
}

/**
 * "I need everything from the last 45 minutes. Worker in staging, logs.": a window said in another sentence than the
 * logs' own, for the requester to confirm.
 */
export function logWindowSaid(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'get_logs' || r.plan.args.sinceSeconds !== undefined) return r;
  // ("just the last hour please": one of the unit.)
  const w = [
    ...inDigits(plain).matchAll(
      /\b(?:last|past|previous) (\d+ ?|(?=hour\b|minute\b))(minutes?|mins?|hours?|hrs?|h|seconds?|secs?)\b/gi,
    ),
  ];
  if (w.length !== 1 || /\b(lines?|entries)\b/i.test(plain)) return r;
  const seconds = Number(w[0][1].trim() || 1) * (unitSeconds(w[0][2].toLowerCase()) ?? Number.NaN);
  if (!Number.isFinite(seconds) || seconds <= 0) return r;
  return logsWith(r, { sinceSeconds: seconds }, ctx, 'a window said in another sentence');
}

/** The logs read with a value said in another sentence, for the requester to confirm (or the reading, if it fails). */
function logsWith(r: Reading, value: Record<string, number>, ctx: PlanContext, why: string): Reading {
  if (r.plan.outcome !== 'tool') return r;
  const plan = resolveCall('get_logs', { ...r.plan.args, ...value }, ctx, 'offline');
  return plan.outcome === 'tool' ? { plan, confident: false, unsure: why } : r;
}

/**
 * "logs of the payments preview? want the last 300 lines": a count of lines said in another sentence than the logs'
 * own, for the requester to confirm.
 */
export function logLinesSaid(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'get_logs') return r;
  const said = new Set(
    [...inDigits(plain).matchAll(/\b(\d+) (?:log |more |most recent |latest )?(?:lines?|entries)\b/gi)].map((m) => Number(m[1])),
  );
  if (said.size !== 1) return r;
  const [lines] = said;
  // (A count the reading took from the words, as a correction's "make it 150", stands.)
  const took = r.plan.args.tailLines;
  if (lines <= 0 || lines === took || new RegExp(`\\b${String(took)}\\b`).test(plain)) return r;
  return logsWith(r, { tailLines: lines }, ctx, 'lines said in another sentence');
}

/** "… now give me that same view for staging": the read said before, for another place. */
const SAME_VIEW =
  /\b(?:(?:that|the) )?same (?:view|thing|numbers?|report|breakdown|list|query|output|data|logs|costs?|info)\b[^.?!;\n]*?\b(?:for|in|on|of) ([a-z][a-z0-9-]*)\b[^.?!;\n]*[.?!]*\s*$/i;

/**
 * "production costs for the last 7 days are what I looked at yesterday; now give me that same view for staging": the
 * read of the words before, in the place the pointer names, unsure. Reads only.
 */
export function sameViewThere(r: Reading, plain: string, ctx: PlanContext): Reading {
  const m = SAME_VIEW.exec(plain);
  const place = m && nameSets(ctx).known.correction.namespaces.get(m[1].toLowerCase());
  if (!m || !place || isWriteVerbIn(m[0]) || (r.plan.outcome === 'tool' && isWriteTool(r.plan.tool))) return r;
  // The sentences before the pointer's own.
  const start = Math.max(...[...plain.slice(0, m.index).matchAll(/[.;!?\n]/g)].map((x) => x.index ?? -1), -1);
  if (start < 0) return r;
  const before = read(plain.slice(0, start), ctx, false, true);
  if (before.plan.outcome !== 'tool' || isWriteTool(before.plan.tool) || before.plan.args.namespace === place) return r;
  const plan = resolveCall(before.plan.tool, { ...before.plan.args, namespace: place }, ctx, 'offline');
  return plan.outcome === 'tool' ? { plan, confident: false, unsure: 'the same read for another place' } : r;
}

/** "staging web has been on 1.8.0 for days … ship the same build to prod": that version, there, for the requester to confirm. */
export function sameBuild(r: Reading, plain: string, ctx: PlanContext): Reading {
  const names = nameSets(ctx).known.correction;
  const same = sameBuildText(plain, names.workloads, names.namespaces);
  // "do that again" may be the action a reading found; an unsure read of the story is not one.
  if (!same || (!same.named && r.plan.outcome === 'tool' && (isWriteTool(r.plan.tool) || r.confident))) return r;
  // "do NOT put the same build in prod", "Ravi wants the same build in prod": a version pointed at and not asked for
  // now, or not found, is no write of some other version.
  if (same.text === undefined) {
    if (r.plan.outcome !== 'tool') return r;
    return isWriteTool(r.plan.tool)
      ? askBack('Which version, on which workload and where? Say it whole, e.g. "set image of web in production to 1.8.0".')
      : { ...r, confident: false, unsure: 'a version pointed at' };
  }
  const s = read(same.text, ctx, false, true);
  return s.plan.outcome === 'tool' ? { ...s, confident: false, unsure: 'the same version for another place' } : r;
}

/** "a) restart web in staging b) scale it to 3 — go with b": the option chosen is the request, for the requester to confirm. */
export function optionChosen(r: Reading, plain: string, ctx: PlanContext): Reading {
  const chosen = chosenOption(plain, knownNames(ctx));
  const o = chosen === undefined ? undefined : read(chosen, ctx, false, true);
  if (o?.plan.outcome === 'tool') return { ...o, confident: false, unsure: 'an option chosen' };
  // "two deployments I care about: prod worker and staging api. restart the second one": an object by its place.
  const placed = placedObject(plain, workloadNames(ctx), nameSets(ctx).known.correction.namespaces);
  const p = placed === undefined ? undefined : read(placed, ctx, false, true);
  return p?.plan.outcome === 'tool' ? { ...p, confident: false, unsure: 'an object by its place in a list' } : r;
}

/**
 * "The target is 150ms. Add that much delay to api in staging": the value said before, in the request's sentence. A
 * request that points at a value it cannot find ("add that much delay to api") is never sure.
 */
export function pointedValue(r: Reading, plain: string, ctx: PlanContext): Reading {
  const found = earlierValue(plain, workloadNames(ctx), knownNames(ctx));
  if (found === undefined) return r;
  const alone = found.text === undefined ? undefined : read(found.text, ctx, false, true);
  if (alone?.plan.outcome === 'tool') return { ...alone, confident: false, unsure: 'a value said before' };
  // "add that much latency to api": a value pointed at and not found is asked for, not taken from a default.
  if (!found.later && found.text === undefined && r.plan.outcome === 'tool' && ['launch_chaos', 'scale'].includes(r.plan.tool)) {
    return askBack(
      `You point at a value ("${found.pointer}") I cannot find in your message. Say the value itself, e.g. "add 200ms of latency to api in staging" or "scale web in staging to 4".`,
    );
  }
  return r.plan.outcome === 'tool' && r.confident
    ? { ...r, confident: false, unsure: `a value pointed at ("${found.pointer}")` }
    : r;
}

/**
 * "can you list it for her", "list them": a list of what a pronoun points to, with nothing to point to in the request.
 * A namespace named in a quoted question is what it points to; either way the requester confirms it.
 */
export function listPointedAt(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'list_workloads' || r.plan.args.namespace !== undefined) return r;
  if (!/\blist (it|them|that|those|these|this)\b/i.test(plain)) return r;
  const quoted = [...plain.matchAll(/["\u201c]([^"\u201d]+)["\u201d]/g)].map((m) => m[1]).join(' ');
  const spaces = nameSets(ctx).known.correction.namespaces;
  const named = [...new Set([...spaces.entries()].filter(([a]) => new RegExp(`\\b${a}\\b`, 'i').test(quoted)).map(([, n]) => n))];
  if (named.length === 1) {
    const plan = finish({ kind: 'tool', tool: 'list_workloads', args: { namespace: named[0] } }, ctx, plain);
    if (plan.outcome === 'tool') return { plan, confident: false, unsure: 'a namespace a quoted question names' };
  }
  return r.confident ? { ...r, confident: false, unsure: 'a pronoun with nothing to point to' } : r;
}

/**
 * "what's up with prometheus? give me the details": the details of the one workload the message names, not a list of
 * every workload; with none named, which one is asked.
 */
export function detailsOfNamed(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'list_workloads' || r.plan.args.namespace !== undefined) return r;
  if (!/\b(?:details|deets|describe)\b/i.test(plain)) return r;
  // ("list workloads with details", "everything in prod, details please": a list asked for.)
  if (/\b(?:list|ls|workloads|deployments|services|apps|everything|all|inventory|running|deployed)\b/i.test(plain)) return r;
  const words = plain.toLowerCase().split(/[^a-z0-9-]+/);
  const named = [...new Set(words.filter((w) => workloadNames(ctx).has(w)))];
  if (named.length > 1) return r;
  if (named.length === 0)
    return { ...askBack('Details of which workload? Say its name, e.g. "describe web in staging".'), confident: true };
  const place = placesIn(words, ctx);
  const plan = finish(
    { kind: 'tool', tool: 'describe_workload', args: { name: named[0], ...(place.length === 1 ? { namespace: place[0] } : {}) } },
    ctx,
    plain,
  );
  return plan.outcome === 'tool' ? { plan, confident: false, unsure: 'the details of the workload named' } : r;
}
