import { literal } from './compiled.ts';
import { withoutDiscourse } from './normalize.ts';
import { agreeingReason } from './reason-agrees.ts';

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
  /** For a scale: the count asked and the live count it was read against. */
  replicas?: number;
  current?: number;
  /** The message as typed, markup included (Slack's <!here>, quotes, code). */
  raw?: string;
  /** A Rollout's strategy ('canary', 'blueGreen') and whether a new version is on its way (not Healthy). */
  strategy?: string;
  inProgress?: boolean;
  /** The image the target runs (for a Rollout on its way, the new one), and the image the call sets. */
  running?: string;
  image?: string;
  /** Clauses the reader left out as context before and after the request. */
  before?: string[];
  after?: string[];
}

/** A thank-you, a "please", an emoji of thanks or hurry: nothing asked, nothing doubted. */
const COURTESY =
  /^(thanks|thank you|thx|ty|tysm|cheers|tia|please|pls|plz|asap|urgent|now|right now|quick|quickly|when you can|ok|okay|much appreciated|appreciate it|you rock|legend)( (so much|a lot|in advance|again|all|team|mate))?$/;
/** Thanks and "please" said in another language after an English request: "danke schön", "obrigado", "gracias". */
const THANKS_ABROAD =
  /^(danke( sch[oö]n| sehr| euch| dir)?|(kindly )?do the needful|vielen dank|merci( beaucoup)?|gracias|muchas gracias|obrigad[oa]|muito obrigad[oa]|grazie( mille)?|arigato( gozaimasu)?|(yoroshiku )?onegaishimasu|yoroshiku( onegaishimasu)?|dank je( wel)?|tack|kiitos|shukriya|dhanyavaad|bitte|por favor|per favore|s'il vous pla[iî]t|svp|thank you (very|so) much|many thanks( in advance)?|thanks in advance|thank you in advance|thank you kindly|much obliged|kindly|with thanks|ta)$/;
/** A ticket's key alone, or with the word for it: "FIN-7750", "ticket CHG-30471", "ref INC-5531", "(OPS-412)". */
const REFERENCE =
  /^\W*((per|ref|re|see|for|ticket|change|chg|incident|jira|issue|case|cr|rfc)\W+)?(?!(Q[1-4]|H[12]|FY|CY|EOY|EOQ|EOM|W\d{1,2}|STEP|STAGE|PHASE|WAVE|DAY|WEEK|SPRINT|TODO|TASK|ITEM|PART|ROUND|LEVEL|TIER|BATCH|PLAN|GATE|MILESTONE)-)[A-Z][A-Z0-9]{1,9}-(?!(19|20)\d\d\b)\d{1,6}\W*$/;
/** Emoji that thank or hurry; any other emoji after a request may doubt it (🤷, 😂, 🤔). */
const KIND_EMOJI = /^(?:\s|\u{1f64f}|\u{1f44d}|\u{1f680}|\u{1f525}|\u{1f389}|\u{2764}|\u{fe0f}|!|\.)*$/u;
/** A sign anywhere that the sender is not sure or not serious: 🤷 🤔 😂 🙃 😬 😅, their Slack codes, ¯\_(ツ)_/¯. */
const DOUBT_SIGN =
  /[\u{1f937}\u{1f914}\u{1f602}\u{1f923}\u{1f643}\u{1f62c}\u{1f605}\u{1f644}\u{1f440}\u{1f921}\u{1f61c}\u{1f61d}\u{1f61b}\u{1f648}\u{1f609}\u{1f60f}\u{1f92a}\u{1f608}\u{1f47f}\u{1f480}\u{2620}]|:(smiling_imp|imp|skull|skull_and_crossbones|thinking_face|thinking|shrug|joy|rofl|upside_down_face|grimacing|sweat_smile|face_with_rolling_eyes|eyes|man_shrugging|woman_shrugging|clown_face|clown|stuck_out_tongue_winking_eye|stuck_out_tongue|stuck_out_tongue_closed_eyes|see_no_evil|wink|smirk|zany_face):|\u00af\\?_\(\u30c4\)_\/?\u00af/u;
/** A mark that the request is done or listed: "[x] restart api", "✅ restart api". */
const DONE_MARK =
  /^\s*(\[x\]|\[ \]|[-*\u2022]\s*\[[x ]\]|\u2705|\u2611|\u2714|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|done:)/iu;
/** A group or everyone addressed instead of the bot: Slack's <!subteam^…>, <!here>, <!channel>. */
const GROUP_MENTION = /<!(subteam\^|here|channel|everyone)/;

/** A quoted line or a code block after the line that asks for the write. */
function quotedAfter(w: WriteContext): boolean {
  const lines = (w.raw ?? '').split('\n');
  const at = lines.findLastIndex((l) => COMMAND.test(l) && (!w.target || mentions(l, w.target) || /\b(it|them)\b/i.test(l)));
  return at >= 0 && lines.slice(at + 1).some((l) => /^\s*(>|```)/.test(l));
}
/** A reason that tells the state of things: "it's stuck", "traffic's picking up", "errors spiking since 9". */
const STATE_REASON =
  /\b(looks? (bad|good|fine|ok|okay|great|broken|wrong|off|weird|healthy|clean|green|red)|(is|are|was|'s|'re) (bad|good|ok|okay|fine|overprovisioned|underprovisioned|idle|unused|wasteful|done|finished|finish|red|green|clean|healthy)|(nobody|no one|noone)( is|'s)? (testing|using|needs|watching)|bugs?|regression|issues?|problems?|not needed|unused|we('re| are) done|(seen|had) enough|for (a )?test(ing)?|is for test|to look at|to check|we wait|waiting (for|on)|numbers|metrics|stuck|slow|slower|broken|down|flaky|erroring|errors?|crash\w*|failing|fails|spiking|spike|growing|climbing|picking up|full|high|timing out|timeouts?|oom\w*|leak\w*|hanging|hung|unresponsive|not responding|not working|degraded|wedged|overloaded|backed up|lagging|5\d\d|traffic|load|memory|cpu|latency|queue|backlog|incident|outage|alert\w*|paged|paging|demo|launch|sale|campaign|release|needed for|for the|so (that )?(we|i)|because|since)\b/i;
/** Before the request: a condition ("when it's quiet, …"), or a word that says it is not asked yet. */
const CONDITION_LEAD =
  /^\W*((the (second|minute|moment|instant|day)|any ?time|failing (that|which|this)|otherwise|as a last resort|should anything|when|whenever|once|assuming|should (it|the|this|that|we|they|he|she)|provided|unless|as soon as|in case)\b(?! (you|u) (get|have) a (chance|sec|second|moment|minute))|if\b(?! (you|u) (can|could|have|don'?t mind|get a)|(it'?s )?(possible|needed|necessary)| it'?s (not|no) (too much )?(trouble|bother|problem)| (it'?s )?(ok|okay|fine|alright) with you)|(after|before) [^,]*\b(finish(es)?|is done|completes?|lands?|ends|is over|goes out|\d{1,2}(:\d\d)?\s*(am|pm))\b)/i;
const NOT_ASKING =
  /\b(don'?t do (this|it|that) yet|not yet|hypothetically|brainstorm\w*|thinking out loud|just thinking|what if|imagine|suppose|idea)\b/i;

/** A greeting or address before a short request. */
const GREETING_LEAD =
  /^\W*(hi|hey|hello|yo|morning|good morning|afternoon|evening|ok|okay|so|team|all|folks|guys|coxswain|bot|please|pls|thanks|thx|urgent|quick one|quick q|asap|now)(\W+(hi|hey|hello|all|team|folks|guys|coxswain|bot|there|everyone))*\W*$/i;
/** "push back on the checkout promote", "take the web rollback to the team": a change used as a noun. */
const NOUN_OF_CHANGE =
  /\b(push|bring|take|send|put|move)\b(?: \w+){0,3} (the|a|that|this) (?:[\w-]+ )?(promote|promotion|rollback|roll-?back|restart|scale|abort|pause|deploy)\b/i;

/** A clause that gives a value of the call: "for 10 minutes", "last 100 lines", "level 3", "image …:1.9.0", "to 4". */
const SLOT_CLAUSE =
  /^\W*((for|at|with|on|in|to|from|level|lvl|last|since|by|using|image|port|named|called|replicas?|starting|right) |\S+:\S+$|\d+\s*(%|ms|s|sec|secs|seconds|m|min|mins|minutes|h|hours?|replicas?|lines?)?\W*$|(now|right now|asap|please|pls|thanks|thx)\W*$)/i;

/** The clauses after the request: the rest of its sentence after its first comma or dash, and the sentences after. */
function clausesAfter(w: WriteContext): string[] {
  const text = w.plain;
  const at = COMMAND.exec(text);
  if (!at) return [];
  // A dot ends a clause only before a space or the end: "ghcr.io/acme/web:1.9.0" is one word.
  const rest = text.slice(at.index).replace(/^(?:[^,;!?\n\u2014\u2013.]|\.(?!\s|$))*/, '');
  return rest
    .split(/[,;!?\n\u2014\u2013]+|\.(?=\s|$)|\s-\s/)
    .map((c) => c.trim())
    .filter((c) => /[a-z]/i.test(c));
}

/** Before a short request: a greeting, the object itself ("the checkout in staging, …") or a plain reason. */
function harmlessBefore(clause: string, w: WriteContext): boolean {
  const c = clause.trim();
  if (GREETING_LEAD.test(c)) return true;
  const words = c
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  if (
    words.every(
      (x) => w.workloads.has(x) || w.namespaces.has(x) || /^(the|of|in|for|a|an|canary|rollout|deployment|pods?)$/.test(x),
    )
  )
    return true;
  // "for the record --", "copying the incident doc here --": what follows is someone's words or a record, not asked.
  if (SOURCE_LABEL.test(c)) return false;
  if (
    CONDITION_LEAD.test(c) ||
    NOT_ASKING.test(c) ||
    (/^(my|the|what|any|failing|as a|the second|the minute|the moment)\b/i.test(c) && !STATE_REASON.test(c))
  )
    return false;
  return harmlessAfter(c, w);
}

/** Whether a clause the reader left out after a write is harmless: courtesy, or a reason with no doubt in it. */
function harmlessAfter(clause: string, w: WriteContext): boolean {
  // "not prod", "don't touch api": a scope said against another object is no doubt about this one.
  const scoped = clause.replace(
    /\b(not|don'?t touch|do not touch|leave) (in |on )?([a-z0-9-]+)\b/gi,
    (m: string, _v: string, _p: string, x: string) => (otherName(x.toLowerCase(), w) ? ' ' : m),
  );
  const t = scoped
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return KIND_EMOJI.test(clause);
  if (COURTESY.test(t) || THANKS_ABROAD.test(t)) return true;
  // "…, FIN-7750", "…, ticket CHG-30471", "…, per INC-5531": a ticket's key names the record the change is done for.
  if (REFERENCE.test(clause.trim())) return true;
  // "- checkout (staging)", "• api", "production": the call's own object or place said again, as in a list.
  if (ownObjectOnly(t, w)) return true;
  if (doubting(scoped, w) || clause.includes('?')) return false;
  // "…, the bug is in worker": a reason about another workload may mean that one.
  if (tokens(clause).some((x) => otherName(x, w))) return false;
  if (/promote/.test(w.tool) && AGAINST_PROMOTION.test(t)) return false;
  // Only what adds nothing to the call is harmless: a count that is the call's own ("only 2 pods"), its place,
  // "obviously". Any reason told around a write is the requester's to confirm: a list of reasons that made it sure
  // let through the trouble told as over, a reason against the request, load against a size or a time, told after
  // the request (red-team rounds 34 and 35) or before it (round 36).
  if (w.tool !== 'scale' && /^(only )?(one|two|three|four|five|\d+) (replica|replicas|pods?)$/.test(t)) return true;
  if (/^((staging|production|prod|stg) only|only (staging|production|prod|stg)|obviously)$/.test(t)) return true;
  // ("the abort was a false alarm" names the action a retry undoes.)
  const abortNamed = w.tool === 'retry_rollout' && /^(the|that) abort\b/.test(t);
  return (!COMMAND.test(t) || abortNamed) && agreeingReason(scoped, w);
}

/**
 * Words after a request that doubt it, except a test said to be finished beside a promotion or an experiment's end
 * ("promote checkout, QA is done", "stop the experiment, the drill is over"): a reason, not the request said done.
 */
function doubting(clause: string, w: WriteContext): boolean {
  // "…, we want to see if it recovers": the "if" of what an experiment is to show is no condition on it.
  const said =
    w.tool === 'launch_chaos'
      ? clause.replace(
          /\b(want|wants|wanna|need|needs|would like|'d like|let'?s)( to)? (see|check|know|find out|verify|confirm|test|watch) (if|whether)\b/gi,
          ' ',
        )
      : clause;
  if (!DOUBTING_TAIL.test(said)) return false;
  const finished =
    /^\W*(qa|testing|the tests?|the smoke tests|the drill|the game day|the test|the playtest|the rehearsal|the review) (is|are) (done|finished|over|complete)\W*$/i;
  return !(finished.test(clause.trim()) && ['promote_rollout', 'stop_chaos'].includes(w.tool));
}

/** Only the call's own target, its namespace and list marks or articles: "checkout staging", "the api", "production". */
function ownObjectOnly(t: string, w: WriteContext): boolean {
  const words = t.split(' ').filter(Boolean);
  const own = (x: string) => x === w.target || (w.namespace !== undefined && w.namespaces.get(x) === w.namespace);
  return words.length > 0 && words.length <= 4 && words.some(own) && words.every((x) => own(x) || /^(the|in|on|of)$/.test(x));
}

function otherName(x: string, w: WriteContext): boolean {
  return (w.workloads.has(x) && x !== w.target) || (w.namespaces.has(x) && w.namespaces.get(x) !== w.namespace);
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
const DOUBTING_TAIL_WORDS =
  /\?|\b(not (yet|now|sure|today|so fast)|or not|(don'?t|do not) (think|do|run|bother|go ahead)|shouldn'?t|no need|not needed|never mind|nevermind|nvm|never|nope|nah|maybe|perhaps|probably|i think|unless|only (if|when|after|once|until)|if\b|wait|hang on|hold on|hold off|actually|ignore|kidding|jk|as if|said no one|just testing|only testing|testing (the|you|this|if)|just a test|(do|handle) it myself|(already|all|it'?s|is|was) done|done (by|already)|handled|resolved|already|recovered|it'?s back|back to normal|thoughts|good idea|bad idea|yay|nay|against|(ok|okay|fine) with|objections?|tonight|tomorrow|this (evening|afternoon|weekend)|in the (morning|evening|afternoon)|after (\d|the|traffic|lunch|standup|the meeting)|though|instead|rather|second thoughts?|leave it|cancel|up to (you|u)|your call|whatever|typo|per (zone|region|node|az|cluster|pod)|in total|total|across|too|as well|status|on the fence|torn|undecided|in a while|a while|post-\w+|during the next|next (incident|window|shift|sprint|release)|(he|she|they) (says|said)|\w+ says so|always works|what could (possibly )?go wrong|yeah right|sure,? why not|lol|lmao|rofl|haha\w*|right (before|ahead of|as|when|after)|(for|in|during) the (\w+ )?(window|maintenance|cab))\b|\/s\b/i;
// Red-team round 10: words after the request that make it a note, an example, a draft, someone else's item, a step of a
// document, an answer, a thing to wait for or check first, a condition without "if", or a future event.
const NOT_NOW_TAIL =
  /\b(meant for|was for|(other|wrong) (bot|thread|channel|chat)|example|draft|wording|slides?|deck|release notes|checklist|runbook|handbook|cheat ?sheet|guide|doc|docs|wiki|copy for|step \d+|the answer|interview|quiz|interns|new (folks|hires|people)|newbies|an option|one option|options|something (for \w+ )?to (look at|check|consider)|to look at|waiting (on|for)|\w+ first|pending|subject to|permitting|depending on|(just |only )?an? demo|demo purposes|for (the )?demo|next (week|month|quarter|year)|on black friday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|leaving this|handover|hand-?off|(night|morning|day|next) shift|for later)\b/i;
/** A period named after the request: "for Q3-2027", "by FY26", "in 2027" (red-team round 157). */
const PERIOD_TAIL = /\b(q[1-4]|h[12]|fy|cy|eoy|eoq|eom)[- ]?\d{2,4}\b|\b(in|for|by|until|till|from) (19|20)\d\d\b/;
const DOUBTING_TAIL = new RegExp(`${DOUBTING_TAIL_WORDS.source}|${NOT_NOW_TAIL.source}|${PERIOD_TAIL.source}`, 'i');

/** A label before the request that makes it a note, a plan or someone else's words. */
const NOT_ADDRESSED_LABEL =
  /^\W*(to-?do|note to self|notes?|reminder|plan|plans|proposal|proposed|options?|ideas?|draft|quoting|quote|forwarding|forwarded|fwd|from|[\w.-]+ (wrote|said|says|posted|asked)|[\w.-]+ in #[\w-]+|from [\w.-]+)\b[^:\n]*(:|\n)/i;
/** A lead that names a record or a source of someone else's words. */
const SOURCE_LABEL =
  /\b(docs?|document|channel|record|runbook|ticket|wiki|notes?|thread|postmortem|transcript|minutes|playbook|checklist)\b|\b(copying|copied|quoting|quoted|pasting|pasted|as written|forwarding|forwarded|verbatim)\b/i;
/** "I can restart api", "I'd just roll back web": what the sender could or would do, not a request. */
const OWN_ABILITY =
  /^\W*(i|we)\s*('d|'ll| can| could| would| will| might| may| am able to|'m able to| are able to|'re able to)\s+(?!(like|love|appreciate|be grateful)\b)/i;
/** "[x] restart api", "restart api ✅": a mark that the request is done. */
const DONE_AFTER =
  /(\u2705|\u2714\ufe0f?|\u2611\ufe0f?|:white_check_mark:|:heavy_check_mark:|:ballot_box_with_check:|\[\s*x\s*\]|\(\s*x\s*\))\s*$/iu;
/**
 * Words that turn a write into something else though every word is known (from red-team round 7): someone else doing
 * it, a suggestion, a runbook step, a simulation, an earlier action undone, a value of another kind.
 */
function meaningShift(w: WriteContext): string | undefined {
  const t = w.plain.toLowerCase();
  const lead = withoutDiscourse(t.trimStart());
  // Red-team round 8: "restart count for api", "fill me in on …", "coxswain restarts api", "FYI: restart api",
  // "checkout in staging to promote", "web scaling in staging to 4", "could restart api".
  if (NOUN_COMPOUND.test(t) || NOUN_COMPOUND.test((w.raw ?? '').toLowerCase())) return 'a noun of change';
  // "web pods fail in staging", "api replicas crash in prod": what the pods do, not what to do to them.
  if (
    /\b(pods?|replicas?|instances?)\s+(fail|fails|crash|crashes|die|dies|restart|hang|hangs|keep|keeps|are|were)\b/.test(t) &&
    !/\b(make|let|have|get)\b/.test(t)
  ) {
    return 'a statement';
  }
  // "cpu hog on worker in prod", "jitter on web in prod": an experiment in production named with no verb or value.
  if (w.tool === 'launch_chaos' && w.namespace === 'production' && !/\d/.test(t) && !CHAOS_VERB_LEAD.test(lead)) {
    return 'an experiment with no verb';
  }
  if (IDIOM.test(t)) return 'an idiom';
  // "restart the rollouts controller for checkout": another thing than the workload, named beside it.
  if (w.tool === 'restart' && /\b(controller|operator|sidecar|agent|daemon|ingress|load ?balancer)\b/.test(t))
    return 'another thing';
  // "fyi I'm scaling web in prod to 8", "I'm bouncing coredns, fyi": the sender's own action, told.
  if (OWN_ACTION.test(lead)) return "the sender's own action";
  if (
    /^\W*(\S+\s+){0,2}(restarts|scales|rolls|promotes|aborts|pauses|kills|deletes|reboots|bounces|retries|deploys|reverts|recycles)\b/.test(
      lead,
    )
  ) {
    return 'a statement';
  }
  // "we then roll back web in prod", "we now restart api": a narration, an adverb between subject and verb.
  if (
    /^\W*((then|now|here|there|so|next|after that|afterwards|from there|before that|by then|at that point|after|later|meanwhile|in the meantime|during that|with that|at that time|after this|then again|at \d[\d:]*(?:\s*[ap]m)?)\s*,?\s+)?(we|i|you|they)\s+((?:did|do|does)\s+)?((then|now|again|here|just|also|first|finally|next|usually|normally|always|often|sometimes|later|already|quickly|immediately|still|only|simply|basically|typically|generally|currently|actually|really|definitely|probably)\s+){0,2}(roll|restart|scale|promote|abort|pause|kill|delete|revert|deploy|bounce|reboot|recycle|retry|stress|stop|run|keep|operate|use|have(?! to\b| got to\b)|had(?! to\b))\b/.test(
      lead,
    )
  ) {
    return 'a statement';
  }
  if (
    /^\W*(could|able to|want to|would|should|might|need to|have to|gotta|going to|gonna)\s+(?!(you|u|ya|someone|anyone|somebody|we|i)\b)/.test(
      lead,
    )
  ) {
    return 'not asked';
  }
  if (
    /^\W*(fyi|heads[- ]?up|note|nb|ps|p\.s\.|btw)\W+(please |pls )?(restart|scale|roll|rollback|promote|abort|pause|kill|delete|revert|deploy|bounce|reboot|set|update)\b/.test(
      lead,
    )
  ) {
    return 'a label before the request';
  }
  if (
    INFINITIVE.test(lead) &&
    !/\b(you|u|please|pls|want|wanna|need|needs|like|ask|asking|going|have|has|got|time|possible|posible|able|way|supposed|ready|ok|okay|allowed|safe|fine)\b/.test(
      t,
    )
  ) {
    return 'an infinitive';
  }
  if (ongoingAfterName(w).test(t)) return 'an ongoing action';
  // "bouncing api in prod should do it", "she restarts api in prod", "step 3: restart api in prod".
  if (SUGGESTION.test(lead)) return 'a suggestion';
  if (/^\W*(he|she|they|someone|somebody|everyone|nobody)\s+(?!(can|could|would|will|please|pls)\b)[a-z]+\b/.test(lead)) {
    return "someone else's action";
  }
  if (/^\W*(step|stage|phase) #?\d+\s*[:.)-]/.test(lead)) return 'a step of a plan';
  // "simulate a scale-down of web to 2", "dry run: restart api": no real change is asked.
  if (
    SIMULATE.test(lead) ||
    (/\b(simulat\w*|pretend|dry[- ]?run|what[- ]if)\b/.test(t.replace(/\bchaos ?simulations?\b/g, '')) && !/_chaos$/.test(w.tool))
  ) {
    return 'a simulation';
  }
  // "cancel the pause on checkout", "undo the rollback of web", "release the freeze": an earlier action taken back.
  if (UNDONE.test(t)) return 'an earlier action undone';
  // "retry checkout, the image is broken": a reason that says it will fail again.
  if (w.tool === 'retry_rollout' && AGAINST_PROMOTION.test(t)) return 'a reason against it';
  // "stop the checkout rollout for now": a pause, or an abort?
  if (w.tool === 'abort_rollout' && /\b(for now|temporarily|for a (bit|while|moment|sec)|until|briefly)\b/.test(t))
    return 'for now';
  // "skip the checkout release", "promote checkout back", "promote checkout to prod".
  if (w.tool === 'promote_rollout') {
    if (/\bskip\b/.test(t) && !/\bskip\b(\s+\w+){0,4}?\s+(steps?|rest|remaining|pauses?|canary)\b/.test(t)) return 'a skip';
    if (/\bback\b/.test(t)) return 'back';
    if (/\bto (prod|production|staging|stg|stage)\b/.test(t)) return 'another namespace';
  }
  // "bring worker back to the old count", "roll web back to the latest image": no earlier revision is meant.
  if (w.tool === 'rollback' && NO_REVISION_TARGET.test(t)) return 'not a revision';
  // "double web's memory", "scale worker's memory to 4", "double the traffic to web": a resource, not replicas.
  if (w.tool === 'scale' && SCALED_RESOURCE.test(t)) return 'a resource, not replicas';
  // "give worker more memory", "take some cpu load off worker", "fail over the pods": no experiment is asked.
  if (w.tool === 'launch_chaos' && NOT_AN_EXPERIMENT.test(t)) return 'not an experiment';
  // "scale worker to 0, the queue is full": less capacity for a reason that asks for more.
  if (w.tool === 'scale' && w.replicas !== undefined && w.current !== undefined && w.replicas < w.current && LOAD.test(t)) {
    return 'a reason against it';
  }
  return undefined;
}
/** What may lead a request before its verb: a mention, "please", "can you", "let's". */
export const ASK_LEAD = String.raw`^\W*(<@[^>]+>\s*)?((please|pls|can you|could you|let'?s|go|now|ok|hey|so)\W+)*`;
/** Verbs that ask for an experiment. */
export const CHAOS_VERBS =
  'inject|add|run|start|launch|introduce|trigger|do|kill|stress|spike|burn|hog|max|slow|delay|partition|cut|break|crash|fail|degrade|throttle|knock|make|put|give|apply|simulate|test';
const CHAOS_VERB_LEAD = new RegExp(`${ASK_LEAD}(${CHAOS_VERBS}|drop|nuke|delete|isolate|hammer)\\b`);
/**
 * "web scaling in staging to 4": a workload or namespace name followed by a verb of change in -ing. One pattern per
 * inventory (a message is read against thousands of names at scale; building a pattern per name would be per message).
 */
const ongoingCache = new WeakMap<Set<string>, RegExp>();
function ongoingAfterName(w: WriteContext): RegExp {
  let re = ongoingCache.get(w.workloads);
  if (!re) {
    const names = [...w.workloads, ...w.namespaces.keys()].map((n) => literal(n));
    re =
      names.length === 0
        ? /(?!)/
        : new RegExp(
            `\\b(${names.join('|')})\\s+(scaling|restarting|promoting|pausing|aborting|deleting|killing|rebooting|bouncing)\\b`,
          );
    ongoingCache.set(w.workloads, re);
  }
  return re;
}
const NOUN_COMPOUND =
  /\b(restart|restarts|retry|retries|abort|aborts|pause|pauses|rollback|rollbacks|scale|kill|promote|promotion|deploy|failure|failures)\s+(count|counts|report|reports|duration|time|times|history|rate|number|numbers|total|stats|status|budget|window|policy|log|breakdown|figures|data|metrics|graph|chart|summary|trend|trends)\b|\btotal (restarts|retries|rollbacks|aborts|kills)\b/;
const IDIOM =
  /\b(fill (me|us) in|refresh (my|our) memory|revert (back )?to (me|us|the (team|group|channel|requester)|them|you|him|her|all|everyone)|(kindly |please |pls )?revert (back |here |now )?(me|us|quickly|soon|promptly|on|with|about|regarding|re|asap|at the earliest)\b|get back to (me|us)|downgrade (the )?((severity|priority|ticket|incident)\b|[a-z]{2,10}[-_]?\d{3,})|bail (me|us) out|hold the line|hold (your|the) horses|scale back (my|our|the) expectations|kill (some )?time)\b/;
const OWN_ACTION =
  /^\W*((fyi|heads[- ]?up|btw|ps|note)\W+)?(i'?m|i am|we'?re|we are|im)\s+(now\s+|just\s+|about to\s+)?(scaling|restarting|bouncing|rolling|promoting|aborting|pausing|killing|deleting|deploying|reverting|recycling|rebooting|retrying|setting|updating|bumping|launching|stopping|starting|creating|running|shipping|draining|injecting|adding|cutting|dropping|stressing)\b/;
const INFINITIVE = /^\W*([\w-]+\s+){1,6}to (promote|restart|scale|roll back|rollback|abort|pause|delete|kill|bounce|revert)\b/;
const SUGGESTION =
  /^\W*(restarting|bouncing|scaling|pausing|promoting|aborting|retrying|killing|deleting|reverting|redeploying|rolling back|setting|updating|bumping|launching|stopping|recycling|rebooting)\b/;
const UNDONE =
  /\b(cancel|stop|release|lift|undo|revert|abort|end|reverse|remove)\s+(the|that|this|my|your)\s+(pause|freeze|abort|rollback|roll-back|hold|restart|scale)\b|\b(undo|revert|reverse|roll back)\s+(your|the bot'?s|its|coxswain'?s)\s+(last\s+)?(change|changes|edit|edits|action|actions|work)\b/;
const NO_REVISION_TARGET =
  /\bto (the )?((latest|current|newest) (image|version|build|tag)|(old|previous|original|earlier|last) (count|step|size|replicas?|number))\b/;
const NOT_AN_EXPERIMENT =
  /\b(give|more|increase|needs?|could use|remove|relieve|reduce|lower|ease|fail over|failover)\b|(?<!\bcut )\boff\b|\bmax(imi[sz]e)? out \w+'s (memory|ram|cpu)\b/;
const LOAD =
  /\b(is full|growing|doubled|tripled|quadrupled|surg(ed|ing)|spiking|spikes?|backed up|needed for|busy|peak|rush|picking up|climbing|incoming|hammered|for the (launch|campaign|sale|demo|event|load test|rush|peak))\b/;
const SCALED_RESOURCE =
  /(\b\w+'s|\bthe|\bits) (memory|ram|cpu|cpus|cores?|disk|storage)\b|\b(memory|ram|cpu|cores?) (of|for)\b|\b(double|triple|halve|more)( the)? (traffic|memory|ram|cpu|cores?)\b/;

/** "ran at 10 during the sale", "had 6 replicas last month": a count the story gives for the workload. */
const STORY_COUNT = /\b(at|to|had|from|of) \d+\b(?!\s*(am|pm|:|%|h\b|min))|\b\d+ (replicas?|pods?|instances|copies)\b/i;
/** "Bob:⏎ scale worker to 0": a speaker's name on its own line before the words. */
const SPEAKER_LINE = /^\s*[A-Za-z][\w.-]*\s*:\s*\n/;
/** "we set worker in prod to 5 yesterday": a report, in a verb whose past looks like its present. */
const REPORT =
  /^\W*(we|someone|somebody|they|he|she|i|[A-Z][a-z]+)\s+(set|put|cut|shut|upped|bumped)\b.*\b(yesterday|earlier|ago|last (night|week)|this morning|on (mon|tues|wednes|thurs|fri|satur|sun)day)\b|^\W*(we|i|you|they|he|she|someone|somebody|the bot|coxswain)('ve|'s|\u2019ve|\u2019s| have| has)?(\s+(just|already|also|actually|finally|then|now))*\s+(set|put|cut|shut)\b/i;
/** "hey Sam - restart api", "Sam, can you restart api?": the request is for someone else. */
const TO_SOMEONE_ELSE =
  /^\W*(?:(?:hey|hi|hello|yo)\s*([A-Z][a-z]+)\b|@([A-Za-z][\w.-]*)\b|([A-Z][a-z]+),\s*(?:can|could|would|will|please|pls)\b)/;
const BOT_OR_GROUP =
  /^(coxswain|bot|team|all|everyone|everybody|folks|guys|people|hey|hi|hello|yo|ok|okay|please|pls|quick|urgent|so|now|also|then|and|but|sorry|thanks|morning|afternoon|evening)$/i;
/** "maybe restart api in prod", "restart api in prod, maybe": a hedge on the request itself. */
const HEDGE =
  /\b(maybe|perhaps|possibly|might want to|could consider|i think|i guess|i suppose|i believe|idk|not sure|probably)\b/i;
/** Labels before a request that do not change who asks or when: "Urgent:", "Quick one:", "Prod:". */
const HARMLESS_LABEL =
  /^(urgent|quick one|quick q|quick|ask|request|req|pls|please|prod|production|staging|stg|incident|inc-?\d+|sev-?\d|p\d|hi|hey|hello|morning|good morning|ok|okay|so|also|and|then|ps|fyi|one more|action item)$/i;
/** "simulate scaling worker to 0": no change is asked for. */
const SIMULATE = /^\W*(simulate \w+ing|pretend to|dry[- ]?run( of)?)\b/i;
/** Idioms of a rollout the tool words do not settle: "hold off on", "continue as is", "release the hold", "stop pausing". */
const ROLLOUT_IDIOM =
  /\b(hold off|hold on|put (it |\w+ )?on hold|release the hold|off hold|off pause|out of (pause|hold)|freeze off|unfreeze|unpause|lift the (pause|hold)|end the (pause|hold)|continue as is|keep going|let it (run|ride|be)|skip (it|\w+ in \w+|\w+ for now|\w+ today)|stop \w+ing)\b/i;
/** "remove latency from web", "kill the latency experiment", "drop the pod-kill": ending an experiment, not starting one. */
const ENDING_EXPERIMENT =
  /(?<![\w-]|pod )(remove|drop|delete|wipe|cut|end|stop|turn off|switch off|take|kill|cancel|disable|get rid of|unplug|pull the plug on)\b\s+(the |that |this |any |all |\w+'s )?([\w-]+\s+)?(latency|delay|stress|pod-?kill|pod-failure|network-\w+|loss|partition|experiment|chaos|sim|simulation|fault)s?\b/i;
/** A rollback asked of a count or a pause: "back to its old size", "undo the replica change", "revert it" after a scale. */
const NOT_A_REVISION =
  /\b(scal\w*|replicas?|sizes?|(replica|pod) counts?|numbers|autoscal\w*|paus\w*|bump\w*|instances|copies|capacity|restarted|bounced)\b/i;

/**
 * "…, traffic's picking up", "…, errors spiking": a last clause that gives a reason (no command, name, number or
 * doubt in it); the words of the request before it are read without it.
 */
export function reasonTail(text: string, names: Set<string>, tool = ''): string | undefined {
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
  // Only a reason the reader recognizes: the state of things, with nothing that speaks against the request.
  if (!STATE_REASON.test(tail)) return undefined;
  if (CONTRARY.test(tail) && !tool.startsWith('promote')) return undefined;
  if (AGAINST_PROMOTION.test(tail) && tool.startsWith('promote')) return undefined;
  return m[1];
}

/** Words that say things are fine: a reason for no change, so a restart, rollback or abort on them is doubtful. */
const CONTRARY =
  /\b(fine|healthy|good|great|clean|green|cleared|dropping|recovered|normal|stable|calm|ok|okay|all good|drained|quiet|low)\b/i;
/** Words that say things are bad: no reason to move a rollout forward. */
const AGAINST_PROMOTION = /\b(bad|errors?|erroring|spiking|failing|broken|red|worse|5\d\d)\b/i;

/**
 * Before the request: words that make what follows a scenario ("say the canary goes bad …", "picture …"), advice for
 * someone else ("for anyone who hits this on call later"), a pasted, relayed or test message ("here is the exact
 * message", "his words not mine", "please ignore"), someone else's job ("this one is yours"), a time later ("opens at
 * ten tonight"), sarcasm ("oh sure, because …") or a refusal ("under no circumstances", "do not touch it").
 */
const PREFACE =
  /(^|[.!?\n]\s*)((let'?s )?say|assume|assuming|picture|imagine|suppose|scenario|hypothetically)\b|\bfor (anyone|the next person|whoever|future reference|the record|posterity|the interns|interns|the new (folks|hires|people)|new (folks|hires|people)|newbies|the slides|the deck|the docs?|the wiki|the handbook|the guide)\b|\b(drafting|writing( up)?|putting together|preparing|reviewing|documenting|updating)\b[^.!?\n]*\b(handbook|guide|docs?|cheat ?sheet|runbook|script|plan|wiki|slides|deck|faq|examples?|onboarding)\b|\bhere'?s (the|an?|one) (first |next )?(entry|example|line|step|sample)\b|\b(something like|for example|example command|the command we recommend|is below|as follows|reads as follows|currently reads)\b|\b(interview question|what happens when|typical request|gave (him|her|them) one)\b|\bif you see this\b|\bhere (is|are) (the )?(exact |full |original )?(message|text|note|output|lines?|words)\b|\b(pasting|copying|quoting|forwarding) (it|them|this|that|these)\b|\b(word for word|as is|unchanged|verbatim|his words|her words|their words)\b|\b(pass(ed)? it on|asked me to post|wanted me to post|on (his|her|their) behalf)\b|\b(testing|this is (only )?a test|test message|please ignore|ignore this|(do not|don'?t) act on)\b|\b(this one is (yours|for you)|you are on call|you'?re on call|over to you)\b|\b(tonight|tomorrow(?!'s)|next window|(opens|starts|begins) at)\b|\b(oh (sure|great|yeah|wonderful)|yeah,? because|what a (wonderful|great|brilliant) (plan|idea)|so (beautifully|brilliantly|smoothly|wonderfully))\b|\b(under no circumstances|no matter what|(do not|don'?t) (touch|do|let|run)|never do)\b|\b(question about|what (exactly )?would (this|it|that) do)\b/i;

/** Where the request's sentence starts in the plain text: the last sentence with a command verb. */
function requestStart(w: WriteContext): number {
  let at = -1;
  for (const m of w.plain.matchAll(/(^|[.!?\n]\s*)([^.!?\n]*)/g)) {
    if (COMMAND.test(m[2])) at = (m.index ?? 0) + m[1].length;
  }
  return at;
}

/**
 * "restart api in staging is what we did", "scale worker to 5 is that ok", "roll back web before you go": the
 * request's own sentence runs on into a second verb after its object, with no comma or word to join them.
 */
function runOnTail(w: WriteContext): string | undefined {
  const start = requestStart(w);
  if (start < 0) return undefined;
  const sentence = (/^[^.!?\n,;:\u2014\u2013]*/.exec(w.plain.slice(start))?.[0] ?? '').toLowerCase();
  const verb = COMMAND.exec(sentence);
  if (!verb) return undefined;
  const rest = sentence
    .slice(verb.index + verb[0].length)
    .replace(/\bso (that )?.*$/, '')
    // "hold the rollout where it is", "leave it as it is": the place it stays, no second verb.
    .replace(/\b(where|as|how) (it|they) (is|are)\b|\bas is\b/g, ' ')
    .replace(/\b(please|pls|plz|now|asap|thanks|thx)\b/g, ' ');
  return RUN_ON.exec(rest)?.[0];
}
const RUN_ON =
  /\b(is|was|were|are|am|did|does|should|would|could|must|might|will|shall|can)\b(?! (you|u|someone|anyone)\b)|\b(you|we|i|they) (want|go|did|do|said)\b|\bis on me\b|\bno go\b/;

/**
 * Anywhere in the request: a past modal ("should have restarted", "must have rolled back"), a question of permission
 * ("can i restart api"), permission given ("yes you can scale …"), an echo ("you want to roll back web"), an opinion
 * ("think we should …"), a repeated action ("keep bouncing worker"), a report on a change ("numbers for scaling
 * worker"), or what was done ("already restart api").
 */
/** "have you restarted api?", "would you have rolled back web": a question about what was or would have been done. */
const DONE_QUESTION =
  /^\W*(\S+\s+){0,4}(have|has)\s+(you|ya|u|we|they|you guys|y'?all|someone|anyone|somebody)\b|\b(would|could|should|might|must)\s+(you|we|i|they|ya|u)\s+(have|'ve)\b/i;
const FRONT =
  /\b(numbers|report|breakdown|figures|stats|forecast|estimate|projection|cost|costs)\s+((please|pls)\s+)?(on|for|of|with)\b[^.!?\n]*\bwith\b|^\W*((need|give me|get me|show me|want|pull)\s+)?(the\s+)?(numbers|report|breakdown|figures|stats|forecast|estimate|projection|cost|costs)\s+(on|for|of|with)\b|^\W*((right|just|immediately|shortly|even)\s+)?(before|while|after|as|when|once|until)\s+(you|we|i|they|u)\b|\b(would|will|'d)\s+(need|take|require)\b|\b(you|u|one|we|they)('d|\u2019d| would| will|'ll|\u2019ll)\s+(have to|need to|want to)\b|^\W*(do|did|would|should|does)\s+(we|anyone|anybody|you all|y'?all|the team|everyone)\s+(really\s+)?(want|wanna|need)\b|^\W*(the bot|coxswain|this bot)\s+(could|can|would|will|might|may|should)\b|\b(would|could|should|might|must)\s+(you|we|i|they|ya|u)\s+(have|'ve)\b|\b(no|without any) (need|reason|point)\b|^\W*(before|while|after) (you|we|i|they|u)\b|^\W*(can|could|does|is|will|would) (the bot|coxswain|this bot|the coxswain bot)\b|^\W*like (we|i|you|they) (would|could|will|do|ever)\b|\b(should|must|would|could|might)( not)?( have|'ve) (been|done|gone|run|\w+(ed|en))\b|^\W*(can|could|may|should|do|shall) i\b|^\W*should we\b|\b(yes|sure|yeah|ok|okay),? (you|u) (can|may|could)\b|^\W*(you|u) (want|wanted|wanna) to\b|\b(is what|was what) (you|we|they|i)\b|^\W*(i )?think (we|you|i) should\b|\bkeep (\w+ing)\b|\b(numbers|report|stats|summary|history|metrics|graph|chart) (for|on|of) \w+ing\b|\balready (restart|roll|scale|abort|promote|pause|kill|delete|revert|bounce|deploy)\b|\bagain and again\b|\bno[- ]?go\b|^\W*[\w-]+ (in|on) [\w-]+ (restart|roll ?back|rollback|scale|abort|pause|promote|bounce)\w*\b.*\b(again|ok|okay|done|fine|failed|worked)\W*$/i;

/** The reason a write is not sure from the words around it, or undefined. */
export function writeDoubt(w: WriteContext): string | undefined {
  if ((w.after ?? []).some((c) => !harmlessAfter(c, w))) return 'words after the request';
  const ahead = w.before ?? [];
  // Anything before the request other than a greeting or its object changes it: "my guess would be, …", "failing that,
  // …", "the second the deploy lands, …", "the errors went away. restart worker" (in a long story too, round 36).
  if (ahead.some((c) => !harmlessBefore(c, w))) return 'words before the request';
  // Every clause after the request in its sentence and after it: a value for the call, courtesy or a plain reason.
  const rest = clausesAfter(w);
  if (rest.some((c) => doubting(c, w) || (!SLOT_CLAUSE.test(c) && !harmlessAfter(c, w)))) return 'words after the request';
  // "failing that, restart api": a condition before the command, even one the reader kept as a modifier.
  const command = COMMAND.exec(w.plain);
  if (command && CONDITION_LEAD.test(w.plain.slice(0, command.index))) return 'a condition';
  if (ahead.length > 0 && CONDITION_LEAD.test(ahead[ahead.length - 1])) return 'a condition';
  if (ahead.some((c) => NOT_ASKING.test(c))) return 'not asked yet';
  // Red-team round 9: a long story before the request that makes it a scenario, a note for others, a pasted or relayed
  // message, a test, someone else's job, a time later, sarcasm, a "do not" or a question about it.
  const preface = PREFACE.exec(w.plain.slice(0, Math.max(0, requestStart(w))));
  if (preface) return `a preface ("${preface[0].trim()}")`;
  // "api is stuck so restart it right": a last "right" asks whether the request is right.
  if (/(?<!\b(all|go|turn|keep|stay|the)\s)\bright\W*$/i.test(w.plain)) return 'words after the request';
  const runOn = runOnTail(w);
  if (runOn) return `a second verb after the request ("${runOn}")`;
  // "let's see what happens to checkout if one of its pods dies": read as a pod-kill, told as what would happen.
  if (/\bwhat happens (to|with|if|when)\b/i.test(w.raw ?? w.plain)) return 'told as what would happen';
  const asked = DONE_QUESTION.exec(w.raw ?? w.plain) ?? DONE_QUESTION.exec(w.plain);
  if (asked) return `a question about what was done ("${asked[0].trim()}")`;
  const front = FRONT.exec(w.plain) ?? FRONT.exec(withoutDiscourse(w.plain));
  if (front) return `not a request ("${front[0].trim()}")`;
  const parts = sentences(w.plain);
  // The request is the last sentence that commands and names the call's object (or points back to it).
  const at = parts.findLastIndex((s) => COMMAND.test(s) && (!w.target || mentions(s, w.target) || /\b(it|them|that)\b/i.test(s)));
  const tail = at < 0 ? '' : parts.slice(at + 1).join(' ');
  if (tail && doubting(tail, w)) return 'words after the request';
  if (tail && otherObject(tail, w)) return 'another object after the request';
  // "scale web to 4. per zone", "… (that's the total)": a number after the request may change the count.
  if (tail && (w.tool === 'scale' || w.relative) && /\d/.test(tail)) return 'a number after the request';
  if (w.relative && parts.slice(0, Math.max(at, 0)).some((s) => STORY_COUNT.test(s))) return 'a count in the story';
  const lead = w.plain.trimStart();
  const bare = withoutDiscourse(lead);
  if (NOT_ADDRESSED_LABEL.test(lead) || SPEAKER_LINE.test(lead)) return 'a label before the request';
  if (OWN_ABILITY.test(bare)) return 'what the sender could do';
  if (DONE_AFTER.test((w.raw ?? w.plain).trim())) return 'marked done';
  if (REPORT.test(bare)) return 'a report';
  // "roll back web in prod to 1.7.0": a rollback goes to the previous revision, whatever version is named.
  if (w.tool === 'rollback' && /\bto\b[^.,;]*\b\d+\.\d+/i.test(w.plain) && !/\brevision\b/i.test(w.plain)) {
    return 'a version';
  }
  // "slow the checkout rollout down": slowing a rollout is no latency experiment.
  const delay = /\b(latency|delay|lag)\b|\d+\s*(ms|milliseconds?|s|secs?|seconds?)\b/i;
  if (w.tool === 'launch_chaos' && /\bslow\b/i.test(w.plain) && !delay.test(w.plain)) return 'slow';
  // "one of web's pods is stuck. kill it": one pod meant, where the experiment kills pods at random.
  if (w.tool === 'launch_chaos' && /\b(kill|delete|nuke) (it|them|that one|this one)\b/i.test(w.plain)) return 'one pod meant';
  const someone = TO_SOMEONE_ELSE.exec(lead);
  const name = someone?.[1] ?? someone?.[2] ?? someone?.[3];
  if (name && !BOT_OR_GROUP.test(name) && !w.workloads.has(name.toLowerCase())) return 'addressed to someone';
  if (HEDGE.test([parts[at] ?? w.plain, tail].join(' '))) return 'a hedge';
  if (DOUBT_SIGN.test(w.raw ?? w.plain)) return 'a doubting sign';
  if (DONE_MARK.test(w.raw ?? w.plain)) return 'marked done';
  if (GROUP_MENTION.test(w.raw ?? '') && !/<!(here|channel|everyone)>[\s\S]*<@U/.test(w.raw ?? '')) return 'addressed to someone';
  // "Will, restart api", "Yesterday: roll back web", "Option 2 - roll back web": a name or label right before a short
  // request.
  const label = /^\W*([A-Z][\w]*(?: \w+){0,2})\s*(?:[,:]|\s[-\u2013\u2014]\s)\s*\S/.exec(lead);
  const short = lead.split(/\s+/).length <= 12;
  if (short && label && !BOT_OR_GROUP.test(label[1]) && !HARMLESS_LABEL.test(label[1])) return 'a label before the request';
  // "restart api in prod ⏎ > Priya: hold off": quoted words after a write may speak against it.
  if (quotedAfter(w)) return 'quoted text';
  if (w.tool.endsWith('_rollout') && ROLLOUT_IDIOM.test(w.plain)) return 'an idiom';
  // "stop the checkout canary where it is" holds it; it does not abort it.
  if (w.tool === 'abort_rollout' && /\bwhere it is\b/i.test(w.plain)) return 'an idiom';
  if (w.tool === 'launch_chaos' && ENDING_EXPERIMENT.test(w.plain)) return 'ending an experiment';
  if (w.tool === 'scale' && contradicts(w, parts[at] ?? w.plain)) return 'a direction the count contradicts';
  if (NOUN_OF_CHANGE.test(w.plain)) return 'a change used as a noun';
  if (w.tool === 'rollback' && NOT_A_REVISION.test(w.plain)) return 'a rollback of a count';
  return meaningShift(w);
}

/** "scale worker up to 2" at 3, "halve web to 4" at 6: the words of direction and the count disagree. */
function contradicts(w: WriteContext, request: string): boolean {
  const { replicas, current } = w;
  if (replicas === undefined || current === undefined) return false;
  const t = request.toLowerCase();
  if (/\bdouble\b/.test(t) && replicas !== current * 2) return true;
  if (/\btriple\b/.test(t) && replicas !== current * 3) return true;
  if (/\bhalve\b|\bin half\b/.test(t) && replicas * 2 !== current) return true;
  const up = /\b(up|increase|grow|raise|more|add|bump up|scale out|upsize)\b/.test(t);
  const down = /\b(down|reduce|decrease|shrink|lower|fewer|less|cut|trim|scale in|downsize|drop)\b/.test(t);
  return (up && !down && replicas < current) || (down && !up && replicas > current);
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9-]+/);
}

function mentions(sentence: string, name: string): boolean {
  return tokens(sentence).includes(name);
}

/** A workload or namespace after the request other than the call's own: "restart web in staging. api in prod too." */
function otherObject(tail: string, w: WriteContext): boolean {
  // "api is fine", "not prod": another object told about is context; one asked for again is a second target.
  if (!/\b(too|as well|also|same|needs?|and)\b/i.test(tail) && !COMMAND.test(tail)) return false;
  return tokens(tail.toLowerCase().replace(/\b(not|don'?t touch|leave) (in |on )?[a-z0-9-]+/g, ' ')).some((x) => otherName(x, w));
}
