/**
 * Whether a write is asked for later ("restart api tonight at 11pm", "tomorrow morning, scale web to 3") or on a
 * condition ("if the canary errors out again, abort it"): the bot acts when asked and cannot schedule. A time told
 * in a reason ("scale worker to zero, not needed over the weekend", "web: 4 replicas, marketing demo at 3pm", "stop
 * it, game day ended at 16:00") is not when to act. Pure functions of the request's text.
 */

/** Again and again: "every night", "nightly", "whenever". */
const RECURRING = [
  'every (night|day|morning|evening|hour|weekday|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'nightly',
  'daily',
  'weekly',
  'every time',
  'each time',
  'whenever',
  // "kill a pod of web per hour", "one per 10 minutes": a rate, which no call repeats.
  'per (hour|minute|min|day|week|night|second|sec)',
  'per \\d+ (minutes?|mins?|hours?|seconds?|secs?|days?)',
  'each (hour|minute|day|night|morning)',
];
/** A part of a day or a day ahead: "tonight", "tomorrow", "over the weekend", "on monday", "eod". */
const DAYS = [
  'first thing (monday|tuesday|wednesday|thursday|friday|tomorrow|in the morning)',
  'after[- ]hours',
  'off[- ]hours',
  'overnight',
  'over the weekend',
  'end of (the )?day',
  'eod',
  'in the (morning|evening|afternoon)',
  'tonight',
  'tomorrow',
  'later today',
  'this (evening|afternoon|weekend)',
  'next (week|monday|tuesday|wednesday|thursday|friday|sprint)',
  'on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  String.raw`over (?:lunch|the weekend|the holidays)\b`,
  String.raw`\btmrw\b`,
  String.raw`\btmr\b`,
  String.raw`on the \d{1,2}(?:st|nd|rd|th)\b`,
  String.raw`come (?:morning|monday|tomorrow)\b`,
  String.raw`this arvo\b`,
  String.raw`at the weekend\b`,
  String.raw`starting (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next)\b`,
  String.raw`from (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) on\b`,
];
/** A clock time or window: "at 11pm", "by 17:00", "from 15:00", "15:00-15:10", "um 15 Uhr". */
const CLOCK = [
  String.raw`after \d{1,2}(:\d\d)?\s*(am|pm)`,
  String.raw`at \d{1,2}:\d\d`,
  String.raw`at \d{1,2}(:\d\d)?\s*(am|pm)`,
  'at (noon|midnight)',
  '(after|past) (noon|midnight)',
  String.raw`at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o'?clock| thirty| fifteen| forty[- ]five)?(?=\s*(?:[,.;!?]|$|today|tonight|please|pls))`,
  String.raw`(?:at|by|before) \d{1,2}[:.h]\d\d\b`,
  String.raw`(?<!\b(?:listen\w*|port|serv\w*|expos\w*) )at \d{3,4}\b(?! ?(?:replicas?|pods?|%|ms))`,
  String.raw`at \d{1,2} ?(?:a\.?m\.?|p\.?m\.?|h)(?![a-z])`,
  String.raw`(?:a las|um|alle) \d{1,2}(?:[:h.]\d\d)? ?(?:h|uhr)?(?![\w.:])`,
  String.raw`at (?:half|quarter|ten|twenty|five) (?:past|to)\b`,
  'at the top of the hour',
  String.raw`from \d{1,2}[:.h]\d\d\b`,
  String.raw`\b\d{1,2}[:.h]\d\d ?(?:-|\u2013|to|till|until) ?\d{1,2}[:.h]\d\d\b`,
  String.raw`around (?:midnight|noon|\d{1,2}(?::\d\d)?)\b`,
  String.raw`(?:at|by) (?:close of business|cob|eod|end of day)\b`,
];
/** A delay from now: "in 10 minutes", "in 30 seconds", "10 min from now", "within the hour", "soon". */
const DELAY = [
  'in (a )?few (minutes|mins|hours)',
  'in a (couple|couple of) (minutes|mins|hours)',
  'later on',
  String.raw`in (?:like |about |around |roughly |approximately |maybe )?(?:an?|\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a couple of|couple of|half an?|a few|few)) ?(?:hours?|minutes?|mins?|hrs?|h|m|seconds?|secs?|s)\b`,
  String.raw`(?:an?|\d+|one|two|three|four|five|six|ten|twenty|thirty|forty(?:[- ]five)?|fifty|sixty|ninety|a couple of) ?(?:hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|weeks?) (?:from now|later|out)\b`,
  String.raw`in a (?:week|day|bit|while|little while|quarter of an hour|half hour)\b`,
  String.raw`within (?:the|an|the next|a few|a couple of) (?:hour|minutes|hours|mins)\b`,
  String.raw`in \d+(?:\.\d+)? ?(?:seconds?|secs?|s|hours?|hrs?|minutes?|mins?)\b`,
  String.raw`in an hour and a half\b`,
  String.raw`(?:\d+|an?|one|two|five|ten|fifteen|twenty|thirty) ?(?:minutes?|mins?|m|hours?|hrs?|h) out\b`,
  String.raw`soon\b`,
  String.raw`shortly\b`,
  String.raw`by and by\b`,
  String.raw`eventually\b`,
];
/** When an event ahead happens or ends: "after the deploy", "with the next release", "when the rollout's over". */
const EVENT = [
  'after the [^,.]{0,20}(deploy|release|migration|meeting|standup|demo|window|backup|job|batch|sync|build|tests?|suite|run|maintenance|freeze|exercise)( lands| is done| finishes| goes out| ends| completes)?',
  String.raw`(?:when|once|after|as soon as) (?:the |our |this |that |its |it'?s |thats |that'?s )?(?:[a-z-]+(?:'s| is| are)? )?(?:over|through|finished|complete|completed|wrapped up|done|out(?! of))\b`,
  String.raw`with the (?:next )?(?:release|deploy|rollout|train)\b`,
  String.raw`during the (?:maintenance )?window\b`,
  String.raw`(when|once|as soon as|until) (it|they|that|this|things?)( is| are|'s|'re| gets?| comes?| goes| has| have)\b`,
  'once (the|it|we|you)',
  'after (lunch|work|dinner|the (deploy|release|meeting|standup))',
];
/** When a person is back, ready or gives the go: "when i'm back", "on my count", "be ready to". */
const PERSON = [
  '(when|once) (everyone|everybody|we|they|people|the team|you|i)( is| are| am| get| gets)? (back|done|ready|free|around|online)',
  String.raw`(?:when|once|after|as soon as) (?:i|we|you|he|she|they|everyone|everybody|people|the team|[a-z]+)(?:'m|'re|'s| am| are| is| get| gets| come| comes| got)? (?:back|in|done|ready|free|around|online|here|there|up|on|awake|available|through|off|out|left|finished|sure|certain|happy|able)\b`,
  String.raw`(?:on|at|after|upon) (?:my |our |his |her |their |the |your )?count(?:down)?\b`,
  String.raw`when (?:i|we|he|she|they|you) count(?: down| to \w+)?\b`,
  String.raw`\bbe (?:ready|prepared|on standby|standing by) to\b`,
  String.raw`\bstand(?:ing)? by to\b`,
  String.raw`(?:on|at|after|with|upon) (?:my|our|his|her|their|the|your) (?:go|signal|say|say-so|word|ok|okay|go-ahead|cue|mark|command)\b`,
  String.raw`when (?:i|we|he|she|they|you|[a-z]+) (?:gives?|says?|sends?) (?:the |you the |us the )?(?:go|word|signal|ok|okay|go-ahead)\b`,
  "when (you('re| are)|you get) (back|free)",
];
/** Not now: "next time", "another time", "not now", "otherwise". */
const ANOTHER_TIME = ['next time', 'some other time', 'another time', "when there('s| is) time", 'otherwise', 'not (right )?now'];

/** A time in the future: "tonight", "tomorrow", "at 11pm", "in an hour", "once the deploy finishes". */
const LATER = new RegExp(
  `\\b(${[...RECURRING, ...DAYS, ...CLOCK, ...DELAY, ...EVENT, ...PERSON, ...ANOTHER_TIME].join('|')})\\b`,
  'i',
);

/** "if the canary errors out again, abort it": a request for when something happens, not for now. */
const CONDITION =
  /^\W*(if|in case|whenever|as soon as|every time|each time|next time|the next time|once|when|let'?s say|let us say|say|suppose|supposing|imagine|assume|assuming|scenario:|hypothetically,?|in theory,?) (?!\d|(?:it'?s |it is |we have |you have )?\d)(?!(you|u) (can|could|have|don't|do not|get a)|possible|needed|necessary|it'?s (not|no) (too much )?(trouble|bother|problem)|(it'?s )?(ok|okay|fine|alright) with you)/i;

/** Where one clause ends: punctuation, a dash, and words that start a reason or a contrast. */
const CLAUSE_BREAK =
  /[,;!?()\n]|:(?![\w.])|\.(?:\s|$)|\s[-\u2013\u2014]+\s|\b(?:because|since|as|so that|so|even though|though|although|while|but|and (?=(?:they|we|i|it|nobody|no one|people|everyone|he|she)\b))\b/i;
/** Verbs that command the bot; a time in their clause is when to act. */
const COMMAND =
  /\b((schedul|scal|restart|bounc|reboot|recycl|roll|revert|promot|abort|retr|paus|resum|unpaus|continu|proceed|finish|kill|delet|remov|creat|deploy|redeploy|reload|refresh|cycl|upgrad|downgrad|increas|reduc|shrink|grow|resiz|trim|lower|rais|halt|cancel|freez|break|updat|bump|launch|start|stop|halv|doubl|tripl|drop|undo|inject|nuk|shut|spin|ship|send|mov|pin|swap|flip|appl|stress|partition|isolat|simulat|throttl)\w*|kick(?= (?!off\b))|set|run|do|add|put|take|bring|give|make|cut)\b/i;
/** What may come before a time that opens its clause: "and", "but please", "ideally". */
const LEAD = /^\W*((and|but|then|so|ok|okay|please|pls|maybe|ideally|preferably|just|only|do it|do this|let'?s do it)\W+)*$/i;

const CONVENIENCE =
  /\b((now )?instead of waiting (till|until|for) [^,.;!?]*|when (you('re| are)|u r) (free|able|around|ready)|when(ever)? (you|u) (can|get (a|the) (sec|second|chance|minute|moment))|at your (earliest )?convenience|as soon as (possible|(you|u) (can|are able)|convenient|practical|practicable)|no rush( at all)?|(at some point|sometime|some time) today)\b/gi;

/**
 * The words that tell a time, as the patterns read them: "when you're free", "at some point today" are the bot's
 * convenience, which is now; "in a while" is a time, not a clause that starts at "while"; "à 15h" is French "at" (no
 * word boundary before the accent).
 */
function timesOf(text: string): string {
  return text
    .replace(CONVENIENCE, ' ')
    .replace(/\bin a while\b/gi, 'in a bit')
    .replace(/(^|\s)à(?=\s+\d)/gi, '$1at');
}

/** The request asks to act later or on a condition (the whole message is checked for a leading condition). */
export function forLater(said: string, whole: string, target = ''): boolean {
  const request = timesOf(said);
  const message = timesOf(whole);
  // "every night at 2am, scale worker to 0": a time that opens the message is when to act, even outside the request.
  return (
    CONDITION.test(message) ||
    INNER_CONDITION.test(request) ||
    clauses(request).some((c) => scheduling(c) || laterInWrite(c, target)) ||
    leadingTime(clauses(message)[0] ?? '') ||
    leadingWhen(clauses(message)[0] ?? '', message) ||
    trailingTime(clauses(message).at(-1) ?? '')
  );
}

/**
 * "restart worker in prod if it's using more than 2GB": a condition inside the request. "… to 3 if it isn't already"
 * asks for the same state either way.
 */
const INNER_CONDITION =
  /\s(if|unless|in case|as long as|provided|only when|as soon as|the (?:moment|minute|second)(?= (?!(?:i|you)\b)[a-z]+ [a-z]+)|once(?= (?!(?:more|again|or|and|a|an|per|every|i|you)\b)[a-z]+ [a-z]+)|should(?= (?:the|it|its|they|that|this|any) )|should(?= [a-z]+ (?:climb|rise|spike|go|get|drop|fail|break|crash|hit|exceed|reach|start|stop|dip|die|jump|grow|pass)\w*)|in the event(?: that| of)?)\s(?!(you|u) (can|could|have|get|don'?t|do not|mind)|possible|needed|necessary|(that'?s|it'?s|that is|it is) (ok|okay|fine|alright)|not too much|(that'?s|it'?s|that is|it is|it isn'?t|it'?s not|that'?s not) (not )?(too much )?(of a )?(trouble|bother|problem|hassle|pain)|(it'?s|it is|that'?s|that is) not too much|((it|that|they|this)('s|'re| is| are)? )?(not|isn'?t|aren'?t|isnt|arent) ([a-z]+ |at (it|that) )?already|(it|that|they) (has|have|hasn'?t|haven'?t) (not )?already)/i;

const CLAUSE_SPLIT = new RegExp(CLAUSE_BREAK.source, 'gi');

/** "restart prod api — tomorrow", "rollback prod web, but not now": a short last clause with only a time ahead. */
function trailingTime(clause: string): boolean {
  return (
    clause.trim().split(/\s+/).length <= 6 &&
    scheduling(clause) &&
    !COMMAND.test(clause) &&
    !/\b(\w+ed|went|was|were|since|ago|yesterday|last)\b/i.test(clause)
  );
}

/** A short clause that opens the message with only a time ahead: "every night at 2am", "after the 4pm deploy lands". */
function leadingTime(clause: string): boolean {
  return (
    // ("every evening at 18:00 during the storm": a time that recurs opens a schedule however long it is.)
    (clause.trim().split(/\s+/).length <= 6 || /^\W*(?:every|each)\s/i.test(clause)) &&
    /^\W*(every (night|day|morning|evening|hour|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (night|day|morning|evening)|nightly|daily|weekly|tonight|tomorrow|after the|at \d|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i.test(
      clause,
    ) &&
    // "after the deploy it crashes": a story with its own verb, not a time to act.
    !/\b(it|they|we|he|she|everything|nothing)\s+(?!is done\b|lands?\b)\w+/i.test(clause) &&
    !/\b(\w+ed|went|was|were|since|ago|yesterday|last|this morning)\b/i.test(clause.replace(/\blands?\b/, ''))
  );
}

/**
 * A longer clause that opens the message with when to act: "after the filing deadline passes on Friday", "at 18:00 UTC
 * when the finale starts", "after my 3pm call", "after midnight". It names a time ahead or an event, tells no past.
 */
const OPENS_WITH_WHEN = /^\W*(?:after|at|when|once|before|until|right after|as soon as|the moment|first thing)\b/i;
const TIME_OR_EVENT =
  /\b(?:midnight|noon|deadline|call|meeting|standup|sync|launch|finale|event|release|window|freeze|cutover|demo|lunch|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b/i;

function leadingWhen(clause: string, message: string): boolean {
  const words = clause.trim().split(/\s+/).length;
  // The command follows in the same sentence ("After Friday's game day, api is still at 1. Scale it back" tells a story).
  const sentence = message.split(/[.!?\n](?:\s|$)/)[0] ?? '';
  return (
    words <= 12 &&
    COMMAND.test(sentence.slice(sentence.indexOf(clause.trim()) + clause.trim().length)) &&
    OPENS_WITH_WHEN.test(clause) &&
    (LATER.test(clause) || TIME_OR_EVENT.test(clause)) &&
    // (Words of change in the clause are nouns or the event's own verb: "after the release freeze ends".)
    !COMMAND.test(
      clause
        .replace(OPENS_WITH_WHEN, '')
        .replace(/\b(?:the|a|an|our|this|that|my|your|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+\b/gi, ' ')
        .replace(/\b(?:starts?|ends?|passes|lands?|finishes|opens|closes|is (?:over|done))\b/gi, ''),
    ) &&
    // ("after the deploy it crashes": a story with its own verb.)
    !/\b(it|they|we|he|she|everything|nothing)\s+(?!is done\b|lands?\b)\w+/i.test(clause) &&
    !/\b(\w+ed|went|was|were|since|ago|yesterday|last|this morning)\b/i.test(clause)
  );
}

function clauses(text: string): string[] {
  return text.split(CLAUSE_SPLIT).filter((c): c is string => typeof c === 'string' && c.trim() !== '');
}

/**
 * In a request the reader took for a write on `target`, the clause that names the target with a time ahead is when to
 * act whatever its verb ("saturate cpu of worker within the hour", "web prod -> 10 replicas by 17:30"): the list of
 * command verbs is no limit there. A purpose ("for the load test at 3pm") or a clause that tells the past ("it went
 * down at 17:00") is a reason.
 */
function laterInWrite(clause: string, target: string): boolean {
  if (!target || !new RegExp(`\\b${target}\\b`, 'i').test(clause)) return false;
  const own = clause.replace(
    /\b(for|before|ahead of|during) (the|our|a|an|this|that|tomorrow'?s|today'?s|tonight'?s|next) (?!(minute|min|second|sec|hour|while|bit|moment|few|couple|day|week)s?\b)[^,;.!?]*/gi,
    ' ',
  );
  // ("the app called web", "a rollout named checkout", "it needs": no past.)
  const story = own.replace(/\b(need(ed)?|called|named|labell?ed|tagged|titled|dubbed|scheduled|planned)\b/gi, '');
  return LATER.test(own) && !/\b(\w+ed|went|was|were|ago|yesterday|last)\b/i.test(story);
}

/** A delay from now said alone ("soon", "in 10 minutes"), not a clock time or an event. */
const DELAY_ONLY = new RegExp(`^(?:${DELAY.join('|')})$`, 'i');

/** A clause with a time that is when to act: a command's own clause, or a clause the time opens. */
function scheduling(clause: string): boolean {
  const m = LATER.exec(clause);
  if (!m) return false;
  // "the big launch starts at noon": a word of change used as a noun in a story is no command.
  const command = COMMAND.exec(clause);
  const asNoun =
    command !== null &&
    !/^schedul/i.test(command[0]) &&
    /\b(the|a|an|our|their|big|this|that)\s+(\w+\s+)?$/i.test(clause.slice(0, command.index));
  // "…, exam starts in 20 min", "the sale ends at 6": a verb told of its own subject is the story's, not a command.
  const told =
    command !== null &&
    /[^s]s$/i.test(command[0]) &&
    /\b(?!(?:and|then|please|pls|just|also|so|ok|okay)\b)[a-z][\w-]*\s+$/i.test(clause.slice(0, command.index));
  // "checkout in staging: advance it soon", "web: rescale to 8 soon": a clause of one verb before the time, whatever
  // the verb (the list of command verbs is no limit; red-team round 169).
  const oneVerb =
    !told &&
    DELAY_ONLY.test(m[0]) &&
    /^\W*(?:(?:please|pls|just|then|and)\s+)*[a-z]+(?:\s+(?:it|them|this|that))?(?:\s+(?:all the way|fully|to \d+))?\s*$/i.test(
      clause.slice(0, m.index),
    );
  return (command !== null && !asNoun && !told) || oneVerb || LEAD.test(clause.slice(0, m.index));
}
