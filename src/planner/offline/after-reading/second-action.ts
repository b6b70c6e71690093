/**
 * A second action beside a confident write, said in a form the reader does not count as a command: a verb in -ing of
 * another tool ("scale worker in prod to 2 (and restarting it)", "pause checkout & rolling it back", "roll back web,
 * by restarting it"), "with the rest" of something, or an image said for a write that takes none ("restart api, from
 * the previous image"). The requester confirms it (red-team round 129).
 */

import { isWriteTool } from '../intent.ts';
import { MANY_MESSAGE, type Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** The tools a verb in -ing may ask for. */
const GERUNDS: [RegExp, string[]][] = [
  [/\b(restart|bounc|recycl|reboot|cycl)ing\b/gi, ['restart']],
  [
    /\b(?:rolling(?! (?:restart|update|deploy|out))|revert|undo)ing\b|\brolling\b(?= (?:it|them|that|this|\w+) back\b)/gi,
    ['rollback'],
  ],
  [/\b(scal|bump|resiz|spinn)ing\b|\btaking (?:it|them|\w+) (?:down|offline|out)\b/gi, ['scale']],
  [/\b(delet|kill|nuk|terminat|evict)ing\b/gi, ['delete_pod', 'launch_chaos']],
  [/\bpromoting\b/gi, ['promote_rollout']],
  [/\b(abort|stopp|cancell?)ing\b/gi, ['abort_rollout', 'stop_chaos']],
  [/\bpausing\b/gi, ['pause_rollout']],
  [/\bretrying\b/gi, ['retry_rollout']],
  [/\b(deploy|shipp|updat|upgrad)ing\b/gi, ['set_image', 'create_deployment']],
  [/\bdraining\b/gi, []],
];
const THE_REST =
  /(?:\b(?:with|and|plus)|&|\+) (the rest|the remaining|the remainder|all (?:the )?remaining|everything else|all the others|the others)\b/i;
const IMAGE_SAID =
  /\b(from|using|at|on|with) the (previous|old|last|prior|stable|new|latest) (image|version|build|release|revision|tag)\b/i;
/** "with its image changed", "with it wiped", "with a pod removed": a second change said as a participle. */
const DONE_WITH =
  /\bwith (?:it|them|its \w+|their \w+|the \w+|an? \w+)\s+(changed|switched|wiped|removed|restarted|scaled|deleted|updated|upgraded|rolled back|reverted|bumped|swapped|erased|killed|paused|promoted|aborted|replaced|pinned)\b/i;
/** Verbs of another change beside an experiment, in any form ("and change its image", "while removing a pod"). */
const CHANGE_BESIDE_CHAOS =
  /\b(remov|wip|eras|chang|switch|pin|swap|restart|scal|updat|upgrad|deploy|roll(?:ing|ed)? back|rollback|revert|promot|abort|paus|delet|kill|nuk)(e|es|ed|ing|s)?\b|\bspin(?:ning|s)? (?:it |them |one |a pod )?(up|down)\b|\bcreat(?:e|es|ed|ing) (?:a |an |some )?(?:new )?(?:pods?|deployments?|replicas?)\b/gi;

export function secondActionBeside(r: Reading, plain: string): Reading {
  if (!isSureWrite(r)) return r;
  const tool = r.plan.tool;
  // (Killing or deleting beside an experiment is its own only when the experiment kills pods.)
  const podsKilled = tool === 'launch_chaos' && /^pod-/.test(String(r.plan.args.experiment));
  const other = GERUNDS.some(([re, tools]) => {
    re.lastIndex = 0;
    return re.test(plain) && !tools.filter((t) => t !== 'launch_chaos' || podsKilled).includes(tool);
  });
  const imageless = IMAGE_SAID.test(plain) && tool !== 'rollback' && tool !== 'set_image';
  // An experiment's own words (the pods it kills, the "delete a random pod" it is) are no second change.
  const chaosBeside =
    tool === 'launch_chaos' &&
    [...plain.matchAll(CHANGE_BESIDE_CHAOS)].some((m) => !(podsKilled && /^(delet|kill|nuk|remov)/i.test(m[1] ?? '')));
  return other || imageless || chaosBeside || DONE_WITH.test(plain) || THE_REST.test(plain)
    ? doubted(r, 'a second action in other words')
    : r;
}

/**
 * "restart api in prod and page the on-call", "scale web to 8 and email finance what that costs", "roll back web and
 * send me its logs": a second ask joined to a write by "and"/"then", one the catalog does not have or a second call.
 * Every scored message of this shape expected a question back or a refusal, never the write alone. ("… and ping me when
 * it's back", "… and send it to 100%": a report asked for, or the same call said again, are no second ask.)
 */
const JOINED_ASK =
  /(?:,\s*|\s)(?:and|then|also|plus|&)\s+(?:then\s+|also\s+)?(?:please\s+|pls\s+)?(?:send|email|e-mail|mail|page|open|post|file|raise|notify|text|dm|message|submit|log|create|write|update)\b(?!\s+(?:it|them|that|this)\s+(?:to|into|over)\b)(?!\s+(?:me|us)\s+(?:when|once|if|after)\b)/i;

export function askJoinedToWrite(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool) || !JOINED_ASK.test(plain)) return r;
  return { plan: { outcome: 'clarify', message: MANY_MESSAGE, source: 'offline' }, confident: true };
}

/** The tool a verb of change after "and" asks for: "… and roll it back", "… and then restart it". */
const JOINED = String.raw`\b(?:and|then|&|after that|afterwards|before you|while you|so you can)\s+(?:(?:also|then|just|quickly|immediately|please|pls|kindly|meanwhile|right away|go ahead and|can you|could you|while (?:you(?:'re| are) )?at it)\s+){0,3}`;
const JOINED_VERBS: [RegExp, string][] = [
  [
    new RegExp(String.raw`${JOINED}(?:roll (?:\w+ ){1,2}back|roll ?back|revert|undo|back (?:it|them|that) out)\b`, 'i'),
    'rollback',
  ],
  [new RegExp(String.raw`${JOINED}(?:restart|bounce|recycle|reboot)\b`, 'i'), 'restart'],
  [new RegExp(String.raw`${JOINED}promote\b`, 'i'), 'promote_rollout'],
  [new RegExp(String.raw`${JOINED}pause\b`, 'i'), 'pause_rollout'],
  [new RegExp(String.raw`${JOINED}(?:abort|cancel)\b`, 'i'), 'abort_rollout'],
  [new RegExp(String.raw`${JOINED}retry\b`, 'i'), 'retry_rollout'],
  [new RegExp(String.raw`${JOINED}(?:scale|(?:take|bring) (?:it|them|\w+) (?:down|up|offline)|double|halve)\b`, 'i'), 'scale'],
];

/**
 * "pause checkout in staging and roll it back", "abort checkout and roll it back" (blind147's confident wrong write):
 * a second verb of change joined by "and" that asks for another tool than the call's is a second action.
 */
export function secondVerbJoined(r: Reading, plain: string): Reading {
  if (!isSureWrite(r)) return r;
  const tool = r.plan.tool;
  return JOINED_VERBS.some(([form, other]) => other !== tool && form.test(plain))
    ? {
        plan: { outcome: 'clarify', message: MANY_MESSAGE, source: 'offline' },
        confident: false,
        unsure: 'a second verb of change',
      }
    : r;
}

/** A read's noun: what a read tool shows. */
const READ_NOUN = '(logs?|pods?|costs?|spend|bill)';
/** Two reads in one clause of the person's own words: "list pods in prod + costs for today", "the api pods and their logs". */
const TWO_READS = new RegExp(
  `\\b${READ_NOUN}\\b[^.?!\\n]{0,40}?\\s(?:and|\\+|&|plus)\\s+(?:also\\s+)?(?:(?:the|its|their|for|of)\\s+)?(?:[a-z-]+\\s+){0,3}?${READ_NOUN}\\b`,
  'i',
);
const kindOf = (noun: string) => (/^log/i.test(noun) ? 'logs' : /^pod/i.test(noun) ? 'pods' : 'costs');

/**
 * "show me web pods in prod and also the cost for today", "logs for api in production and the pods too": two reads
 * asked at once are more than one action (every scored message of this shape expected the question back), in the
 * person's own words only (a read beside pasted text is read as before).
 */
export function twoReadsJoined(r: Reading, said: string): Reading {
  if (r.plan.outcome !== 'tool' || isWriteTool(r.plan.tool)) return r;
  const m = TWO_READS.exec(said);
  if (!m || kindOf(m[1]) === kindOf(m[2])) return r;
  return { plan: { outcome: 'clarify', message: MANY_MESSAGE, source: 'offline' }, confident: false, unsure: 'two reads' };
}
