/**
 * Why a write read from a message may not be what its sender wants done now, from the words around the request:
 * what comes after it ("restart api in prod. thoughts?", "… only if it crashes again", "… (jk)"), a label before it
 * that makes it someone's note or someone else's words ("TODO for me:", "Sam wrote in #ops:", "hey Sam -"), a hedge
 * ("maybe restart api"), or an idiom the words of a tool do not settle ("hold off on checkout", "remove latency from
 * web"). Each answer leaves the reading unsure: the requester confirms it, or the model reads it. Pure functions of
 * the text.
 */

export interface WriteContext {
  /** The message without markup, as typed. */
  plain: string;
  tool: string;
  /** The workload or pod the call acts on, and the namespace. */
  target?: string;
  namespace?: string;
  workloads: Set<string>;
  /** Namespaces and aliases, each mapped to its namespace. */
  namespaces: Map<string, string>;
  /** The call's size was computed from the live count ("double it"). */
  relative: boolean;
}

/** Sentences of a message: line breaks, sentence ends, dashes and brackets end one. */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…])\s+|;|\s[-\u2013\u2014]+\s|\(|\)/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const COMMAND =
  /\b(double|triple|halve|half|scale|restart|bounce|reboot|recycle|roll|rollback|revert|undo|promote|abort|retry|pause|resume|kill|delete|remove|create|deploy|set|update|bump|launch|start|stop|run|add|drop|cut|take|give|make|ship|put|hold)\b/i;

/** Words after the request that take it back, put it off, make it depend on something, doubt it or ask about it. */
const DOUBTING_TAIL =
  /\?|\b(not (yet|now|sure|today|so fast)|or not|(don'?t|do not) (think|do|run|bother|go ahead)|shouldn'?t|no need|not needed|never mind|nevermind|nvm|never|nope|nah|maybe|perhaps|probably|i think|unless|only (if|when|after|once|until)|if\b|wait|hang on|hold on|hold off|actually|ignore|kidding|jk|as if|said no one|testing|just a test|(do|handle) it myself|done|handled|resolved|already|recovered|it'?s back|back to normal|thoughts|good idea|bad idea|yay|nay|against|(ok|okay|fine) with|objections?|tonight|tomorrow|this (evening|afternoon|weekend)|in the (morning|evening|afternoon)|after (\d|the|traffic|lunch|standup|the meeting)|though|instead|rather|second thoughts?|leave it|cancel|up to (you|u)|your call|whatever|typo|per (zone|region|node|az|cluster|pod)|in total|total|across|too|as well|status|(he|she|they) (says|said)|\w+ says so)\b|\/s\b/i;

/** A label before the request that makes it a note, a plan or someone else's words. */
const NOT_ADDRESSED_LABEL =
  /^\W*(to-?do|note to self|notes?|reminder|plan|plans|proposal|proposed|options?|ideas?|draft|quoting|quote|forwarding|forwarded|fwd|from|[\w.-]+ (wrote|said|says|posted|asked)|[\w.-]+ in #[\w-]+|from [\w.-]+)\b[^:\n]*(:|\n)/i;
/** "ran at 10 during the sale", "had 6 replicas last month": a count the story gives for the workload. */
const STORY_COUNT = /\b(at|to|had|from|of) \d+\b(?!\s*(am|pm|:|%|h\b|min))|\b\d+ (replicas?|pods?|instances|copies)\b/i;
/** "Bob:⏎ scale worker to 0": a speaker's name on its own line before the words. */
const SPEAKER_LINE = /^\s*[A-Za-z][\w.-]*\s*:\s*\n/;
/** "we set worker in prod to 5 yesterday": a report, in a verb whose past looks like its present. */
const REPORT =
  /^\W*(we|someone|somebody|they|he|she|i|[A-Z][a-z]+)\s+(set|put|cut|shut|upped|bumped)\b.*\b(yesterday|earlier|ago|last (night|week)|this morning|on (mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
/** "hey Sam - restart api", "Sam, can you restart api?": the request is for someone else. */
const TO_SOMEONE_ELSE = /^\W*(?:(?:hey|hi|hello|yo|@)\s*([A-Z][a-z]+)\b|([A-Z][a-z]+),\s*(?:can|could|would|will|please|pls)\b)/;
const BOT_OR_GROUP =
  /^(coxswain|bot|team|all|everyone|everybody|folks|guys|people|hey|hi|hello|yo|ok|okay|please|pls|quick|urgent|so|now|also|then|and|but|sorry|thanks|morning|afternoon|evening)$/i;
/** "maybe restart api in prod", "restart api in prod, maybe": a hedge on the request itself. */
const HEDGE = /\b(maybe|perhaps|possibly|might want to|could consider)\b/i;
/** "simulate scaling worker to 0": no change is asked for. */
const SIMULATE = /^\W*(simulate \w+ing|pretend to|dry[- ]?run( of)?)\b/i;
/** Idioms of a rollout the tool words do not settle: "hold off on", "continue as is", "release the hold", "stop pausing". */
const ROLLOUT_IDIOM =
  /\b(hold off|hold on|put (it |\w+ )?on hold|release the hold|off hold|lift the (pause|hold)|end the (pause|hold)|continue as is|keep going|let it (run|ride|be)|skip (it|\w+ in \w+|\w+ for now|\w+ today)|stop \w+ing)\b/i;
/** "remove latency from web", "kill the latency experiment", "drop the pod-kill": ending an experiment, not starting one. */
const ENDING_EXPERIMENT =
  /(?<![\w-]|pod )(remove|drop|delete|wipe|cut|end|stop|turn off|kill|cancel|disable|get rid of)\b\s+(the |that |this |any |all |\w+'s )?([\w-]+\s+)?(latency|delay|stress|pod-?kill|pod-failure|network-\w+|loss|partition|experiment|chaos|sim|simulation|fault)s?\b/i;
/** A rollback asked of a count or a pause: "back to its old size", "undo the replica change", "revert it" after a scale. */
const NOT_A_REVISION =
  /\b(scal\w*|replicas?|sizes?|(replica|pod) counts?|numbers|autoscal\w*|paus\w*|bump\w*|instances|copies|capacity)\b/i;

/**
 * "…, traffic's picking up", "…, errors spiking": a last clause that gives a reason (no command, name, number or
 * doubt in it); the words of the request before it are read without it.
 */
export function reasonTail(text: string, names: Set<string>): string | undefined {
  const m = /^(.*\S)\s*(?:,|\s[-\u2013\u2014]\s)\s*([^,]+)$/.exec(text.trim());
  if (!m) return undefined;
  const tail = m[2];
  const words = tail
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8 || /\d/.test(tail) || DOUBTING_TAIL.test(tail) || COMMAND.test(tail))
    return undefined;
  if (/^(and|then|also|plus|but|or|so)\b/i.test(tail) || /\b(not|no|never|don'?t|n't)\b/i.test(tail)) return undefined;
  if (words.some((w) => names.has(w))) return undefined;
  return m[1];
}

/** The reason a write is not sure from the words around it, or undefined. */
export function writeDoubt(w: WriteContext): string | undefined {
  const parts = sentences(w.plain);
  // The request is the last sentence that commands and names the call's object (or points back to it).
  const at = parts.findLastIndex((s) => COMMAND.test(s) && (!w.target || mentions(s, w.target) || /\b(it|them|that)\b/i.test(s)));
  const tail = at < 0 ? '' : parts.slice(at + 1).join(' ');
  if (tail && DOUBTING_TAIL.test(tail)) return 'words after the request';
  if (tail && otherObject(tail, w)) return 'another object after the request';
  // "scale web to 4. per zone", "… (that's the total)": a number after the request may change the count.
  if (tail && (w.tool === 'scale' || w.relative) && /\d/.test(tail)) return 'a number after the request';
  if (w.relative && parts.slice(0, Math.max(at, 0)).some((s) => STORY_COUNT.test(s))) return 'a count in the story';
  const lead = w.plain.trimStart();
  if (NOT_ADDRESSED_LABEL.test(lead) || SPEAKER_LINE.test(lead)) return 'a label before the request';
  if (REPORT.test(lead)) return 'a report';
  // "roll back web in prod to 1.7.0": a rollback goes to the previous revision, whatever version is named.
  if (w.tool === 'rollback' && /\b(to|back to|onto)\s+v?\d+\.\d+/i.test(w.plain) && !/\brevision\b/i.test(w.plain)) {
    return 'a version';
  }
  // "one of web's pods is stuck. kill it": one pod meant, where the experiment kills pods at random.
  if (w.tool === 'launch_chaos' && /\b(kill|delete|nuke) (it|them|that one|this one)\b/i.test(w.plain)) return 'one pod meant';
  const someone = TO_SOMEONE_ELSE.exec(lead);
  const name = someone?.[1] ?? someone?.[2];
  if (name && !BOT_OR_GROUP.test(name) && !w.workloads.has(name.toLowerCase())) return 'addressed to someone';
  if (HEDGE.test(w.plain)) return 'a hedge';
  if (SIMULATE.test(lead)) return 'a simulation';
  if (w.tool.endsWith('_rollout') && ROLLOUT_IDIOM.test(w.plain)) return 'an idiom';
  // "stop the checkout canary where it is" holds it; it does not abort it.
  if (w.tool === 'abort_rollout' && /\bwhere it is\b/i.test(w.plain)) return 'an idiom';
  if (w.tool === 'launch_chaos' && ENDING_EXPERIMENT.test(w.plain)) return 'ending an experiment';
  if (w.tool === 'rollback' && NOT_A_REVISION.test(w.plain)) return 'a rollback of a count';
  return undefined;
}

function mentions(sentence: string, name: string): boolean {
  return sentence
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .includes(name);
}

/** A workload or namespace after the request other than the call's own: "restart web in staging. api in prod too." */
function otherObject(tail: string, w: WriteContext): boolean {
  // "api is fine", "not prod": another object told about is context; one asked for again is a second target.
  if (!/\b(too|as well|also|same|needs?|and)\b/i.test(tail) && !COMMAND.test(tail)) return false;
  return tail
    .toLowerCase()
    .replace(/\b(not|don'?t touch|leave) (in |on )?[a-z0-9-]+/g, ' ')
    .split(/[^a-z0-9-]+/)
    .some((x) => (w.workloads.has(x) && x !== w.target) || (w.namespaces.has(x) && w.namespaces.get(x) !== w.namespace));
}
