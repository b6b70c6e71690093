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
import { HELP_MESSAGE } from '../help.ts';
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
/** "… why", "… what for", "… how so": a question about the ask, after it. */
const QUESTION_AFTER =
  /\b(?:why(?: now| so| that| this)?|what for|how so|how come|for what|really|seriously|you sure|sure about (?:it|that))\W*$/i;
/** "… before", "… while", "… and", "… vs": a sentence left hanging. */
const HANGING_END =
  /(?<!\b(?:version|versions|one|revision|release|build|image|day|week|night|time|times|tag|state|deploy)\s)\b(?:before|right before|just before|while|and|or|vs\.?|versus|but|after|until|till|because|if|when|unless|with|without|instead of)\W*$/i;
/** "… no way", "… no thanks", "… nah": the ask refused. */
const REFUSED_AFTER = /\b(?:no way|no thanks?|no thank you|no sir|no ma'?am|no gracias|no danke|nah|nope|not now|hell no)\W*$/i;
/** "u did roll back …", "ya would …", "do u need to …", "ready to roll back …": a report, a wish or a question. */
const SAID_OF_SOMEONE =
  /^\W*(?:(?:u|ya|you)\s+(?:did|would|'?d|were|was|about to|able to|gonna|going to|already|have|had|just)\b|do (?:u|ya|you) (?:need|want|have) to\b|(?:did|have|has) (?:u|ya)\b|(?:(?:we|i|you|u)(?:'re|'m| are| am)?\s+|are (?:we|you|u)\s+)?(?:all )?(?:ready|set|prepared|about) to\b)/i;
/** "… just now", "… a moment ago": done a moment ago. */
const JUST_DONE = /\b(?:just now|a moment ago|a minute ago|moments ago|earlier today)\b/i;
/** "stress most of the cpu", "at least": an amount the level does not say. */
const AMOUNT = /\b(?:most|much|least|at least|at most|maximum|minimum|all (?:of )?the|as much as)\b/i;
/** "blast radius of …", "duration of …": a question about the command. */
const ABOUT_COMMAND =
  /\b(?:blast radius|duration|severity|impact|risks?|effects?|side effects?|consequences?|downtime|cost) (?:of|for)\b|\b(?:blast radius|impact|risks?|side effects?|consequences?)\W*$/i;
/** "pause checkout for a while": a time the call does not take. */
const A_WHILE = /\bfor (?:a|some) (?:while|bit|spell|time)\b|\bfor now and then\b/i;
/** "can someone roll back web in prod", "could anyone …": asked of anyone, who may be a person. */
const ANYONE = /\b(?:can|could|would|will) (?:someone|somebody|anyone|anybody)\b/i;
/** "help: roll back web in prod", "usage of restart", "… examples": help on the command, not the command. */
const HELP_ON = /^\W*(?:help|usage|syntax|docs?|man)\b\s*(?::|with|for|of|on)\s|\b(?:usage|examples?|commands?|syntax)\W*$/i;

/**
 * "… to", "… the", "… what", "… do we", "…:", "… —": a message that ends on a word or a mark that needs more after it
 * (a preposition, an article, a possessive, a question word, a tag, a colon, a dash, an ellipsis): left unfinished.
 */
const UNFINISHED =
  /(?:\b(?:to|for|at|from|by|during|against|per|as|like|of|into|onto|via|about|than|between|among|across|through|towards?|upon|within|near|under|the|a|an|our|my|your|their|his|her|what|how|who|whom|whose|where|which|(?:do|did|have|has|are|were|should|shall|can|could|will|would) (?:we|you|u|i|they))\W*$)|(?:(?<!:[a-z0-9_+-]+):|[\u2014\u2013\u2026]|\.{2,}|\s-{1,2})\s*$|(?<=\w{3,}\s.{10,})\b(?:this|these|those)\W*$/i;
/** ":/", ":-/", "😕": a sign of doubt. */
const DOUBT_MARK = /(?:^|\s):-?[/\\](?=\s|$)/;
/** "need someone to …", "want them to …", "as him", "by her": the ask is for, or in the name of, someone else. */
const SOMEONE_ELSE =
  /\b(?:need|needs|want|wants|get|got|have|asked|ask)\s+(?:someone|somebody|anyone|anybody|them|him|her|a human|a person|ops|the team)\s+to\b|\b(?:as|by|for)\s+(?:him|her|them)\W*$/i;
/** "ur ready to", "ya want to", "u could", "u roll back …": chat shorthand for a report, a wish or a question. */
const SHORTHAND_OF_SOMEONE =
  /^\W*(?:(?:u|ya|ur|you'?re|you|your)\s+(?:(?:all\s+)?(?:ready|able|set|prepared)\s+(?:to|for)|could|might|may|want(?:ed)? to|wanna|gotta|roll|restart|scale|promote|abort|pause|kill|delete|stop|retry|bounce|set|revert)\b)|^\W*ready for\b/i;
/** "thanks for roll back web in prod": thanks for a change already made. */
const THANKS_FOR =
  /\b(?:thanks|thank you|thank u|thx|ty|cheers|kudos|(?:muchas )?gracias|danke(?: sch[oö]n)?|merci(?: beaucoup)?|obrigad[oa]|grazie(?: mille)?|arigato)\s+(?:a lot |so much )?for\s+(?:the\s+|that\s+|your\s+)?(?:[a-z-]+\s+){0,2}?(?:roll(?:ing|ed)?\s*back|rollback|restart\w*|scal\w*|promot\w*|abort\w*|paus\w*|bounc\w*|revert\w*|kill\w*)\b/i;
/** "against roll back …", "report: roll back …": a vote or a label before the words, not the ask. */
const LABEL_OR_VOTE = /^\W*(?:against|report|status|result|results|outcome|log|note|minutes|summary|agenda|todo|to-do)\b\s*:?/i;
/** "promote checkout in staging: complete", "promote of checkout … complete": the state of a step, told. */
const STATUS_TOLD =
  /:\s*(?:complete|completed|done|finished|ok|okay|success|succeeded|failed|pending)\W*$|^\W*(?:promot\w*|rollback|roll ?back|restart|scal\w*|abort\w*|paus\w*)\s+of\b.*\b(?:complete|completed|done|finished)\W*$/i;
/** "packet loss on api in staging": a symptom named, no experiment asked for. */
const SYMPTOM =
  /^\W*(?:packet loss|packet drops?|latency|delay|timeouts?|errors?|cpu spikes?|memory leaks?)\s+(?:on|for|in|at|with)\b/i;
/** "in the past we roll back …", "… possible": the past, or whether it can be done. */
const PAST_OR_POSSIBLE =
  /\bin the past\b|(?<!\b(?:as soon as|if|when|whenever|where|wherever)\s)\b(?:possible|doable|feasible|allowed|safe)\W*$/i;

/** "scale the compute of web", "the web processor": CPU under other names, which no replica count sizes. */
const COMPUTE = /\b(?:compute|processors?|vcpus?|cpu cores?|cores?)\b/i;

const CHANGE_VERB =
  '(?:roll|rollback|restart|kill|scale|promote|abort|pause|retry|delete|stress|bounce|set|revert|stop|launch|drop|add|inject|partition|resume|halve|double)';
/** "web in prod we roll back", "fyi we roll back …", "roll back we think …": someone tells what they do or think. */
const WE_DO = new RegExp(
  `(?<!\\b(?:can|could|shall|should|would|will|let|may|might|must|do|did|please|pls|if|when|once|unless|until|before|after|so|that)\\s)\\b(?:we|i|they|he|she)\\s+(?:\\w+ly\\s+|just\\s+|already\\s+|then\\s+|now\\s+)?${CHANGE_VERB}\\b|\\b(?:we|they|i) think\\b|\\bthink so\\b|(?<!\\b(?:why|how|when|who|where|what|you|u)\\s)\\bdid\\s+(?:\\w+ly\\s+)?${CHANGE_VERB}\\b`,
  'i',
);
/** "… no from me", "restart api [no] in staging", "… -1", "−1 roll back …": a vote against. */
const VOTE_AGAINST = /\bno (?:from|for) (?:me|us)\b|\[\s*(?:no|nope|-1|\u22121|x)\s*\]|(?:^|\s)[-\u2212]1\W*$|^\W*[-\u2212]1\b/i;
/** "the last roll back of web", "number of restart on api": an action named as a noun, counted or pointed at. */
const ACTION_AS_NOUN =
  /\b(?:last|recent|previous|current|latest|running|ongoing|pending|next|first)\s+(?:roll\s*back|rollback|restart|promotion|scale|pod[- ]?kill|abort|pause|retry)\s+(?:of|on|for)\b|^\W*(?:count|number of|total|how many)\b/i;
/** "… as him please", "restart api as them in staging", "by him quickly": done as or by someone else. */
const AS_SOMEONE = /\b(?:as|by)\s+(?:him|her|them)\b|\bfor (?:him|her)\b/i;
/** "… why me", "… who me", "… why not": a complaint or a question after the ask. */
const COMPLAINT = /\b(?:why|who) (?:me|us|not|them)\b/i;
/** "web in prod ready to roll back", "checkout able to promote": a status line. */
const STATUS_LINE = new RegExp(
  `(?<!\\b(?:you|u|ya)\\s+(?:be\\s+)?)\\b(?:ready|able|set|prepared|good|clear|cleared|ok|okay)\\s+(?:to|for)\\s+${CHANGE_VERB}`,
  'i',
);
/** "roll back web in prod someone": asked of anyone, after the ask. */
const ANYONE_AFTER = /\b(?:someone|somebody|anyone|anybody|whoever)\b/i;
/** "thanks very much for roll back …", "thanks again for …": thanks for a change made, words between. */
const THANKS_BETWEEN =
  /\b(?:thanks|thank you|thank u|thx|ty|cheers)\b(?:\s+\w+){1,3}?\s+for\s+(?:the\s+|that\s+|your\s+)?(?:[a-z-]+\s+){0,2}?(?:roll(?:ing|ed)?\s*back|rollback|restart\w*|scal\w*|promot\w*|abort\w*|paus\w*)/i;
/** "promote checkout on healthy", "roll back web on failing": a trigger on a state, for later. */
const ON_STATE =
  /\bon\s+(?:healthy|failing|failure|fail|success|succeed\w*|green|red|errors?|alerts?|crash\w*|timeouts?|degraded|ready)\b/i;
/** "must web in prod roll back", "should checkout promote": a question put the other way round, with no mark. */
const INVERTED = new RegExp(
  `^\\W*(?:must|should|shall|can|could|would|will|does|did)\\s+(?!you\\b|u\\b|we\\b|i\\b|someone\\b|anyone\\b)(?:the\\s+)?[a-z0-9-]+(?:\\s+(?:in|on)\\s+[a-z0-9-]+)?\\s+${CHANGE_VERB}`,
  'i',
);
/** "… posible": whether it can be done, misspelt. */
const POSIBLE = /\b(?:posible|possibel|possble|posibble)\W*$/i;

/** A check: the words it looks for, in the plain words, as typed or in either, for one tool or any, and why it doubts. */
type Doubt = { re: RegExp; why: string; tool?: string; typed?: boolean | 'either' };

/** Checked in order before help on a command is told apart. */
const BEFORE_HELP: Doubt[] = [
  { re: PAST_WINDOW, why: 'a window in the past', tool: 'launch_chaos' },
  { re: RATE, why: 'a rate' },
  { re: YESTERDAY, why: 'yesterday' },
  { re: TASK_MARK, why: 'a task-list mark', typed: true },
  { re: HANGING, why: 'a clause without its main clause' },
  { re: NOT_ASKED, why: 'praise or what one would do' },
  { re: COMPUTE, why: 'a size of compute', tool: 'scale' },
];
/** Checked in order after it. */
const AFTER_HELP: Doubt[] = [
  { re: QUESTION_AFTER, why: 'a question after the ask' },
  { re: HANGING_END, why: 'a sentence left hanging' },
  { re: REFUSED_AFTER, why: 'refused after the ask' },
  { re: SAID_OF_SOMEONE, why: 'said of someone, not asked' },
  { re: JUST_DONE, why: 'done a moment ago' },
  { re: AMOUNT, why: 'an amount the level does not say', tool: 'launch_chaos' },
  { re: ABOUT_COMMAND, why: 'a question about the command' },
  { re: A_WHILE, why: 'a time the call does not take' },
  { re: ANYONE, why: 'asked of anyone' },
  { re: UNFINISHED, why: 'left unfinished', typed: 'either' },
  { re: DOUBT_MARK, why: 'a sign of doubt', typed: true },
  { re: SOMEONE_ELSE, why: 'for someone else' },
  { re: SHORTHAND_OF_SOMEONE, why: 'said of someone, not asked' },
  { re: THANKS_FOR, why: 'thanks for what was done' },
  { re: LABEL_OR_VOTE, why: 'a label or a vote' },
  { re: STATUS_TOLD, why: 'a status told', typed: true },
  { re: SYMPTOM, why: 'a symptom named', tool: 'launch_chaos' },
  { re: PAST_OR_POSSIBLE, why: 'the past, or whether it can be' },
  { re: POSIBLE, why: 'the past, or whether it can be' },
  { re: WE_DO, why: 'what someone does or thinks, told' },
  { re: VOTE_AGAINST, why: 'a vote against', typed: true },
  { re: ACTION_AS_NOUN, why: 'an action named as a noun' },
  { re: AS_SOMEONE, why: 'for someone else' },
  { re: COMPLAINT, why: 'a question after the ask' },
  { re: STATUS_LINE, why: 'a status told' },
  { re: ANYONE_AFTER, why: 'asked of anyone' },
  { re: THANKS_BETWEEN, why: 'thanks for what was done' },
  { re: ON_STATE, why: 'a trigger on a state' },
  { re: INVERTED, why: 'a question without its mark' },
];

function firstDoubt(doubts: Doubt[], plain: string, typed: string, tool: string): string | undefined {
  const found = (d: Doubt) => (d.typed === 'either' ? d.re.test(typed) || d.re.test(plain) : d.re.test(d.typed ? typed : plain));
  return doubts.find((d) => (d.tool === undefined || d.tool === tool) && found(d))?.why;
}

export function timesMarksAndClauses(r: Reading, plain: string, text: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r)) return r;
  const tool = r.plan.tool;
  const typed = text.trim();
  const early = firstDoubt(BEFORE_HELP, plain, typed, tool);
  if (early) return doubted(r, early);
  if (HELP_ON.test(plain))
    return {
      plan: { outcome: 'help', message: HELP_MESSAGE, source: 'offline' },
      confident: false,
      unsure: 'help on a command',
    };
  const late = firstDoubt(AFTER_HELP, plain, typed, tool);
  if (late) return doubted(r, late);
  const { workloads, namespaces } = nameSets(ctx).known.correction;
  const owned = /\b(?:their|his|her|its|your)\s+(?:own\s+)?([a-z0-9-]+)/gi;
  for (const m of plain.matchAll(owned)) {
    const w = m[1].toLowerCase();
    if (workloads.has(w) || namespaces.has(w) || /^pods?$/.test(w)) return doubted(r, "someone else's");
  }
  return r;
}
