import { ChaosExperimentSchema } from '../../chaos/experiments.ts';
import { namesAnEvent, SAID_AGAIN, WRITE_VERBS } from './intent.ts';
import { canonOf } from './lexicon.ts';
import { stripMarkup } from './normalize.ts';
import { POD_NAME } from './quoted.ts';

/**
 * Finds the request inside a longer message. A message is split into sentences and each sentence into comma
 * segments; the segment addressed to the bot ("can you …", "please …", "could someone …") or an imperative one (it
 * starts with a command verb) is the request, with the segments of its sentence that only add modifiers ("in
 * staging", "for 5 minutes", "no wait 2"). Greetings, the story, other services, namespaces, numbers and times
 * around it are context: the reader never sees them, so they can never become arguments.
 */

export type Mood =
  /** An instruction (imperative or addressed: "can you …"). */
  | 'request'
  /** A question about state ("is the restart done?", "I have 3 pods of worker, right?"). */
  | 'question'
  /** "what would happen if …", "would it be safe to …", "should we …": asking about an action, not for it. */
  | 'hypothetical'
  /** "bob said to restart api": someone else's request, reported. */
  | 'reported'
  /** "should we abort payments?", "alice wants to roll back web, thoughts?": a decision still being weighed. */
  | 'deliberation'
  /** A statement of state or of the past ("web is at 2 replicas", "we restarted api"): nothing is asked. */
  | 'statement'
  /** Neither: a bare phrase ("web staging logs", "3 pods of worker"). */
  | 'plain';

export interface RequestText {
  /** The words the reader reads (markup removed, case kept). */
  text: string;
  mood: Mood;
  /** More than one segment asks for something on its own: more than one action. */
  several: boolean;
  /** Words were left out as context. */
  context: boolean;
  /** A correction follows the request outside it ("…. wait, no, staging"): what was meant is unclear. */
  corrected: boolean;
  /** A verb of change used as a noun without a verb to ask for it ("the rollback of web"): unsure. */
  nominal: boolean;
  /** The request points back with a pronoun ("roll it back") and the sentence before it was read too. */
  pronoun: boolean;
  /** The action itself was taken from the sentence a pronoun points to ("… 25 percent. Let's start it"). */
  described: boolean;
  /** Someone else's request that the person asks for in their own words ("Bob said to …, could you do that?"). */
  relayed: boolean;
  /** Clauses left out as context before the request and after it, as typed. */
  before: string[];
  after: string[];
}

const ADDRESSED =
  /\b(can|could|would|will|wont|won't|cant|can't) (you|u|ya|someone|somebody|anyone|one of you|we|the bot|coxswain)\b|\b(can|could|may) (i|we) (see|get|have|look at|view|check)\b|\b(please|pls|plz|kindly)\b|\b(i|we) (just |only |really |also )?(need|want|would like|'d like|wanna)\b|\b(i|we) (am|are|'m|'re) (needing|wanting)\b|^\W*(\w+ )?(can|could) do\b(?! (it|that|this)\b)|,\s*(can|could) do\b|\b(i|we)'d (like|love)\b|^\W*go ahead\b|\bgo ahead and\b|\blet'?s\b|\blet us\b|\bdo me a favou?r\b|\b(gimme|lemme see|let me (see|know))\b|\bwould you mind\b|\bany chance (you|u) (could|can|would)\b|\b(i )?ask you to\b|\bis (it )?(possible|posible) to\b|\bwould it be (possible|ok|okay) (to|for you to|if you)\b|^\W*(you|u) (can|could) (?!see\b)|^\W*let (the )?[a-z0-9-]+ (have|run|be|go|get|stay)\b|\b(needs|could use) (\d+%?|one|two|three|four|five|a|an|another|more|fewer|less)\b[^.?!;]*\b(replicas?|pods?|instances?)\b/i;
/** The person's own ask for what was reported: "could you do that?", "please do", "go ahead and do it". */
const ADOPTED =
  /\b(can|could|would|will) (you|u) (please )?do (that|it|this|so)\b|\b(can|could) (you|u)( please| pls)?\s*\?\s*$|\bplease do(?!\s*(not|n'?t)\b)( it| that| so)?\b|\bgo ahead and do it\b|\bdo (it|that),? (please|pls|plz|now)\b|\b(fine|ok|okay|good) (by|with) me,? (do it|go|go ahead)\b|\b(i'?m|i am) (ok|okay|fine) with (that|it),? (do it|go|go ahead)\b|\b(yeah|yes|yep|ok|okay),? let'?s do (it|that)\b|\bmake it so\b|\bgo for it\b|\bi agree\b[^.?!]*\b(go|do it)\b|\blet'?s (at least |just )?(go to|do|promote|restart|roll|scale|pause|abort|retry|move)\b|\bgo ahead\s*[.!]*\s*$/i;
const DELIBERATION =
  /\bthinking out loud\b|\b(why|how come|the reason) (we|i|you) (should|need to|must|have to|ought to|want to)\b|\b(that'?s|that is|thats|this is|here'?s|here is|heres|which is) (why|when|how come|the reason)\b|(?<!\bif )\b(anyone|anybody|everyone|everybody|folks|y'?all|you all|ya|u|you|the team|people|you guys)\b[^.!?\n]{0,20}\b(against|with (me|us|it|this|that)|for (it|this|that)|okay|ok|alright|fine|sure|think|take|agree|objections?|mind|up for|in favou?r|on board)\b[^.!?\n]{0,15}$|\b(okay|ok|alright|fine|good|cool|sure)( with| by| for)? (you|u|ya|everyone|everybody|y'?all|the team|folks|all of you)\b[^.!?\n]{0,10}$|\b(what|how) about (this|it|that)\b[^.!?\n]{0,10}$|\b(okay|ok|alright|fine|good|cool)( with| by) (that|this|it)\b[^.!?\n]{0,15}$|\bwhat would (you|ya|u|y'?all) (like|prefer|suggest|do|say)\b[^.!?\n]{0,10}$|\b(that'?s|that is|thats|here'?s|here is|heres) (how|howto)\b|\b(sure|certain|confident) about (this|it|that)\b[^.!?\n]{0,10}$|\bwhat do (you|y'?all|you all|you guys|people|folks) think\b|\b(maybe|perhaps|probably) (we|i) (should|could|need to|ought to|might)\b|\b(we|i) (should|could|might) probably\b|\u{1f914}|\bdo you think\b|\bwould you (say|recommend|advise)\b|^\W*(should|shall|must|ought) (we|i)\b|^\W*do (we|i) (need|have) to\b|\b(thoughts|opinions|objections|any objections|agree|ok with (that|this)|sound (ok|good|right))\s*\??\s*$|\b(what'?s|what is|whats) (your|ur|everyone'?s|everybody'?s|the team'?s) (take|view|opinion|call|vote)\s*\??\s*$|\b(how'?s|how is|hows) (that|this)( sound)?\s*\??\s*$|\b(who'?s|who is|whos) (with me|in|for it|against( it)?|up for it|on board|ok with (it|that|this))\s*\??\s*$|\b(that'?s|that is|thats|is that|is this) (ok|okay|fine|alright|right|good)( with (you|everyone|y'?all))?\s*\??\s*$|\b(what (does|do)|what'?s|whats) (everyone|everybody|people|y'?all|you all|the team|you guys|folks) think\s*\??\s*$|\b(i'?m|we'?re) (not sure|unsure|wondering) (if|whether) (we|i) should\b|\bnot sure (that'?s|it'?s|this is) (right|a good idea)\b/iu;
const HYPOTHETICAL =
  /\b(what (would|will|could) happen|what happens|what if|would it be(?! (possible|ok|okay) (to|for you to|if you)\b)|will it be|is it (safe|ok|okay|fine|wise|a good idea)|would it (hurt|break|matter|help)|^if (we|i|you(?! (can|could|have (a )?(sec|second|minute|moment|time)|get a (sec|chance|minute)|don'?t mind|do not mind))|someone|somebody|they)\b|\bif (we|i|you|someone) (were to|had|did|do)\b|hypothetically|in theory|^\W*(suppose|supposing|assume|assuming|imagine|say) (we|i|you|someone)\b|\b(would|could|will) (a |an |the )?(?!(string|spring|thing|nothing|something|anything|everything)\b)[a-z]{3,}ing\b(?! (me|us|you)\b)|\bwould (we|i|it|that|this) (pay|cost|save|spend)\b|\bhow much (more |less |extra )?(would|will)\b)/i;
const REPORTED =
  /\b(said|says|told (me|us|him|her|them)|asked (me|us|him|her|them)?|wants? (me|us|him|her|them)|suggested|mentioned|is asking|was asking|keeps asking|wondered|wonders|was wondering|thinks|believes|reckons|feels)\b.*\b(to|that|if|whether|needs|should|could|must|(we|you|i|they|he|she) (should|must|need to|have to|can|could|ought to))\b|\b(wants|wanted|plans|planned|is planning|was planning|proposes|proposed|suggests|recommends|recommended|advises|advised) to\b|\baccording to\b|\b(?<!\b(i|we|who|you|u) )(wants|wanted|requested|is asking for|asked for)\b|\b(they|he|she|someone|somebody|everyone|everybody|anyone|the others|others|those folks|folks|people|[a-z]+ team)('d| would| will| might| could| must| should| need| needs| want| wants| have| has| are going| is going)\b/i;
const QUESTION_WORD =
  /^(do (you|we|i|they)|is|are|was|were|does|did|has|have|had|why|when|what|which|who|whose|where|how|should|shall|am|isn't|aren't|wasn't|didn't|doesn't|hasn't|haven't)\b/i;
/** A verb of change in the past tense: "we restarted api", "web was rolled back". */
const PAST =
  /\b(restart|roll|scal|revert|deploy|promot|abort|paus|kill|delet|bump|redeploy|bounc|upgrad|downgrad|updat|chang|recycl|reboot|increas|decreas|reduc|doubl|tripl|halv|resiz|ship|push)(p?ed)\b/i;
/** "p99 latency doubled", "traffic halved overnight": a change told in the past after a subject that is no helper verb. */
const TOLD_CHANGE = new RegExp(
  `^\\W*(?!(having|have|has|had|be|been|being|get|got)\\b)[a-z0-9-]+(\\s+[a-z0-9-]+){0,2}\\s+${PAST.source.slice(2, -2)}\\b`,
  'i',
);
const NOUN =
  /\b(the|a|an|last|latest|previous|recent|that|this|its)\s+(restart|rollback|roll-?back|scale|scaling|revert|deploy|deployment|promotion|abort|pause|rollout|release|upgrade|downgrade)\b/i;
const EMBEDDED_QUESTION =
  /\b(tell|show) (me|us)\b.{0,20}\b(if|whether|when|why|how|who)\b|\b(let (me|us) know|check|confirm|see|find out|know|verify|wondering|wonder)\b.{0,20}\b(if|whether|when|why|who)\b/i;
/** "I will restart web", "we might restart it", "about to scale api": what someone means to do, not an ask. */
const INTENT =
  /^\W*((heads up|fyi|ps|note|update)\W+)?((i|we|i'll|we'll|i'm|we're|someone|anyone|somebody)\s+(will|might|may|could|would|shall|am going to|are going to|'m going to|'re going to|about to|gonna|plan to|intend to)\b|(i'll|we'll)\b|(just )?about to\b|will (restart|roll|scale|promote|abort|pause|kill|delete|bounce|redeploy)\b)/i;
/** "restarting api in staging now", "FYI: scaling web": an announcement of what someone is doing. */
const PROGRESSIVE =
  /^(\W*(fyi|ps|heads up|note)\W*)?(restart|roll|scal|revert|deploy|promot|abort|paus|kill|delet|bump|redeploy|bounc|upgrad|downgrad|updat|chang|recycl|reboot)(p?ing)\b(?!\s+(restart|update|upgrade|deploy))/i;
const CORRECTION =
  /^(wait|no wait|no(?! (rush|worries|problem|pressure|hurry|stress|big deal|need)\b| (more|further|new|extra) [a-z])|nope|sorry|oops|whoops|ugh|argh|actually|i mean|i meant|scratch that|correction|make that|rather)\b/i;
const STRONG = /\b(please|pls|plz|kindly)\b|\b(can|could|would|will) (you|u|someone|somebody|anyone|the bot|coxswain)\b/i;
/** A wish in modal form is still a request: "worker should have 4 pods", "web needs to be at 3". */
const MODAL = /\b(should|must|needs? to|has to|have to|ought to|supposed to)\b/i;
/** A tag that turns a statement into a question: "…, right?", "…, correct?". */
const TAG = /^(right|correct|yes|no|yeah|isn'?t (it|that so)|aren'?t (they|there)|ok|okay|true|innit|am i right|eh)\??$/i;
const GREETING =
  /^(hi|hey|hello|hiya|howdy|yo|hola|hallo|bonjour|salut|ciao|ol[aá]|oi|servus|moin|merci|gracias|danke|obrigado|grazie|morning|good (morning|afternoon|evening)|team|all|folks|everyone|guys|thanks|thank you|thx|ty|cheers|please|pls|ok|okay|so|well|um|uh|hmm|quick (one|question)|fyi|ps|lol|lmao|haha|anyway|anyways|c'?mon|come on|bot|((hey|hi|ok|okay|yo|c'?mon|come on) )?(bot|buddy|pal|coxswain|mate)|((are|r) )?(you|u) (there|around|awake|alive|up|online)\??)$/i;
const GREETINGS_AHEAD = /^((hi|hey|hello|yo|so|ok|okay|um|quick question)\b[\s,!]*)+/i;
/** "roll it back": the object is named earlier in the sentence. */
/** A verb that names no action of its own, on a pronoun: "let's start it", "kick it off", "run that". */
const GENERIC_ACT =
  /^\W*(?:(?:let'?s|let us|please|pls|ok|okay|so|then|now|go ahead and)\s+)*(?:(?:start|run|do|launch|begin|kick|fire)\s+(?:it|that|this|them)|make (?:it|that) so)\b/i;
const PRONOUN =
  /\b(it|its|them|their|him|her|that one|this one|the (staging|stg|stage|prod|production|monitoring|kube-system|default|canary|stable|new|old|other|broken|bad) ones?|the (?!same\b|other\b|first\b|last\b|next\b|new\b|old\b)[a-z]+(ing|ed|y|ck) (one|pod)|(that|this|the same) (image|build|version|tag))\b|\b(that|this)(?=(\s+(for (me|us)|please|pls|too|now|asap|quickly|real quick))*\s*[?.!]*\s*$)|(?<!\b(is|are|was|were|any|anything|nothing|something|over|out|in|from|get|go|be|hi|hey|hello) )(?<!^\W*)(?<!(?<!\bwhat)'s )\bthere\b(?! (is|are|was|were|be|will|seems?|might|may|must)\b)(?!')/i;
/** A workload said to be well: "api and worker look fine", "checkout is ok", "web's unaffected". */
const FINE =
  /\b(fine|ok|okay|healthy|green|good|stable)\W*$|\b(look|looks|looked|are|is|was|were|seem|seems|seemed|'s|'re|stay|stays|remain|remains)\s+(all\s+)?(fine|ok|okay|good|healthy|normal|green|unaffected|stable|happy)\b|\b(no|not) (issues|problems?|affected)\b/i;
/** A command word with nothing but courtesy after it: "bounce pls", "restart it now". */
const VERB_ALONE = /^\W*[a-z-]+(\s+(pls|please|plz|now|asap|thanks|thx|quick|quickly|again|real quick|for me))*\W*$/i;
/** "the one in prod": one of the objects named before. */
const THE_ONE = /^\W*the one (in|on|from|for|of)\b/i;
/** A way back to an earlier revision that names no workload: "go back to revision 1", "revert to the previous one". */
const BACK_TO =
  /\b(go|roll|revert|take (it|them))\s+back\b|\b(back|revert) to (revision|rev|the (previous|last|old|prior) (one|version|revision|release))\b/i;
const FINE_BUT = /^.*\b(is|are|looks?|seems?)\s+(fine|ok|okay|good|healthy|green|stable|happy)\b[^,;]*?\bbut\b/i;
/** Verbs that fetch what a pronoun points to: "can you pull that?", "get me that please". */
const FETCH =
  /\b(get|give|pull|fetch|show|send|grab|find|dig up|bring|confirm|check|verify|tell|details|info|status|break (it|that|this) down)\b/i;
/** "show me the pods", "those logs", "the last 30 lines": an object named before. */
const DEFINITE =
  /\b(the|those|these|that|this)\s+(pods?|logs?|log lines|deployment|workload|rollout|canary|service|app|preview|active|images?|versions?)\b|^(?!.*\b(revert|undo|roll|rollback|delete|kill|restart|remove|drop|change|edit)\b).*\b(the|those|these) (last|first|latest) (\d+|few|hundred) (log )?lines\b/i;
/** A verb of state: a segment with one tells a story ("api is fine", "we had an incident"). */
const STATE =
  /\b(is|are|was|were|has|have|had|looks|look|seems|seem|been|being|got|went|came|broke|happened|stays|stay|remains|remain)\b/i;
const SUBJECT = /^(i|we|it|they|he|she|you|there|this|that|everything|nothing|someone|somebody)\b/i;
/** "the release manager wants to stop at the current step", "QA signed off": what others want or did tells a story. */
const OTHERS_SAY =
  /^\W*(the |our |my |their |a )?([a-z@-]+ ){0,2}(wants|wanted|asked|asks|said|says|signed off|signs off|agreed|approved|decided|thinks|thought|prefers|told|mentioned|suggested|confirmed)\b/i;

const COMMAND_CANON = new Set([...WRITE_VERBS, 'add', 'list', 'describe', 'logs', 'roll']);

/** Words that share a meaning with a command but do not command at the head of a sentence ("new here, …"). */
const NOT_VERBS = new Set([
  'new',
  'more',
  'less',
  'fewer',
  'status',
  'health',
  'healthy',
  'ready',
  'paused',
  'info',
  'details',
  // States read as "describe": "broken down by deployment", "aborted yesterday".
  'broken',
  'aborted',
  'restarting',
  'failing',
  'crashing',
  'degraded',
  'doing',
  'going',
  'progress',
  'state',
]);
/** The writer saying who they are: "Release captain here.", "platform on-call here". */
const WHO_WRITES =
  /^\W*([\w-]+\s+){0,3}(captain|lead|manager|engineer|on-?call|sre|dev|developer|team|pm|intern|owner|admin)\s+here\W*$/i;
/** A go-ahead that names nothing: "Go.", "do it", "make it so". */
const GO_AHEAD =
  /^\W*((ok|okay|so|now|then)\W+)?(go|go ahead|go for it|do it|proceed|make it so|let'?s go|let'?s do it|send it)(\W+(now|please|pls))?\W*$/i;
/**
 * An ask that only points back at the command before it: "… port 9091. Can you set that up?", "… for 4 minutes. Can
 * you do that?". The command is the request; the ask is its "please".
 */
const POINTS_BACK =
  /^\W*(?:(?:so|ok|okay|then)\W+)?(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone)(?: please| pls| just)? )?(?:please |pls )?(?:do|set up|set|handle|take care of|sort out|sort|run|get|make|kick off|start) (?:that|it|this)(?: (?:up|out|off|done|going|happen|so))?(?: (?:for me|for us|please|pls|now|today|before i go|real quick|quickly))*\W*$/i;
/** A word that adds a request to what came before: "…, plus scale worker", "… btw bounce web". */
const JOINER = /^\W*(plus|also|and|then|btw|additionally|as well)\b/i;
/** A value given after the request, shaped like a statement: "the name is mailer", "image: …", "port = 8080". */
const SLOT =
  /^(the )?one (on|in|for|of|running on|targeting|against) [\w\s-]{1,40}$|^for (my|our|the|a|an|his|her|their|this) [\w-]+( [\w-]+){0,2}( (please|pls|plz|thanks|thx))?$|^(it )?(listens|listening|runs|serves|is) on (port )?\d+$|^(the |its |with )?(name|image|port|replicas|replica count|namespace|tag|version|container)\s*(is|=|:|should be|will be)?\s*(?!(broken|bad|wrong|fine|ok|okay|old|new|missing|outdated|stale|corrupt\w*|busted|borked|gone|there|ready|done|fail\w*|unknown|private|public|huge|big|small|slow|weird|off|different|same|latest)\b)\S+$|^(at )?(level|lvl)\s*\d+$|^((just|only) )?(\d+|a single|one|two|three|four|five|six|seven|eight|nine|ten) (replicas?|copy|copies|pods?|instances?)( (is|are|would be|should be|will be) (fine|enough|ok|okay|plenty)| (will|should|would) do| please)?$|^(name|call) it [\w.-]+$|^((he|she|they|we|i|finance|\w+) )?(only )?((wants?|needs?) )?(just |only )?(the )?(top|first|biggest) (\d+|three|five|ten|twenty)( (please|pls|plz|only|is fine|is enough|will do))?$|^(it'?s |it is |which is )?(called|named) [\w.-]+$|^((i |we )?(need|want|wanna|would like|'d like|d like)( to (see|get|have))? )?(just |only )?(the )?(last|past|previous) \S+( \S+)?( (is|are|would be|should be) (fine|enough|ok|okay|plenty)| will do| works| please)?$|^(for )?(\d+|[a-z]+)\s*(minutes?|mins?|seconds?|secs?|hours?|hrs?|ms|milliseconds?|%|percent)$/i;
/** A count given as a value of its own: "two replicas should do", "one pod is enough". */
const COUNT_SLOT =
  /^\W*((just|only) )?(\d+|a single|one|two|three|four|five|six|seven|eight|nine|ten) (replicas?|copy|copies|pods?|instances?)\b/i;
/** A request for a new Deployment. */
const CREATE_CUE = /\b(create|new|spin|set ?up|stand|launch|deploy|provision|try out|trialing|put it)\b/i;
/** A wish that names a read or a count of its own: "we need to see the logs of api", "make sure worker has 5 replicas". */
export const WISHED_READ =
  /\b(see|check|view|look at|pull|get|read|review) (the |its |all |their |some )?([\w-]+ ){0,2}(logs?|costs?|spend|events|images?|pods)\b|\bwhat [\w-]+( in [\w-]+)? (logged|printed|wrote|spent|costs?)\b|\b(has|have|runs?|at) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) (replicas?|pods)\b/i;
/** A segment that only gives a value, whatever punctuation ends its sentence. */
const isSlot = (text: string) => SLOT.test(text.replace(/[\s.!]+$/, ''));
/** A modifier phrase before the request: "in staging, restart web", "for checkout, promote it" (or a bare "prod, …"). */
const LEADING_MODIFIER = /^(in|on|for|to|from|with|at|over|since|during|inside)\b[^,]{0,40}$/i;

interface Segment {
  text: string;
  sentence: number;
  addressed: boolean;
  imperative: boolean;
  question: boolean;
  empty: boolean;
  story: boolean;
}

/**
 * A plain label before a request: "one more:", "action item #3:", "ps:" (not a step of a plan, nor a label for another
 * day: "step two:", "action item for tomorrow:").
 */
const LABEL =
  /^((?:ok |thx!? |thanks!? )?(?:one more(?: thing)?|one last (?:thing|one)|another one|action items?(?: #?\d+)?(?: for (?:today|now))?|today|next|also|ps|p\.s\.|update|quick one|fyi|todo|to ?do|ask|request|req|q|asap|urgent|prio|p[0-3]|sev ?[0-3]|high prio|(?:one|an) (?:ask|request) from (?:the |our |my )?[\w-]+(?: [\w-]+)?))\s*:\s+(\S.*)$/i;

/** Verbs that command with their object: "take prod worker down by one", "start 25% packet loss". */
/** A remark in parentheses about how things stand. */
const REMARK = /\b(stays|stay|remains|remain|is|are|was|were|did|had|don'?t|do not)\b/i;
/** A wish to find something out: the purpose of a command beside it. */
const CHECKING_WISH =
  /^\W*(?:[\w -]{1,24}:\s*|(?![^,.]{0,40}\b(?:tomorrow|tonight|later|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|am|pm)\b)(?:for|as part of) (?:the |our |a |this )?(?!(?:tomorrow|tonight|later|next|monday|tuesday|wednesday|thursday|friday|weekend)\b)[\w-]+(?: (?!(?:tomorrow|tonight|later|next)\b)[\w-]+){0,3},?\s+|(?:ahead of|before) (?:the |our |a |this )?[\w'-]+(?: [\w'-]+){0,3},?\s+)?(((i|we) )?(want|need|wanna|would like|'d like) (to )?(check|see|make sure|be sure|be certain|be safe|verify|confirm|know|find out|(have )?a (yes or no|yes\/no|quick answer)|understand|double-check|prove|test|measure|demonstrate|watch|observe|learn|rule out|show (?:what|how|that|whether))\b|let'?s (get|stay) ahead of (it|this|that|the \w+)\b)/i;
/** Nouns that make a compound with a command word at the head: "release notes are out", "deploy freeze starts". */
const COMPOUND =
  /^\W*\w+ (notes?|freeze|window|plan|process|pipeline|counts?|train|schedule|policy|candidate|branch|date|checklist|runbook|ticket|history|status|managers?|team|lead|owner|engineers?|captain|bot|jobs?|dashboard|channel)\b/i;
const COMPOUND_VERB =
  /\b(is|are|was|were|starts?|started|says?|said|begins?|began|ends?|ended|has|have|had|went|came|landed|looks?|shows?|lists?|mentions?)\b/i;
/** Verbs that end like a verb form and are none: "bring it up by 2" commands. */
const NOT_A_FORM = new Set(['bring', 'need', 'feed', 'seed', 'speed', 'shed', 'embed']);
/**
 * A change with no verb of change: a size ("take it down by two", "one fewer replica there", "a second replica") or
 * a rollout's progress ("send it to 100%", "take it all the way", "go ahead to the next step").
 */
const SIZE_CHANGE =
  /\b(up|down) by (\d|one|two|three|four|five|half)|\b(\d+|one|two|three|four|five|a|an|another) (more|fewer|less|extra|additional|second|third) ([a-z][a-z0-9-]* )?(replicas?|pods?|instances?|copies|copy)\b|\bto 100 ?(%|percent)|\ball the way\b|\bto the next step\b|^\W*(go to |on to )?(the )?next step(\s+(please|pls|plz|now))*[^\w?]*$|\bthe rest of the steps\b|^\W*(put|set|make|bring|take|change) (it |them )?(to|at) \d+\b|^\W*make (it|that) (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\W*$|^\W*(add|remove|drop) (\d+|one|two|three|a)(\s+(more|less|fewer))?(\s+(replicas?|pods?|instances?))?[^\w?]*$/i;
/** A count alone with a verb of size: "please put 8", "reduce to 4", "increase it to 6 please". */
const BARE_SIZE =
  /^\W*((can|could|would) (you|u) )?((please|pls|just) )*(put|set|make|bring|take|change|scale|reduce|increase|decrease|raise|lower|bump|cut|grow|shrink|go)( (it|them|that))?( (up|down|back))?( (to|at))? (1?\d)( (replicas?|pods?|instances?|copies))?( (please|pls|now|thanks))*[^\w.?]*$/i;
/** A story about how many copies run ("web of prod is too few", "too many pods of web"), not another measure. */
const SIZE_STORY =
  /\b(too (few|many|little|small|big)|not enough|replicas?|pods?|instances?|copies|capacity|slow|struggling|overloaded|busy|idle|(went|gone|scaled|bumped) (up|down)|scaled)\b|\b\d+\/\d+\b/i;
const NOT_SIZE =
  /\b(alerts?|errors?|rate|latency|retries|retry|restarts?|timeouts?|jobs?|disk|containers?|canary|traffic|requests?|times|budget|costs?|pages?|load|average|queue|depth|backlog|batch|size|interval|gigs?|heap|gc|pause|p\d+|priority|workers|weight|messages?|lag|gb|gib|mb|mib|gi|mi|bytes?)\b/i;
/** "… is at 2 pods. I want it at 3": a count wished for, of what the sentence before told. */
const WANT_IT_AT =
  /^\W*((i|we) )?(want|need|wanna|'?d like|would like) (it|them|that) (at|on) (\d+|one|two|three|four|five|six|seven|eight|nine|ten)( (replicas?|pods?|instances?|copies))?\W*$/i;
/** A count of replicas told: "is at 2 pods", "runs 3 replicas". */
const REPLICA_COUNT = /\b(\d+|one|two|three|four|five|six|a single) (replicas?|pods?|instances?|copies)\b/i;
/** A story that counts something other than replicas: "is on 0.9.3", "at weight 20", "its HPA floor is at 3". */
const OTHER_MEASURE =
  /\b(versions?|v\d\S*|weight|revisions?|rev|steps?|regions?|zones?|azs?|hpa|floor|minimum|maximum|min|max|level|log|cpus?|vcpus?|cores?|memory|threads?|rps|qps|connections?|percent|ms|seconds?|minutes?|nodes?)\b|%|\d+\.\d+/i;
const LIGHT_VERBS = new Set(['take', 'start', 'throw', 'put', 'bring', 'push', 'send', 'move', 'spin', 'flip', 'cut']);

function firstWord(text: string): string {
  return leadWords(text)[0] ?? '';
}

/** The words of a segment without its label, greeting and words of sequence. */
function leadWords(text: string): string[] {
  return (
    text
      // A label before the words: "this week: kill pods of worker", "action item: restart api"; a word of sequence:
      // "after that set image …" commands as much as "set image …".
      .replace(LABEL, '$2')
      .replace(/^\W*(after that|after this|afterwards|next|and then|first|firstly|first of all)\b\W*/i, '')
      // "help me scale web to 3": the help asked for is the action.
      .replace(/^\W*help me(?: to)?\s+(?=[a-z])/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9' -]/g, ' ')
      .split(/\s+/)
      .filter(
        (w) =>
          w &&
          !GREETING.test(w) &&
          ![
            'just',
            'now',
            'also',
            'then',
            'and',
            'plus',
            'btw',
            'additionally',
            'ok',
            'okay',
            'so',
            'actually',
            'instead',
            // Words of urgency or manner before the verb: "yalla restart coredns", "fully promote payments".
            'yalla',
            'alright',
            'fully',
            'kindly',
            'quickly',
            'immediately',
          ].includes(w),
      )
  );
}

/**
 * Words that turn from the story to the request: "the thing I actually need right now: restart worker", "what I do
 * need is the cost per deployment", "all I want is the logs of api". What follows is the request.
 */
const FOCUS =
  /^(?:(?:so|anyway|but|ok|okay|and)[\s,]+)?(?:anyway|anyways|that said|regardless|so(?=\s*:)|(?:what i (?:actually |really |do |still )?(?:need|want)(?: right now| now| today| from you)?(?: is)?|the (?:only |one |real )?thing i (?:actually |really )?(?:need|want)(?: right now| now| today| from you)?(?: is)?|what matters (?:now|most|today)(?: is)?|(?:one )?last thing(?=\s*[:\u2014\u2013,-])|all i (?:need|want|ask for)(?: is)?|all (?:i'?m|i am) asking(?: for)?(?: is)?|my (?:actual |real |only |one )?(?:ask|request|question)(?: is)?|the (?:actual |real )?(?:ask|request)(?: is)?|(?:just|only) the (?:numbers|data|figures|facts|info|list)|tl;?dr))\s*(?::|\u2014|\u2013|-|,)?\s+(\S.*)$/i;

function segment(text: string, sentence: number, question: boolean): Segment {
  const focused = FOCUS.exec(text.trim());
  if (focused) {
    // "the real ask: why does api restart", "last thing: someone restarted web": a question or a report is not asked.
    const inner = segment(focused[1], sentence, question);
    // "my only question: how much did prod cost?": a question the words turn to is what is asked.
    const asked = /\bquestion\b|^\W*(anyway|anyways|that said|regardless)\b/i.test(text) && inner.question;
    return { ...inner, addressed: inner.addressed || asked || (!inner.question && !inner.story && !PAST.test(inner.text)) };
  }
  // "one more: restart opencost", "action item: scale web": a plain label before a command is not read (one that
  // claims authority, "URGENT from security:", "Admin says:", stays and is read).
  const labelled = LABEL.exec(text.trim());
  const t = labelled && COMMAND_CANON.has(canonOf(firstWord(labelled[2]))) ? labelled[2] : text.trim();
  const bare = t.replace(/[^\p{L}\p{N}' ]+/gu, ' ').trim();
  const [first = '', second = ''] = leadWords(t);
  return {
    text: t,
    sentence,
    // "why would we restart web", "when will you restart it": a question about the action, not an ask.
    addressed:
      ADDRESSED.test(t) &&
      !/^\W*(why|when|how|where|who|whom)\b|^\W*what (would|will|could|should|did|does|set|made|caused|happened)\b/i.test(t),
    // "restarting api now" announces; it does not ask.
    // "restarted web in staging" reports; "restarting api now" announces: neither asks.
    // "2 more worker pods in prod": a change of size with no verb and no subject asks for it.
    // "lol look at this commit message:": pointing at something pasted, not a command.
    imperative:
      !/^\W*((lol|lmao|haha|wow|ok|so)\W+)?(look|check out|see|peep) (at )?(this|that|these)\b/i.test(t) &&
      // "go back there", "go back to that one": back to an earlier revision.
      (/^\W*(?:(?:please|pls|just|then|so|ok)\s+)*go back(?:\s+(?:there|(?:one|a|1) (?:version|revision|release|build)|to (?:it|that|this|that one|this one|revision \d+|rev \d+|the (?:previous|last good|old|earlier|prior) (?:one|version|revision|release|build))))?(?:\s+(?:please|pls|now))*\W*$/i.test(
        t,
      ) ||
        (SIZE_CHANGE.test(t) &&
          !STATE.test(t) &&
          !SUBJECT.test(first) &&
          !question &&
          !/\?/.test(t) &&
          !/^\W*(not|no|never|don'?t|do not)\b/i.test(t)) ||
        // "new deployment api-shadow in staging, image …": a new one named is asked for.
        /^\W*new (?:deployment|deploy|app|service|workload) [a-z0-9][a-z0-9-]*\s+(?:in|on|with|from|using|image)\b/i.test(t) ||
        ((COMMAND_CANON.has(canonOf(first)) || LIGHT_VERBS.has(first)) &&
          !OTHERS_SAY.test(t) &&
          !NOT_VERBS.has(first) &&
          // "launch day is close", "release train leaves at 14:00": a word of change before a noun it names.
          // "restart did nothing, so …": a word of change that did something in the past is a noun.
          !namesAnEvent(second, first) &&
          !/^(did|didn'?t|fixed|helped|worked|failed|was)$/.test(second) &&
          !JUDGED.test(t) &&
          !(/(ing|ed)$/.test(first) && !NOT_A_FORM.has(first)) &&
          !(COMPOUND.test(t) && COMPOUND_VERB.test(t)))),
    // "restart it?", "give it another go?": a command said with a question mark still asks for the command.
    question:
      (question && !(COMMAND_CANON.has(canonOf(first)) && !NOT_VERBS.has(first) && !/(ing|ed)$/.test(first))) ||
      QUESTION_WORD.test(t.replace(/^[^a-z]*/i, '').replace(GREETINGS_AHEAD, '')),
    empty: bare.split(/\s+/).every((w) => !w || GREETING.test(w)) || GREETING.test(bare),
    // "p99 latency doubled after the deploy", "traffic halved": a change told in the past after its subject.
    story: STATE.test(t) || SUBJECT.test(first) || toldChange(t),
  };
}

/**
 * The request of a message, read on its own, and what kind of sentence it is. `workloads` are the inventory's
 * workload names and `names` every name (workloads, namespaces, aliases): what a pronoun points back to is the
 * workload named nearest before it, with the namespace said beside it.
 */
/** "restart would be overkill", "rollback should be a last resort": a word of change judged, not asked for. */
const JUDGED =
  /^\W*[a-z-]+(?:\s+\S+){0,7}?\s*(?:\s(?:would|will|might|could|should|may|is|was|seems?|feels?|sounds?|looks?)(?:\s+(?:be|have been|probably|really|kinda|kind of|likely|just|totally|like|way|super|pretty))*|=|:|\s[-\u2013\u2014])\s*(?:a |an |the )?(?:overkill|premature|silly|excessive|too (?:much|risky|slow|late|early|aggressive)|last resort|(?:bad|terrible|risky|awful|dumb) (?:idea|move|call)|wrong (?:call|move|fix)|waste of time|hard no|no-go|risky|pointless|useless|mistake|wrong|dangerous|unnecessary|not (?:help|needed|necessary|enough|an option)|(?:not|n't) (?:help|work|fix))\b/i;

/** "can someone look at this?", "could you take a look": attention asked for, with no object or action of its own. */
const LOOK_ONLY =
  /^\W*(?:(?:hey|hi|pls|please|so)\W+)*(?:(?:can|could|would|will) (?:someone|somebody|anyone|you|u)(?: please)?|please|pls)?\s*(?:look at|check|have a look at|take a look at|eyeball) (?:this|that|it|these)(?: (?:please|pls|asap|quickly))?\W*$|^\W*(?:(?:can|could|would) (?:someone|somebody|anyone|you|u) )?(?:take|have) a (?:quick )?look\W*$/i;

/**
 * "web in prod is down restart it", "the canary looks fine promote it": a state and then a command with no stop
 * between them (typed on a phone, or spoken) are two sentences.
 */
const RUN_ON =
  /\b((?:is|are|was|were|looks?|seems?|got|went)\s+(?:[\w'-]+\s+){0,3}?(?:down|up|fine|good|ok|okay|great|slow|broken|bad|stuck|dead|red|green|healthy|flaky|again|on fire|high|full|toast|hosed|borked|[\w-]+ing|[\w-]+ed))\s+(?:so\s+(?:please\s+|pls\s+|just\s+)?)?(restart|scale|roll|promote|abort|pause|retry|bounce|kill|delete|stop|revert|undo)(?=\s+[\w-])(?!\s+(?:fixed|helped|did|didn'?t|worked|failed|was|is|will|would|has|had|should|could|might|count|counts|loop|loops|storm|seems|looks|made|doesn'?t|won'?t)\b)/gi;
/** A statement ended by a colon before a verb of the catalog: "the premiere is in two hours: scale web to 16". */
const STATED_THEN =
  /(\b(?:is|are|was|were)\b[^.:!?\n]{0,80}):\s+(?=(?:please |pls |just |so |then |now )?(?:restart|scale|roll|promote|abort|pause|retry|bounce|kill|delete|stop|revert|undo|set|create|launch|show|list|describe|get|drop|add|bump|double|halve|cut)\b)/gi;
/**
 * Words that announce quoted or relayed words after a colon ("Alice said: …", "the ticket reads: …") or a claim of
 * clearance ("this one is pre-cleared: …"), which the checks of claims read as one sentence.
 */
const QUOTING =
  /\b(says?|said|wrote|writes|asked|asks|told|reads?|message|command|quote|typed|pasted|note|notes|ticket|runbook|doc|docs|plan|step|steps|instructions?|order|orders|admin|system|override|clear\w*|approv\w*|signed|sign-?off|authori[sz]\w*|ok'?d|green-?lit)\b/i;
/** A sentence that asks or reports ("is web down restart it?", "who said web is down restart it"): no run-on to split. */
const ASKED_OR_TOLD =
  /^\W*(?:is|are|was|were|do|does|did|should|would|could|can|who|what|why|when|how|whether|if)\b|\b(?:say|says|said|told|tells|asked|asks|wrote|writes)\b/i;

export function requestText(said: string, workloads: Set<string> = new Set(), names: Set<string> = workloads): RequestText {
  // An emoji between words ends a clause: "`…:2.4.0` is out :tada: ship it to api".
  // "scale checkout in staging to 0 (prod stays at 5 obviously)": a remark in parentheses is a sentence of its own.
  // "when you get a chance, please scale …": the bot's convenience, no question about when; "Just tell me in plain
  // words: …" leads to the question.
  const text = stripMarkup(
    said
      .replace(
        /^\W*(just )?(tell me|explain)( (it )?(in plain (words|english)|simply|briefly|straight))?\s*:\s*(?=[^:]*\?\s*$)/i,
        '',
      )
      // "Testing our retry logic: make staging web lose 25% of its packets": what the request is for.
      .replace(
        /^\W*(testing|checking|verifying|validating|exercising|probing) (our|the) [\w-]+( [\w-]+)? (logic|behaviou?r|retries|retry|resilience|fallback|timeouts?|handling|path|alerts?)\s*:\s+(?=\S)/i,
        '',
      )
      .replace(
        /\b(when(ever)?|if) (you|u) (get a (chance|sec|second|minute|moment)|have a (sec|second|minute|moment)|can(?=\s*([,.!?]|$)))\b/gi,
        ' ',
      )
      // "the payments preview is bad → abort payments": an arrow before a verb of change leads to the ask.
      .replace(
        /\s*(?:->|=>|\u2192)\s*(?=(?:please |pls |just |so |then )?(?:restart|scale|roll|promote|abort|pause|retry|bounce|kill|delete|stop|revert|undo|rollback|set)\b)/gi,
        '. ',
      )
      // "the premiere is in two hours: scale web in production to 16": a statement, then a command after a colon.
      .replace(STATED_THEN, (m, state: string, at: number, all: string) => {
        const start = Math.max(all.lastIndexOf('\n', at), ...['.', '!', '?', ';'].map((p) => all.lastIndexOf(p, at))) + 1;
        // ("not sure if this is how you do it but: restart checkout": the sentence goes on past the colon.)
        return QUOTING.test(all.slice(start, at + state.length)) || /\b(but|and|or|so|if|whether)\W*$/i.test(state)
          ? m
          : `${state}. `;
      })
      .replace(RUN_ON, (m, state: string, verb: string, at: number, all: string) => {
        const start = Math.max(all.lastIndexOf('\n', at), ...['.', '!', '?', ';'].map((p) => all.lastIndexOf(p, at))) + 1;
        return ASKED_OR_TOLD.test(all.slice(start, at + state.length)) ? m : `${state}. ${verb}`;
      })
      .replace(/(^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' . ')
      .replace(/(?<=\w)\s+\p{Extended_Pictographic}+\s+(?=\w)/gu, ' . '),
  ).replace(/\(([^()]*)\)/g, (m, inner: string) =>
    inner.trim().split(/\s+/).length >= 3 && REMARK.test(inner) ? `. ${inner}. ` : m,
  );
  const sentences = text
    .split(/\n+|(?<=[!?…])\s*|(?<=\.)\s+(?=\S)|\.$|;|\s+-{1,2}\s+|\.{3,}|(?:^|\s)\d\)\s/)
    .flatMap(joined)
    .map((s) => s?.trim())
    .filter(Boolean) as string[];
  const segments: Segment[] = [];
  sentences.forEach((s, i) => {
    const parts = s.split(/,(?!\d{3}\b)/).map((p) => p.trim());
    // "…, right?" asks whether the statement before it is true.
    const tagged = parts.length > 1 && TAG.test(parts[parts.length - 1].replace(/[?!.\s]+$/, ''));
    if (tagged) parts.pop();
    parts.forEach((p, k) => {
      if (!p) return;
      const s = segment(p, i, tagged || (k === parts.length - 1 && /\?\s*$/.test(p)));
      // "… anyway, what's running in production?": the turn back to the bot after a story.
      const turned = k > 0 && /^\W*(anyway|anyways|regardless|that said)\W*$/i.test(parts[k - 1]) && (s.question || s.imperative);
      segments.push(turned ? { ...s, addressed: true } : s);
    });
  });
  const content = saidOnce(segments.filter((s) => !s.empty));
  // A segment that is only a verb ("see", "check") is not an action of its own.
  const words = (x: Segment) =>
    x.text
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ').length;
  // "I don't want the rollout moving over the weekend — pause it": a wish against something is the reason.
  // "show me the worker pods, I want to check the restart went through": a wish to check beside a command is why.
  const commandsAround = content.some((s) => s.imperative);
  const wishes = content.filter(
    (s) =>
      s.addressed &&
      !onlyAddress(s.text) &&
      // "can someone look at this? show me the worker pods": a call for attention before the ask itself.
      !(LOOK_ONLY.test(s.text) && content.some((o) => o !== s && (o.imperative || o.addressed) && !LOOK_ONLY.test(o.text))) &&
      !/\b(don'?t|do not|doesn'?t) (want|need)\b/i.test(s.text) &&
      // "no changes please, just the numbers: …": what is not wanted is no request.
      !/^\W*(no|nothing|none)\b|^\W*(please |pls )?(don'?t|do not|never)\b/i.test(s.text) &&
      // "…? top ten please": a value with a please is a value of the request, not one of its own.
      // ("the one in staging pls" picks an object, and stays the ask).
      !(isSlot(s.text.replace(/\s+(please|pls|plz)\W*$/i, '')) && !/^\W*(the )?one\b/i.test(s.text) && content.length > 1) &&
      // "we want to ship checkout 3.2.0 to prod next week. Where is the staging canary?": a plan for later beside an ask.
      !(
        /\b(next (week|month|sprint|quarter|release)|tomorrow|later this (week|month)|in (a|two|three|\d+) (days|weeks))\b/i.test(
          s.text,
        ) && content.some((o) => o !== s && (o.question || o.imperative))
      ) &&
      // "I'd double it but let's not go crazy": a way set aside.
      !(
        /^\W*(i'?d|i would|we'?d|we would|i could|we could)\b(.*)\bbut\b/i.test(s.text) &&
        (!/^\W*(i'?d|i would|we'?d|we would) (really )?(appreciate|love|like|prefer|be grateful)\b/i.test(s.text) ||
          /\bbut\b(?! no (rush|hurry|pressure))[^.!?]*\b(won'?t|can'?t|not|no|never|isn'?t|doesn'?t)\b/i.test(s.text))
      ) &&
      !(
        // "is any chaos running in staging? I want to be sure before the demo": a question beside it too.
        (commandsAround || content.some((o) => o !== s && (o.addressed || o.question))) &&
        CHECKING_WISH.test(s.text) &&
        // "we need to see the logs of api", "make sure worker has 5 replicas": a wish with an object of its own asks;
        // "rule out the cache by restarting worker" asks for the restart.
        !WISHED_READ.test(s.text) &&
        !/\bby (\w+ing)\b/i.test(s.text)
      ),
  );
  // "we want to know whether the alerts fire, so run memory pressure on worker", "let's start small: kill a pod of
  // api": a wish with no command and no object beside a command is the reason, not a second request.
  const commanding = content.filter((s) => s.imperative || (s.addressed && hasCommand(s.text)));
  const addressed =
    commanding.length > 0 ? wishes.filter((s) => hasCommand(s.text) || tokens(s.text).some((w) => workloads.has(w))) : wishes;
  // "we want to see how web copes. please drop 20% of packets": a plain ask outranks a stated wish.
  const strong = addressed.filter((s) => STRONG.test(s.text));
  // A wish with an object of its own ("make sure worker has five replicas") is a second ask, not outranked.
  const asks =
    addressed.length > 1 &&
    strong.length === 1 &&
    !addressed.some(
      (s) =>
        s !== strong[0] &&
        WISHED_READ.test(s.text) &&
        tokens(s.text).some((w) => workloads.has(w) && !tokens(strong[0].text).includes(w)),
    )
      ? strong
      : addressed;
  // "list chaos in prod? btw kill a pod": a command with a question mark still asks for something.
  // "don't touch anything": a negated command asks for nothing.
  // "… error rate is 0.4% vs 0.1% baseline. abort": a verb alone that ends the message acts on what came before.
  const last = content[content.length - 1];
  // "Release captain here.": who is writing, not a command.
  const commands = content.filter(
    (s) =>
      s.imperative &&
      (words(s) > 1 || (s === last && content.length > 1)) &&
      !/^\W*(don'?t|do not|never)\b/i.test(s.text) &&
      !WHO_WRITES.test(s.text),
  );
  // One addressed segment is the request; commands in the story before it are context ("see above, can you …"), but
  // a verb of change before it is an action of its own ("restart web. also, can you scale worker?").
  // "I want to move it one step forward. Go.": a go-ahead after the one ask is that ask, said again.
  const others =
    asks.length === 1
      ? commands.filter(
          (c) =>
            c !== asks[0] &&
            (c.sentence >= asks[0].sentence || changes(c.text)) &&
            !(c.sentence > asks[0].sentence && GO_AHEAD.test(c.text)),
        )
      : commands;
  // "We're doing a game day at 3pm. Step one: 500ms of latency on checkout in staging for 10 minutes.": with no command
  // and no ask, the one phrase that names a workload and tells no story is what is asked for.
  const phrases = content.filter(
    (s) => !s.story && !s.question && !s.addressed && tokens(s.text).some((w) => workloads.has(w)) && /\d/.test(s.text),
  );
  const verbless =
    asks.length === 0 &&
    commands.length === 0 &&
    phrases.length === 1 &&
    content.length > 1 &&
    !hasCommand(phrases[0].text) &&
    !content.some((s) => s.question)
      ? phrases[0]
      : undefined;
  // "Describe checkout in production — customers reported a delay … and I want its conditions and events": a command
  // that opens the message, then a wish that names nothing and changes nothing, is the command and its reason.
  const opening =
    asks.length === 1 &&
    commands.length === 1 &&
    content.indexOf(commands[0]) === 0 &&
    commands[0] !== asks[0] &&
    tokens(commands[0].text).some((w) => names.has(w)) &&
    !changes(asks[0].text) &&
    // A read that opens the message is the request whatever the wish after it says; another command names its own.
    (!changes(commands[0].text) ||
      (!tokens(asks[0].text).some((w) => workloads.has(w) && !tokens(commands[0].text).includes(w)) &&
        !hasCommand(asks[0].text)));
  // "create metrics-proxy … port 9091. Can you set that up?": the one command before an ask that only points back.
  const pointedAt =
    asks.length === 1 &&
    POINTS_BACK.test(asks[0].text) &&
    commands.length === 1 &&
    content.indexOf(commands[0]) < content.indexOf(asks[0])
      ? commands[0]
      : undefined;
  const chosen = pointedAt
    ? pointedAt
    : opening
      ? commands[0]
      : asks.length === 1
        ? asks[0]
        : asks.length === 0 && commands.length === 1
          ? commands[0]
          : verbless;
  let parts: Segment[];
  let pronoun = false;
  let described = false;
  if (chosen) {
    // The chosen segment with the modifiers of its own sentence; with a pronoun, what it points back to as well.
    // The object a pronoun points to is in the sentence before it, or in the sentences before that.
    // Only the object comes from there: the request must name its action itself ("do it like she did" does not).
    // "are any api pods restarting in stg? show me the pods": a request that names nothing points back like a pronoun.
    // "… is paused at step 1. go ahead to the next step": a change of size or progress that names nothing too.
    // "… broke login for 30% of testers; go back to revision 1 please": a way back that names nothing.
    // "web of prod is too few, please put 8": a bare count is a size only after a story of sizes, not of alerts,
    // latency or a canary's weight.
    const told = content.slice(0, content.indexOf(chosen)).map((s) => s.text);
    const sizeTold = told.some((t) => SIZE_STORY.test(t)) && !told.some((t) => OTHER_MEASURE.test(t) || NOT_SIZE.test(t));
    const bare =
      !tokens(chosen.text).some((w) => names.has(w)) &&
      (DEFINITE.test(chosen.text) ||
        SIZE_CHANGE.test(chosen.text) ||
        (BARE_SIZE.test(chosen.text) && sizeTold) ||
        WANT_IT_AT.test(chosen.text) ||
        BACK_TO.test(chosen.text) ||
        // "🔥 prod api 💀 bounce pls": a verb alone, with its object before it.
        (hasCommand(chosen.text) && VERB_ALONE.test(chosen.text.replace(/\p{Extended_Pictographic}/gu, ' '))) ||
        // "how do I see which pods api has in production? can you just show me": show what was asked; "I think the api
        // in staging crashed, can you look?": look at what was named.
        /^\W*((can|could|would) (you|u|someone|somebody|anyone) )?(please |pls )?(just )?(show|tell|give|list|check|look|take a look|have a look|look into it|investigate|dig in)( (me|us))?( (that|them|it|this|those|the (top|first|biggest|worst) (\d+|three|five|ten)))?( (please|pls|plz))?\W*$/i.test(
          chosen.text,
        ));
    // "… so I can find it": a pronoun in the purpose points to nothing the request acts on.
    const acting = chosen.text.replace(/\b(so (that )?(i|we|you|they) (can|could|may)|in order to|because)\b.*$/i, '');
    // "the one in prod pls, last 40 lines of its logs": the pronoun or the command may be in the modifiers after it.
    const whole = [
      chosen.text,
      ...content
        .filter((s, k) => s.sentence === chosen.sentence && k > content.indexOf(chosen) && !s.addressed)
        .map((s) => s.text),
    ].join(', ');
    pronoun =
      (PRONOUN.test(acting) || bare || (THE_ONE.test(chosen.text) && PRONOUN.test(whole))) &&
      (hasCommand(whole) ||
        FETCH.test(whole) ||
        chosen.imperative ||
        BACK_TO.test(chosen.text) ||
        SIZE_CHANGE.test(chosen.text) ||
        (BARE_SIZE.test(chosen.text) && sizeTold) ||
        WANT_IT_AT.test(chosen.text) ||
        // "Can we have more copies of it running?": a size asked for in plain words.
        /\b(more|fewer|less) (copies|replicas|pods|instances)\b/i.test(chosen.text)) &&
      content.some((s) => s.sentence <= chosen.sentence && s !== chosen) &&
      // "prod worker is on 0.9.3. I want it on 1": the number is of what the story measured, not a count; only a story
      // that counts replicas ("is at 2 pods") makes it one.
      !(
        WANT_IT_AT.test(chosen.text) &&
        (content.some((s, k) => k < content.indexOf(chosen) && OTHER_MEASURE.test(s.text)) ||
          !content.some((s, k) => k < content.indexOf(chosen) && REPLICA_COUNT.test(s.text)))
      );
    // "can you list the worker pods so I can see which node it's on": a request that names its workload takes at
    // most an image from before it ("`…/api:2.4.0` is out. ship it to api").
    const named = tokens(chosen.text).some((w) => workloads.has(w));
    const at = content.indexOf(chosen);
    // "scale worker to 6... no wait, 5": a correction of a number joins the request, whatever its punctuation.
    const rest = content.slice(at + 1).map((s) => s.text);
    // "… to 7 no 9 no... ok 8": a correction word left hanging, and a number after it.
    const hanging =
      /\b(no|wait|actually|sorry|nope)\W*$/i.test(chosen.text) && /^\W*((ok|okay|so|then|um+|hmm+)\W+)?\d/i.test(rest[0] ?? '');
    const numberCorrection = rest.length > 0 && (CORRECTION.test(rest[0]) || hanging) && /\d/.test(rest.join(' '));
    // What the pronoun points to: the names of the nearest segment before it that names a workload ("api in
    // staging is holding on to a bad pool since the deploy. can you bounce it?": "api staging"), or, when none
    // does, everything before it.
    // "I need the cost per namespace for last week. can you get me that?": a wish that names no action is an object too.
    const before = content.filter((s, k) => k < at && (!s.addressed || !hasCommand(s.text)) && !s.imperative);
    // "prod web throws 500s since the deploy; api and worker look fine. roll it back": what is fine is not meant.
    // "i think there are 2 workers? the one in prod pls": a workload named in the plural is named too.
    // "… It's called web-network-delay-m3p9, please end it now": an experiment or a pod by its name is named too.
    // "the staging worker leaks … the fix is pushed as ghcr.io/acme/worker:0.9.5": a name inside an image names the
    // object only when no sentence names one outside an image.
    const naming$ = (outsideImages: boolean) =>
      before.filter((s) =>
        tokens(outsideImages ? s.text.replace(/\S+:[\w.-]*\d\S*/g, ' ') : s.text).some(
          (w) => workloads.has(w) || workloads.has(w.replace(/s$/, '')) || EXPERIMENT_NAME.test(w),
        ),
      );
    const namedOutside = naming$(true);
    const namingAll = namedOutside.length > 0 ? namedOutside : naming$(false);
    const troubled = namingAll.filter((s) => !FINE.test(s.text));
    const naming = troubled.length > 0 ? troubled : namingAll;
    const imaging = before.filter((s) => images(s.text).length > 0);
    // "packet loss on api in staging: 25 percent, for three minutes. Let's start it": a verb that names no action
    // points back to the action described, with its values.
    const action = naming.length > 0 && GENERIC_ACT.test(chosen.text) ? naming[naming.length - 1].sentence : undefined;
    described = pronoun && action !== undefined;
    // "I bet it's one of those chaos sims. list the staging ones?": a plural points to the kind named in the plural.
    const kinds = /\bthe ([a-z-]+ )?ones\b/i.test(chosen.text)
      ? before.filter((s) => /\b(experiments|sims|simulations|chaos)\b/i.test(s.text)).slice(-1)
      : [];
    const referents = named
      ? imaging.slice(-1).map((s) => ({ ...s, text: images(s.text).join(' ') }))
      : kinds.length > 0
        ? kinds.map((s) => ({ ...s, text: 'chaos experiments' }))
        : action !== undefined
          ? before.filter((s) => s.sentence === action)
          : naming.length > 0
            ? [
                withWantedCount(
                  objectOf(naming[naming.length - 1], names, SIZE_CHANGE.test(chosen.text) || /\d/.test(chosen.text), workloads),
                  naming[naming.length - 1].text,
                  chosen.text,
                ),
                // "```…pasted pods…``` staging api. kill the pending pod": the pod a pasted table named.
                ...(/\b(one|pod)\b/i.test(chosen.text) ? before.filter((s) => POD_TOKEN.test(s.text)).slice(-1) : []).map(
                  (s) => ({
                    ...s,
                    text: s.text.match(POD_TOKEN)?.[0] ?? '',
                  }),
                ),
                // "… pushed ghcr.io/acme/api:2.4.1. staging api is still on the rc — put the new image on it".
                ...(/\b(image|build|version|tag)\b|\b(put|ship|deploy|apply|roll out) (that|this)\b(?! back)|(?<!\b(canary|preview)\b.*)\b(ship|deploy|apply|roll out) it\b/i.test(
                  chosen.text,
                )
                  ? imaging.slice(-1)
                  : []
                ).map((s) => ({
                  ...s,
                  text: images(s.text).join(' '),
                })),
              ]
            : before;
    parts = content.filter((s, k) => {
      if (s === chosen) return true;
      if (k > at && numberCorrection) return true;
      // "Can we have more copies of it running? Let's say 9 in total." (idioms: "to 9"): the size to reach, said right
      // after an ask for a size with no number ("… more copies? 9" stays out: 9 more, or 9 in all?).
      if (
        k === at + 1 &&
        /^\W*to (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)( (copies|replicas|pods|instances))?\W*$/i.test(
          s.text,
        ) &&
        /\b(more|fewer|less|extra|additional|bigger|smaller|up|down|copies|replicas|pods|instances)\b/i.test(chosen.text) &&
        !/\d/.test(chosen.text)
      )
        return true;
      // "… called debug-box in staging? image busybox:1.36", "… memory pressure — level 5, five minutes": values given
      // in the sentence after it.
      // A count given so is a new Deployment's ("restart api. Just one replica will do" asks something else).
      const value = (x: Segment) =>
        isSlot(x.text) &&
        !x.addressed &&
        !x.imperative &&
        (!COUNT_SLOT.test(x.text) ||
          (CREATE_CUE.test(chosen.text) &&
            // Names inside an image or a new hyphenated name ("web-canary", "…/web:1.9.0") are not the workload acted on.
            !tokens(
              chosen.text.replace(/\S*[/:]\S*|\b[\w]+(?:-[\w]+)+\b|\b(like|next to|same as|similar to|based on) [\w-]+/gi, ' '),
            ).some((w) => workloads.has(w))));
      if (k > at && value(s) && content.slice(at + 1, k).every(value)) return true;
      // "…, last 100 lines please": a modifier with a "please" of its own, no command and no object.
      if (
        k > at &&
        s.sentence === chosen.sentence &&
        s.addressed &&
        !s.imperative &&
        !hasCommand(s.text) &&
        !addressed.includes(s) &&
        /\d|\b(lines?|minutes?|hours?|replicas?|level|since|last|top)\b/i.test(s.text)
      ) {
        return true;
      }
      // A question mark at the end of the sentence belongs to all of it: "…, broken down by deployment?".
      if (s.sentence !== chosen.sentence || s.addressed || s.imperative || (s.question && k < at)) return false;
      // Before a request with a pronoun, only what the pronoun points to (below) is read.
      // "image X, serves on 8080, one replica is enough, put it in staging": values given before it are its own.
      // (a name said there is what the pronoun points to, read with the referents).
      if (pronoun && k < at && !(isSlot(s.text) && !/\b(called|named|one)\b/i.test(s.text))) return false;
      // After the request: its modifiers ("…, last 5 minutes", "…, no wait 2"); before it, only a place or time.
      // "could you list what's deployed in staging, want to check before standup": the purpose is no modifier.
      if (k > at && CHECKING_WISH.test(s.text)) return false;
      // "not a restart, i want the pods of web listed": what is not meant is no modifier.
      // "abort payments, do NOT promote": what is not to be done after the request is no part of it.
      // Only the bare verb: "don't stop at the next pause", "don't forget to scale it" say more.
      if (
        k > at &&
        /^\W*(and )?(please )?(do not|don'?t|never) [a-z]+( (it|that|them|anything))?\W*$/i.test(s.text) &&
        hasCommand(s.text)
      )
        return false;
      // "without changing anything, can you tell me …": how to do it, not what.
      // Only when it names nothing ("without touching prod" says where not to act).
      if (k < at && /^\W*(not|no|never)\b/i.test(s.text)) return false;
      if (k < at && /^\W*without \w+ing (anything|a thing|stuff|things)\W*$/i.test(s.text)) return false;
      // "…, the release manager wants to stop at the current step": what others want is the reason, no modifier.
      return k > at
        ? (!s.story && !OTHERS_SAY.test(s.text)) || isSlot(s.text)
        : LEADING_MODIFIER.test(s.text) || (!s.story && words(s) <= 3) || isSlot(s.text);
    });
    if (pronoun) parts = [...referents, ...parts];
  } else parts = content;
  const read = parts.map((s) => s.text).join(', ');
  // "costs for staging last week, plus scale worker": a joining word after another request is a second action.
  const joins =
    !!chosen &&
    JOINER.test(chosen.text) &&
    content.some((s, k) => k < content.indexOf(chosen) && !s.story && !LEADING_MODIFIER.test(s.text) && words(s) > 2);
  // "restart api in staging, then do the same for production": one action, two targets.
  // "scale api in prod to 6, also what did prod cost yesterday?": a question joined to a command asks for a second thing.
  const alsoAsked =
    !!chosen && content.some((s) => s !== chosen && s.question && /^\W*(also|and also|plus|btw|oh,? and)\b/i.test(s.text));
  // "abort checkout, our release captain wants to abort payments as well": someone's ask of another object after it.
  const othersAsk =
    !!chosen &&
    content.some(
      (s, k) =>
        k > content.indexOf(chosen) &&
        !(opening && s === asks[0]) &&
        OTHERS_SAY.test(s.text) &&
        hasCommand(s.text) &&
        tokens(s.text).some((w) => names.has(w)),
    );
  // The ask that points back at the command is that command's "please", no second action.
  const acts = pointedAt ? [pointedAt] : asks;
  const several =
    joins ||
    alsoAsked ||
    othersAsk ||
    REPEAT.test(text) ||
    acts.length + others.filter((c) => !acts.includes(c) && !(pointedAt && asks.includes(c))).length > 1;
  // "do we need to restart web? ok, let's do it": a proposal the sender settles after it.
  const weighed = moodOf(read, parts);
  const mood = weighed === 'deliberation' && ADOPTED.test(text) ? 'request' : weighed;
  const relayed = mood === 'request' && REPORTED.test(read) && ADOPTED.test(read);
  const nominal = mood === 'plain' && NOUN.test(read);
  // The words left out as context, before and after the request: a write is sure only if they are harmless.
  const at = chosen ? content.indexOf(chosen) : -1;
  const leftOut = content.filter((s) => !parts.includes(s));
  const before = chosen ? leftOut.filter((s) => content.indexOf(s) < at).map((s) => s.text) : [];
  const after = chosen ? leftOut.filter((s) => content.indexOf(s) > at).map((s) => s.text) : [];
  // "restart web in prod. wait, no, staging": a correction the request did not take in.
  const corrected = after.some((s) => CORRECTION.test(s));
  return {
    text: read,
    mood,
    several,
    context: parts.length < content.length,
    pronoun,
    described,
    nominal,
    corrected,
    relayed,
    before,
    after,
  };
}

/**
 * "describe worker / scale it to 0", "kill a pod + add latency": a `/`, `&` or `+` before a command joins two
 * sentences; before a name it joins two targets ("restart prometheus + opencost"), which the reader asks about.
 */
function joined(sentence: string): string[] {
  const out: string[] = [];
  let rest = sentence;
  for (let m = /\s[/&+]{1,2}\s/.exec(rest); m; m = /\s[/&+]{1,2}\s/.exec(rest)) {
    const after = rest.slice(m.index + m[0].length);
    if (!COMMAND_CANON.has(canonOf(firstWord(after)))) break;
    out.push(rest.slice(0, m.index));
    rest = after;
  }
  return [...out, rest];
}

/** "do the same for prod", "same for worker", "and for production too": the action again, on another target. */
const REPEAT =
  /\bditto\b|\b(do|the|same) (the )?same (thing |again )?(for|to|on|in|with)\b|\bsame (thing )?(for|to|on) (the )?[a-z]|\b(repeat|likewise) (it |that |this )?(for|on|in)\b|\band (then )?(also )?(for|in|on) [a-z-]+ (too|as well)\b/i;

/**
 * "let's hold off on the canary — pause checkout in staging", "pause the checkout rollout, hold on": a segment that
 * says the verb of another again, with nothing of its own, is the same action, not a second one; it is left out.
 */
function saidOnce(content: Segment[]): Segment[] {
  // "can someone look? … describe it": a read said twice is one read too.
  const verbOf = (s: Segment) => tokens(s.text).find((w) => COMMAND_CANON.has(canonOf(w)) && !NOT_VERBS.has(w));
  // "pause the canary too", "restart them too", "scale it up now": another object or a direction is no repetition.
  const bare = (s: Segment, verb: string) =>
    !/\b(too|also|as well|either|both|them|those|these|that|this|up|down|again)\b/i.test(s.text) &&
    tokens(s.text).every((w) => !w || w === verb || SAID_AGAIN.test(w) || GREETING.test(w));
  return content.filter((s) => {
    const verb = verbOf(s);
    if (verb === undefined || !bare(s, verb)) return true;
    return !content.some((o) => {
      // Only a request says it again: "the handbook says to promote … Go ahead and promote it" asks once.
      // "cancel the rollback of web, stop it": a verb of change used as a noun is not what is said again.
      const other = o !== s && (o.imperative || o.addressed) && !NOUN.test(o.text) ? verbOf(o) : undefined;
      // Both bare ("promote it. yeah, promote"): the first says it.
      return (
        other !== undefined && canonOf(other) === canonOf(verb) && (!bare(o, other) || content.indexOf(o) < content.indexOf(s))
      );
    });
  });
}

/** A verb of change leads the text ("restart web", "scale worker to 2"). */
function changes(text: string): boolean {
  const w = canonOf(firstWord(text));
  return WRITE_VERBS.includes(w) || w === 'roll';
}

/** Image references in a text ("ghcr.io/acme/api:2.4.0", "nginx:1.27"). */
function images(text: string): string[] {
  return (
    text.match(/\b[a-z0-9][a-z0-9._-]*(\/[a-z0-9._-]+)*:[a-z0-9][a-z0-9._-]*\b|\b[a-z0-9.-]+\.[a-z]{2,}(\/[a-z0-9._-]+)+\b/gi) ??
    []
  );
}

function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9-]+/);
}

/** Only the names of a segment, as a segment of their own: the object a pronoun points back to. */
function objectOf(s: Segment, names: Set<string>, sized = false, workloads: Set<string> = names): Segment {
  // "web in prod has too many pods, put it to 5": pods counted in the story are no object of a size.
  const kinds = sized ? /^(canary|rollout|deployment)$/ : /^(canary|rollout|deployment|pods?)$/;
  return {
    ...s,
    // The kind of object stays with its name: "the canary of checkout" is a rollout.
    // "not the staging one: the checkout in production": a name said not to be meant is no object.
    // "checkout in prod is fine but the one in staging is stuck": what is fine is not meant.
    // The workload stays: "the one in staging" is the same workload.
    text: tokens(
      s.text.replace(/\bnot (the |in |on )?[a-z0-9-]+/gi, ' ').replace(FINE_BUT, (m) =>
        tokens(m)
          .filter((w) => workloads.has(w))
          .join(' '),
      ),
    )
      .map((w) => (!names.has(w) && names.has(w.replace(/s$/, '')) ? w.replace(/s$/, '') : w))
      // "that latency experiment on web (web-network-delay-k9p3m) … kill it": an experiment, by its name.
      .filter((w) => names.has(w) || kinds.test(w) || EXPERIMENT_NAME.test(w))
      .join(' '),
    story: false,
    question: false,
  };
}

/** "prometheus needs 2 replicas, scale it pls": a count the story says is needed, for a size asked with none. */
function withWantedCount(object: Segment, story: string, asked: string): Segment {
  // Not "scale it down instead", "scale it if so", nor a need said with a doubt ("wants 5 but the budget says no").
  if (!/^\W*(?:please |pls )?scale (?:it|them)(?: up)?(?:\s+(?:please|pls|plz|now))*\W*$/i.test(asked)) return object;
  if (/\b(but|not|no|if|during|when|unless|budget)\b|n't\b|\?/i.test(story)) return object;
  const n = /\b(?:needs?|should have|should run|must have)\s+(\d+)\s*(?:replicas?|pods?|instances?)\b/i.exec(story)?.[1];
  return n ? { ...object, text: `${object.text} to ${n} replicas` } : object;
}

/** A pod of a Deployment by its generated name: "api-5d8f7c9b6-k2j4h" (the pattern pasted output is read with). */
const POD_TOKEN = new RegExp(POD_NAME.source);

/** A chaos experiment's generated name: "web-network-delay-k9p3m", "api-pod-kill-x2". */
const EXPERIMENT_NAME = new RegExp(`^[a-z0-9-]+-(${ChaosExperimentSchema.options.join('|')})-[a-z0-9]+$`);

/** The text holds a command verb of its own. */
/** A change told in the past ("traffic doubled overnight") with no command in the rest of the segment. */
function toldChange(text: string): boolean {
  const m = TOLD_CHANGE.exec(text);
  // "… after the deploy": a word of change after a determiner is a noun.
  return (
    !!m &&
    !hasCommand(
      text
        .slice(m[0].length)
        .replace(/\b(the|this|that|last|our|its|each|every)( (last|latest|previous|recent|new|first|big))? [a-z-]+/gi, ' '),
    )
  );
}

function hasCommand(text: string): boolean {
  return (
    SIZE_CHANGE.test(text) ||
    BARE_SIZE.test(text) ||
    text
      .toLowerCase()
      .split(/[^a-z-]+/)
      .some((w) => COMMAND_CANON.has(canonOf(w)) && !NOT_VERBS.has(w))
  );
}

/** "can you?", "please": an addressed segment with nothing to do in it. */
function onlyAddress(text: string): boolean {
  return (
    text
      .toLowerCase()
      .replace(ADDRESSED, ' ')
      .replace(
        /\b(help|me|it|that|this|do|so|just|quickly|asap|now|starting|right|away|immediately|today|thanks|thank|you|soon|if|possible)\b/g,
        ' ',
      )
      .replace(/[^a-z0-9]+/g, '')
      .trim() === ''
  );
}

function moodOf(text: string, parts: Segment[]): Mood {
  // "shall we roll back web in prod? yeah, let's do it": a proposal the sender settles.
  if (DELIBERATION.test(text)) return ADOPTED.test(text) ? 'request' : 'deliberation';
  if (HYPOTHETICAL.test(text)) return 'hypothetical';
  // "can you tell me if web was rolled back?": the request is for an answer about state.
  if (EMBEDDED_QUESTION.test(text)) return 'question';
  // "the SRE lead told me we need to abort …", "ops asked whether we could …": the words reported come first.
  const reported = REPORTED.exec(text);
  const addressed = ADDRESSED.exec(text);
  // "Priya said I can try a small one now: add 150ms latency to api": the sender's own command after what was reported
  // (not "the alert said: scale worker", whose words after it are the report's).
  const turn = /:\s+(?=\S)/.exec(text);
  const lead = turn ? text.slice(0, turn.index) : '';
  if (
    reported &&
    turn &&
    reported.index < turn.index &&
    COMMAND_CANON.has(canonOf(firstWord(text.slice(turn.index + turn[0].length)))) &&
    !/\b(said|says|say|wrote|writes|reads|asked|asks|told|tells|suggests|suggested|goes|went)\W*$/i.test(lead) &&
    !/\b(alert|log|logs|ticket|runbook|doc|docs|note|notes|bot|system|thread|email|mail|message|wiki|page|channel|output|comment|readme)\b/i.test(
      lead,
    )
  )
    return 'request';
  // "Bob said we should bounce api — could you do that?": the person asks for what was reported (read as unsure).
  if (reported && !/^\s*(please|pls)\b/i.test(text) && (!addressed || reported.index < addressed.index) && !ADOPTED.test(text)) {
    return 'reported';
  }
  // "The SRE lead wants a chaos run … I'm ok with that, go.": someone's request the sender adopts.
  if (reported && ADOPTED.test(text)) return 'request';
  if (parts.some((p) => p.addressed)) return 'request';
  if (parts.some((p) => p.question)) return 'question';
  if (parts.some((p) => p.imperative)) return 'request';
  if (INTENT.test(text)) return 'statement';
  if (!MODAL.test(text) && (STATE.test(text) || PAST.test(text) || PROGRESSIVE.test(text))) return 'statement';
  return 'plain';
}
