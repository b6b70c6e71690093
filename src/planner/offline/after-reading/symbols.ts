/**
 * Checks after the reading on what the words leave out: signs and operators the reader drops ("replicas=+2",
 * "replicas>5", "--replicas=~5", "×2"), a value of no or off beside a flag ("full=no", "pause: off"), a clock time
 * anywhere beside a write ("--at=22:00", "restart api 17:00 stg"), a question or a joke in a mark or an emoji ("!?",
 * "🤨", ";)"), a numbered step, a usage line or someone else speaking ("3)", "usage:", "them:"), and a count that stands where no count is said
 * ("for team four", "for a team of 4", "take two:"). Each leaves a confident write for the requester to confirm
 * (red-team rounds 125 and 126).
 */

import type { PlanContext } from '../../plan.ts';
import { compiledOnce } from '../compiled.ts';
import { knownNames } from '../inventory-names.ts';
import { inDigits } from '../numbers.ts';
import type { Reading } from '../read.ts';
import { doubted, isSureWrite, wordBefore } from './common.ts';

/** Signs of arithmetic, comparison or approximation; a bracket around a number or a sign; a box or a mark of done or not. */
const OPERATOR =
  /[=+*<>~×≥≤^\\{}✗✘☐✓🗸]|\[\s*[-+*~<>=]?\s*\d|\[\s\]|:(?:done|check|checked|heavy_check_mark|ballot_box_with_check|white_check_mark):/u;
/** What may carry such a sign and say nothing more: markup, arrows, quote marks, a flag or key given a plain value. */
const HARMLESS: [RegExp, string][] = [
  // "*scale* web", "_please_", "~api~": Slack's bold, italic and strike around words.
  [/(\*\*|[*_~])(?=[^\s*_~])([^*_~\n]*?[^\s*_~])\1(?![\w*_~])/g, '$2'],
  // "* 2 replicas for worker", "- restart api": a list's bullet.
  [/^\s*[*-]\s+/gm, ' '],
  [/<(?:@|#|!)[^>]*>/g, ' '],
  [/<(?:https?|mailto):[^>|]*(?:\|([^>]*))?>/g, ' $1 '],
  [/&lt;-|<-|->|=>|\u2192|\u2190/g, ' to '],
  [/&gt;|&lt;|&amp;/g, ' '],
  [/^\s*>+/gm, ' '],
  // "+2", "scale web in prod + 2": a signed count, read as a change of size.
  [/(^|\s)\+\s?\d+\b/g, '$1'],
];
/** "--replicas=2", "name=echo", "image=ghcr.io/acme/web:1.9.0": a key given a plain value. */
const KEY_VALUE = /(^|\s)(?:--?)?([a-z][a-z0-9_.-]*)[=:]\s?([a-z0-9][\w./:@-]*)(?=\s|$|[,;])/gi;
/** Values that turn a flag off, and keys that say when. */
const NO_VALUE = /^(no|n|off|false|none|disabled?|nope|never)$/i;
const WHEN_KEY = /^(at|when|time|schedule|cron|start|starts?_?at|run_?at|after|before|on)$/i;
/** "full: no", "(full off)", "pause off", "pause=no": a flag of yes or no said as no. */
const FLAG_OFF =
  /\b(full|fully|pause[ds]?)\s*(?:[:=]|->|=>|\u2192)?\s*[("'[\u2018\u201c]*\s*(no|off|false|0|none|disabled?|nope|never)\b/i;
/** "!?", "‽", "❓", ":question:": a question or disbelief in a mark. */
const QUESTION_MARK = /!\?|[‽❓❔⁉⸮]|:(?:question|grey_question|interrobang|exclamation_question_mark):/u;
/**
 * Emoji and emoticons that say nothing against the request (thanks, urgency, a wave); any other ("🤨",
 * ":woman-shrugging:", ":jk:", ";)") may be doubt or a joke, and a picture of an action ("🔁", "⏪") may be a second one.
 */
const EMOJI = /:[a-z0-9_+-]+:|\p{Extended_Pictographic}|;-?\)|(?<![\w:]):-?[PpD]\b|\bxD\b|\^\^/gu;
const SAYS_NOTHING_AGAINST = new Set([
  ...'🙏 👍 🙌 🚀 🔥 🚨 ⚠ 🔌 👋 🎉 ✌ 😭 🐢 🐌 🥶 ❤ 🙂 😊 👀'.split(' '),
  ...':pray: :+1: :thumbsup: :raised_hands: :rocket: :fire: :rotating_light: :warning: :shipit: :wave: :tada: :heart: :eyes: :slightly_smiling_face: :smile: :blush: :snail: :turtle: :cold_face: :sob:'.split(
    ' ',
  ),
]);
/** A numbered step or a usage line ("3)", "3️⃣", "➌", "steps:", "usage:"), or someone else speaking ("them:", "[he]"). */
const NOT_A_REQUEST = new RegExp(
  [
    // "3)", "(a)", "(iv)", "A.", "a -", "3️⃣", "➌", "step a:", "steps:", "usage:".
    String.raw`^\s*(?:\(?(?:\d+|[a-z]|[ivx]+)\)|[a-z]\s*[.:-]\s|\d\ufe0f?\u20e3|[\u2460-\u24ff\u2776-\u2793]|steps?(?:\s+[a-z0-9]+)?\s*:|(?:quick )?(?:usage|howto|how-to|syntax|example)\s*:)`,
    // "them: …", "[he] …", "| she: …".
    String.raw`(?:^|[|/]\s*)[[*_]*(?:them|they|he|she|him|her|someone|somebody)[\]*_]*\s*:?(?=\s)`,
    // "» she: …", "👋 he: …", "\"he\": …", "(he) …".
    String.raw`(?:^|[\s|/»>"'([*_\p{Extended_Pictographic}])[[*_"']*(?:them|they|he|she|him|her|someone|somebody)["')\]*_]*\s*:`,
    String.raw`\((?:them|they|he|she|someone|somebody)\)`,
  ].join('|'),
  'imu',
);
/** A clock time that is no part of an image, a version or a pasted log line. */
const CLOCK = /(?<![\w.:/@-])\d{1,2}:\d{2}(?::\d{2})?(?![\w.:/-])/;

/** A confident write whose words carry a sign or a value the reading dropped: for the requester to confirm. */
export function signsDropped(r: Reading, text: string): Reading {
  if (!isSureWrite(r)) return r;
  let own = text.replace(/```[\s\S]*?(```|$)/g, ' ');
  for (const [re, to] of HARMLESS) own = own.replace(re, to);
  const emoji = (
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\d{1,2}:\d{2}/g, ' ')
      .match(EMOJI) ?? []
  ).map((e) => e.replace(/\ufe0f/g, ''));
  let doubt =
    FLAG_OFF.test(own) ||
    FLAG_OFF.test(text) ||
    CLOCK.test(own) ||
    QUESTION_MARK.test(text) ||
    NOT_A_REQUEST.test(own) ||
    emoji.some((e) => !SAYS_NOTHING_AGAINST.has(e));
  own = own.replace(KEY_VALUE, (_m, lead: string, key: string, value: string) => {
    if (NO_VALUE.test(value) || WHEN_KEY.test(key)) doubt = true;
    return `${lead}${key} ${value}`;
  });
  return doubt || OPERATOR.test(own) ? doubted(r, 'a sign or value the words leave out') : r;
}

/**
 * "scale worker in staging for team four", "for a team of 4", "take two: scale worker": a count is sure where a count
 * is said (after "to", "at" or "replicas=", before "replicas" or "pods", right after the workload's name, a place or the verb),
 * not where a number names or counts something else.
 */
export function countPlaced(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r) || r.plan.tool !== 'scale') return r;
  const n = Number(r.plan.args.replicas);
  if (!Number.isInteger(n)) return r;
  const said = inDigits(plain.replace(/<[^>]*>/g, ' ').replace(/->|=>|\u2192/g, ' to '));
  const number = `0*${n}(?![\\w.])`;
  // A count computed from a change ("add 2", "double it", "down by 1") is not in the words, or not as the count.
  if (!compiledOnce(`(?<![\\w.])${number}`, '').test(said) || /\bby\s+(?:a\s+)?(?:factor\s+of\s+)?\d/.test(said)) return r;
  const placed = compiledOnce(
    `(?:\\b(?:to|upto|at|be|with|have|has|run|keep|total|overall|only)(?:\\s*:)?(?:\\s+(?:a|an|like|about|around|roughly|half|exactly|just))*|\\b(?:replicas?|pods?|count|size|instances?|copies|n)\\s*[=:])\\s*${number}(?!\\s*(?:of|more|fewer|less|extra)\\b)` +
      `|(?<![\\w.])0\\s+out\\b` +
      `|(?<![\\w.])${number}\\s*(?:x\\s*)?(?:(?:more|extra|additional|total|new|running|healthy|live|[a-z0-9-]+)\\s+)?(?:replicas?|pods?|instances?|copies|reps?|containers?)\\b` +
      `|(?<![\\w.])${number}\\s+(?:overall|total|in total|are left|left)\\b`,
    '',
  );
  // "scale web 4", "web prod 4": the count right after the verb, the workload's name or its place.
  const words = said.split(/[\s/]+/);
  const names = knownNames(ctx);
  const afterName = words.some((w, i) => {
    if (!/^0*\d+$/.test(w) || Number(w) !== n) return false;
    // ("scale web back 2", "scale web out 2": by two or to two? "back" and "out" are no such words.)
    const j = wordBefore(words, i, /^(up|down|in|to|à)$/);
    return j >= 0 && (names.has(words[j]) || /^-*(scale|scaled|replicas?|pods?)$/.test(words[j]));
  });
  return placed.test(said) || afterName ? r : doubted(r, 'a count not said as a count');
}
