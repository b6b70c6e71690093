/**
 * Text as chat clients deliver it → plain lower-case words. Slack wraps mentions, channels and links in
 * angle brackets and escapes &, < and >; people add greetings, politeness and punctuation. None of that
 * carries meaning for the planner, and leaving it in would make every later step handle it again.
 */
import { remembered } from './per-message.ts';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

/**
 * The message without the discourse words before its first clause ("ok", "so", "hey", "hmm", "quick question"): checks
 * that look at how a message starts read past them (red-team round 121: "ok before you restart api").
 */
export function withoutDiscourse(text: string): string {
  return text.replace(DISCOURSE, '');
}
const DISCOURSE = /^\W*((ok|okay|so|hey|hi|hmm+|well|and|also|um+|uh+|yo|right|alright|quick question|quick q|btw)\b[\s,]*)+/i;

/** Removes Slack markup and decodes entities; keeps the case (image tags may carry it). */
export function stripMarkup(text: string): string {
  return remembered('stripMarkup', text, undefined, () => markupStripped(text));
}

function markupStripped(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // A vote is no count: "+1 to restarting api" agrees with a request; "-1 on scaling worker", "-1, scale …" is
      // against it.
      .replace(/(^|[\s,.;:!?])\+\s?\d+\s+(?=(?:to|on|for|from)\b)/gi, '$1yes ')
      .replace(
        /^(\s*)-\s?\d+\b(?!\s*(?:x\b|replicas?|pods?|instances?|copies|more|less|fewer|%))[\s,.;:!-]*(?:(?:to|on|for|from)\s+)?/i,
        '$1no to ',
      )
      // "hows", "whats", "wheres" typed without the apostrophe: the question words they are.
      .replace(/\b(how|what|where|who)s\b/gi, "$1's")
      // "here's how to roll back web", "that's when we restart api": said as "here is", which the reader knows as an
      // explanation, not a request.
      .replace(/\b(here|that|there)'?s (?=(?:how|why|when|where|what|the way|the steps?)\b)/gi, '$1 is ')
      .replace(/[\u2013\u2014]/g, ' - ')
      // An HTML comment is text the sender wrote, not markup to drop: "<!-- ignore previous instructions … -->" must be
      // read, or an instruction hides in it (blind102).
      .replace(/<!--([\s\S]*?)(-->|$)/g, ' $1 ')
      // A date token keeps its text: "<!date^1767225600^{date_long}|Thursday, January 1st>" says when (round 159).
      .replace(/<!date\^[^|>]*\|([^>]*)>/g, ' $1 ')
      // Mentions and broadcasts: <@U123>, <@U123|alice>, <!here>, <!subteam^S1|@ops>.
      .replace(/<[@!][^>]*>/g, ' ')
      // Channels: <#C123|general> → #general.
      .replace(/<#[A-Z0-9]+\|([^>]*)>/g, ' #$1 ')
      // Links: <http://x|label> → label; <http://x> → x without its scheme (people type image refs, Slack links them).
      .replace(/<([^>|]*)\|([^>]*)>/g, ' $2 ')
      .replace(/<(?:https?:\/\/|mailto:)?([^>]*)>/g, ' $1 ')
      .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (m) => ENTITIES[m] ?? m)
      // Emoji codes (:rocket:, :+1:).
      .replace(/(^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' ')
      // Code and emphasis markers around words.
      .replace(/[`*~]/g, ' ')
      .replace(/(^|\s)_+|_+(\s|$)/g, ' ')
  );
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(wht|wat|wut)\b/g, 'what'],
  // "last wk", "this mo": a week and a month said short.
  [/\b(last|this|past|previous|prev) (wk|wks)\b/g, '$1 week'],
  [/\b(last|this|past|previous|prev) (mo|mth|mnth)\b/g, '$1 month'],
  [/\b(what|how|who|where|that|it|there|here)'?s\b/g, '$1 is'],
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|should|would|could)n'?t\b/g, '$1 not'],
  [/\b(i|you|we|they)'(d|ll|re|ve|m)\b/g, '$1'],
  [/\blet'?s\b/g, 'let us'],
  [/\bgimme\b/g, 'give me'],
  [/\blemme\b/g, 'let me'],
  [/'s\b/g, ''],
];

/** Multi-word politeness and hedging removed before tokenizing (order matters: longer first). */
const FILLER_PHRASES = [
  'thank you very much',
  'thank you in advance',
  'thanks in advance',
  'in advance',
  'thank you',
  'thanks a lot',
  'if you do not mind',
  'if you can',
  'if possible',
  'when you get a chance',
  'when you have a moment',
  'as soon as possible',
  'real quick',
  'right now',
  'for me',
  'could you please',
  'can you please',
  'would you please',
  'could you',
  'can you',
  'would you',
  'will you',
  'would you mind',
  'i would like you to',
  'i would like to',
  'i want you to',
  'i want to',
  'i need you to',
  'i need to',
  'we need to',
  'i wanna',
  'wanna',
  'go ahead and',
  'be so kind as to',
  'i think',
  'maybe',
  'let us',
  'i would like',
  'i need',
  'i want',
  'do me a favor and',
  'quick one',
  'quick question',
  'do me a favour and',
];
/** All filler phrases in one pass (longest first, each between spaces; neighbours both go). */
const FILLER_RE = new RegExp(`(?<= )(?:${[...FILLER_PHRASES].sort((a, b) => b.length - a.length).join('|')})(?= )`, 'g');
const FILLER_WORDS = new Set([
  'please',
  'pls',
  'plz',
  'pretty',
  'kindly',
  'thanks',
  'thx',
  'ty',
  'cheers',
  'just',
  'quickly',
  'asap',
  'now',
  'mate',
  'buddy',
  'folks',
  'bot',
  'coxswain',
  'um',
  'uh',
  'hmm',
  'ok',
  'okay',
  'yo',
  'sir',
  'dear',
  'actually',
  'right',
  'immediately',
  'the',
  'a',
  'an',
  'some',
  'our',
  'my',
  'its',
  'this',
  'that',
]);
const GREETINGS = new Set(['hi', 'hey', 'hello', 'hiya', 'howdy', 'morning', 'good', 'so', 'well', 'team']);

/** Punctuation that ends a word; `: / . - @ % #` stay inside words (images, pods, percentages). */
const SPLIT = /[\s,;!?()[\]{}"'<>=|+]+/;

const ORDINAL: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
const TRIED: Record<string, string> = {
  restart: 'restart',
  bounc: 'bounce',
  scal: 'scale',
  promot: 'promote',
  paus: 'pause',
  abort: 'abort',
};

/**
 * "something started on web about 10 minutes ago, show me its logs since then": "then" is the time the message told.
 * Read on the whole message, before the request is cut out of it.
 */
export function anchorThen(text: string): string {
  const ago =
    /\b(\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty) (minutes?|mins?|hours?|hrs?) ago\b/i.exec(text);
  return ago ? text.replace(/\bsince then\b/gi, `since ${ago[1]} ${ago[2]} ago`) : text;
}

export interface Normalized {
  /** Lower-case tokens without filler. */
  words: string[];
  /** The same tokens with their original case (image references keep theirs). */
  raw: string[];
  /** Lower-case text after markup removal, before filler removal (for guards that read whole phrases). */
  text: string;
  /** The same with its case. */
  cased: string;
}

const COMPOUND_LENGTH =
  /\b(?:(\d{1,2}) ?(?:h|hr|hrs|hours?)(?:,? (?:and )?)?(\d{1,2}) ?(?:m|min|mins|minutes?)|(\d{1,3}) ?(?:m|min|mins|minutes?)(?:,? (?:and )?)?(\d{1,2}) ?(?:s|sec|secs|seconds?))\b/g;

const UNIT_IN_ENGLISH: [RegExp, string][] = [
  [/^min/, 'minutes'],
  [/^(hora|ore|stunden|heure)/, 'hours'],
  [/^(d[ií]as|giorni|tage|jours)/, 'days'],
  [/^(seg|sec|sek)/, 'seconds'],
  [/^(l[ií]n|lign|zeil|righ|regel)/, 'lines'],
];

export function normalize(input: string): Normalized {
  return remembered('normalize', input, undefined, () => normalized(input));
}

function normalized(input: string): Normalized {
  const cased = stripMarkup(input);
  // "restart worker in staging, ticket FIN-7710", "scale worker to 3, OPS-412": a ticket's key in capitals is a
  // reference, never a workload or a pod.
  // ("Q3-2027", "FY-2026", "EOY-2026" are times, not tickets: red-team round 157.)
  let low = cased
    .replace(/\b(?!(?:SEV|P|Q[1-4]|H[12]|FY|CY|EOY|EOQ|EOM|W\d{1,2})-)[A-Z][A-Z0-9]{1,9}-\d{1,6}\b/g, 'ticket')
    .toLowerCase();
  for (const [re, to] of CONTRACTIONS) low = low.replace(re, to);
  // "Change CHG-7711 (standard change, pre-approved): restart opencost", "for the change record": a change ticket and
  // its id are the paperwork around the request, never a second action or a pod.
  low = low
    .replace(/\b(?:chg|inc|rfc|cr|ritm|ecr|req|prb|jira|ticket)[-_]?\d{3,}\b/g, 'ticket')
    // ("… and change CHG0051407": a second action on the ticket, which stays.)
    .replace(
      /(?<!\b(?:and|then|also|plus|pls|please|to|&)\s+)\bchange (?=(?:ticket|record|request|number|id|ref)\b(?!\s+(?:then|and|to|so|now)\b))/g,
      '',
    )
    // "four-eyes complete", "CHG0051407 approved in full": the paperwork done, never a full promotion.
    .replace(
      /\b(ticket|change|four-eyes|4-eyes|reviews?|approvals?|sign-?offs?|checks?|testing|tests|qa|cab|ecab|paperwork)((?:\s+(?:is|are|was|now|all|marked|to|as))*)\s+(?:complete|completed|done|closed|finished)\b/g,
      '$1$2',
    )
    .replace(/\bapproved in full\b/g, 'approved')
    .replace(
      /\b(standard|emergency|normal|approved|pre-approved|capacity|the|this|that|a|my|our|your) change\b(?! (the|its?|to|from|of|image|board|advisory|freeze|management|window|[a-z0-9-]+ (to|in|on)\b))/g,
      '$1 ticket',
    );
  // "last 30 minutos", "2 Stunden", "100 linhas": a unit after a number in another language is the same unit (blind170).
  low = low.replace(
    /\b(\d+)\s*(minutos?|minuti|minuten|minuter|minutes?|horas?|ore|stunden|heures?|d[ií]as|giorni|tage|jours|segundos?|secondes?|sekunden|secondi|l[ií]neas|linhas|lignes|zeilen|righe|regels)\b/g,
    (_m, n: string, unit: string) => `${n} ${UNIT_IN_ENGLISH.find(([re]) => re.test(unit))?.[1] ?? unit}`,
  );
  // "drop 25 pct packets", "10 per cent": a percent in its short or British spelling.
  low = low.replace(/\b(\d+(?:\.\d+)?)\s*(?:pct|per ?cent)\b/g, '$1%');
  // "del po api-6c9f… -n staging", "po coredns": kubectl's short words for delete and pods, where a command starts.
  low = low
    .replace(/^(\W*)del (?=(?:po|pods?) )/, '$1delete ')
    .replace(/^(\W*(?:delete|get|list|ls|show|describe) )po\b/, '$1pods')
    .replace(/^(\W*)po (?=[a-z])/, '$1pods ');
  // Everyday words for the catalog's: "which machines is api running on" asks for the nodes of its pods; "cost by
  // deploy" groups by deployment; "opencost today by pod" asks for costs; "remove 2 from prod web" takes replicas
  // away; "promote …, not fully" is one step.
  low = low
    .replace(
      /\b(which|what) (?:machines?|hosts?|servers?|boxes|vms?)\b(?=[^.?!]*\b(?:on|running on|sitting on|living on)\b)/g,
      '$1 nodes',
    )
    .replace(/\bby deploy\b/g, 'by deployment')
    .replace(/^(\W*)opencost (?=(?:today|yesterday|this|last|for|by|per|week|month)\b)/, '$1costs ')
    // "opencost numbers for last month": what OpenCost reports, not the opencost workload.
    .replace(/\bopencost (?:numbers|report|reports|figures|data|stats)\b/g, 'costs')
    // "wats in prod", "wat's running": what's.
    .replace(/\bwat'?s\b/g, "what's")
    .replace(/\bremove (\d+|one|two|three|four|five) from\b/g, 'remove $1 replicas from')
    // "delete a random api pod", "kill any web pod": a random pod of it.
    .replace(/\b(a|one|any) random ([a-z][a-z0-9-]*) pod\b/g, '$1 random pod of $2')
    // "minus one on prod web": a replica fewer.
    .replace(/^(\W*)minus (\d+|one|two|three|four|five) (?:on|from|for|off) /, '$1remove $2 replicas from ')
    .replace(
      /,?\s*(?:but |and )?not (?:fully|full|a full (?:one|promotion|promote)|all the way|completely|the whole way)\b/g,
      ' ',
    );
  // "drop web prod to 2", "drop api by one": a size dropped is a scale (not "drop 20% of packets", "by one version",
  // "to 3.0").
  low = low.replace(
    /\bdrop ((?:the )?[a-z0-9-]+(?: (?:in )?[a-z0-9-]+)?) (to|by) (\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w.])(?=\s*(?:$|[,;!?(]|\.(?!\d)|(?:replicas?|pods?|instances?|copies|please|pls|plz|thanks|thx|now|asap)\b))/g,
    'scale $1 down $2 $3',
  );
  // Words of degree and repeat that are no value (red-team round 136): "100% sure" is sure; "the fully paused
  // checkout" is its state, not a full promotion; "skip to the next step" is one step; "back to back" is more than
  // once.
  low = low
    .replace(/\b100\s*(?:%|percent|per cent)\s*(?=(?:sure|certain|confident|positive)\b)/g, '')
    .replace(
      /\b(?:fully|completely|entirely|totally)\s+(?=(?:paused|healthy|ready|green|stuck|broken|degraded|available|synced|idle|loaded|rolled|deployed|up|down)\b)/g,
      '',
    )
    .replace(
      /\bskip (?:to|past|over|ahead to|ahead past|ahead over|forward to) (?:the next|this|the current|one|a) (step|stage|pause)\b/g,
      'promote to the next $1',
    )
    .replace(/\bskip (?:this|the current) (step|stage|pause)\b/g, 'promote to the next $1')
    .replace(/\bback[- ]to[- ]back\b/g, 'twice');
  // "return web to revision 1", "return it to the previous version": going back is a rollback.
  low = low.replace(
    /\breturn ((?:it|them|[a-z0-9-]+)(?: in [a-z0-9-]+)?) to (?=(?:revision|rev|the (?:previous|old|last|prior|stable) (?:version|revision|release|build|one))\b)/g,
    'roll back $1 to ',
  );
  // "default duration is fine", "the default level": the default of a value, not the namespace.
  low = low.replace(
    /\b(?:the )?default (?=(?:duration|length|time|timeout|level|settings?|values?|count|port|one|is|are|will|should|ok|okay|fine)\b)/g,
    'usual ',
  );
  // "would you mind restarting api": the gerund is the command ("restart"); elsewhere "-ing" describes a state.
  low = low.replace(/\b(would|do|could) you mind (\w{3,}?)ing\b/g, '$1 you mind $2');
  // "what did we burn since midnight": money burned is money spent.
  low = low.replace(
    /\b(did we|we|we've|have we|do we) (burn|burned|burnt)\b(?! (through|cpu|memory|the error|error|some))/g,
    '$1 spend',
  );
  // "a level-5 memory stress", "lvl-4": the level and its number.
  low = low.replace(/\b(level|lvl)-(\d+)\b/g, '$1 $2');
  // "spin down the staging worker": to none.
  low = low
    .replace(/\bspin ([a-z0-9-]+( [a-z0-9-]+){0,2}) down (to|by) /g, 'scale $1 down $3 ')
    // ("spin down a web pod": one of them, not all.)
    // ("spin down half the web pods", "some of api's pods", "the old pods": a part of them, not all.)
    .replace(
      /\bspin down (?![^.,;]*\bby\b)(?!(to|by|a|an|half|some|most|few|a few|several|part|one|two|three|\d+|the (old|older|new|newer|previous|extra|other|spare)|[a-z0-9-]+'s) )/g,
      'scale to 0 ',
    )
    .replace(/\bspin ([a-z0-9-]+( [a-z0-9-]+){0,2}) down\b(?! (to|by) )/g, 'scale $1 to 0');
  // "start with yesterday's cost per deployment", "let's begin with the logs": the first of several reads asked, no
  // new thing started (a habit, "usually we start with a rollback", stays as it is).
  low = low.replace(
    /(^|[.!?:;,]\s*|\b(?:let'?s|let us|please|pls|can we|could we|can you|could you)\s+)(?:start|begin)(?:\s+off)?\s+with\s+(?=[^.?!,;]*\b(?:costs?|spend|spending|bill|logs?|pods?|status|list|workloads|events|numbers)\b)/g,
    '$1',
  );
  // "give one more step to the canary", "another step for checkout": a step forward of a rollout, not a replica more.
  low = low.replace(/\b(?:(?:one|1|a|an extra)\s+more|another)\s+step\b/g, 'a step forward');
  // "back to before it doubled", "since traffic tripled": a size told in a time clause is when, never a size to apply.
  low = low.replace(
    /\b(before|since|after|until|till|when|once|as soon as)\s+(?:(?:it|we|they|traffic|load|[a-z0-9-]+)\s+){0,3}(?:doubled|tripled|halved|quadrupled)(?:\s+(?:it|them|that))?\b/g,
    '$1 the change',
  );
  // "rolll back", "pleeease": a letter held down is the word (a word alone, not part of a name, tag or image).
  low = low.replace(/(?<![\w./:@-])[a-z]+(?![\w./:@-])/g, (w) => w.replace(/([a-z])\1{2,}/g, '$1$1'));
  // A pod's state said as Kubernetes prints it ("CrashLoopBackOff", "ImagePullBackOff") is a state, not "back" or "off".
  low = low
    .replace(/\bcrash-?loop-?back-?off\b/g, 'crashlooping')
    .replace(/\b(?:image-?pull-?back-?off|err-?image-?pull)\b/g, 'image pull failing');
  // Rollouts said in the words of the business: "a rolling restart" is a restart; "let it move on to the next stage",
  // "switch customers over to the new version" promote; "send everyone back to the stable version" aborts; "start it
  // again" after an abort retries.
  low = low
    .replace(/\brolling restart\b/g, 'restart')
    .replace(/\b(?:move|go|proceed|advance)\s+on\s+to\s+the\s+next\s+(?:stage|step|phase)\b/g, 'promote to the next step')
    .replace(
      /\b(?:switch|move|shift)\s+(?:all\s+(?:the\s+)?)?(?:customers|users|everyone|everybody|traffic)\s+(?:over\s+)?to\s+the\s+new\b/g,
      'promote the new',
    )
    .replace(
      /\b(?:send|move|put|switch)\s+(?:all\s+(?:the\s+)?)?(?:customers|users|everyone|everybody|traffic)\s+back\s+to\s+the\s+(?:stable|current|old|previous)\s+(?:version|one|release|build)\b/g,
      'abort the rollout',
    );
  if (/\baborted\b/.test(low)) low = low.replace(/\b(?:start|kick off|run|resume)\s+(it|that|the \w+)\s+again\b/g, 'retry $1');
  // "1h30m", "1 hour 30 minutes", "1m30s", "2 min and 15 sec": one length said in two units, summed (a log window, a
  // chaos length), in the smaller unit.
  low = low.replace(COMPOUND_LENGTH, (_whole, h1: string, m1: string, m2: string, s2: string) =>
    h1 !== undefined ? `${Number(h1) * 60 + Number(m1)} minutes` : `${Number(m2) * 60 + Number(s2)} seconds`,
  );
  // "increase api to have 6 pods": to 6; "add up to 5 pods": at most 5 more, a bound.
  low = low.replace(/\bto have (?=\d+ (?:pods?|replicas?|instances?|copies)\b)/g, 'to ').replace(/\badd up to\b/g, 'add at most');
  // "what kube-system costed yesterday": what it cost.
  low = low.replace(/\bcosted\b/g, 'cost');
  // "increase worker upto 3": up to.
  low = low.replace(/\bupto\b/g, 'up to');
  // "worker stg +1": a signed count is a change of size.
  low = low.replace(/(^|\s)\+\s?(\d+)\b/g, '$1 add $2');
  // "writing up the guide", "following up": a phrasal verb, not "up" for running.
  low = low.replace(
    /\b(writ(e|es|ing)|wrote|written|typ(e|ing)|draw(ing|n)?|sum(ming)?|look(ing)?|follow(ing)?|pick(ing)?|sign(ing)?|wrap(ping)?|catch(ing)?|mess(ing)?|back(ing)?) up\b/g,
    '$1',
  );
  // "api prod -> 6": an arrow is "to"; "how much pods": a count, not a cost.
  // "worker prod 3 → 5": from the count now to the new one.
  low = low
    .replace(/(^|[^\d.])(\d+)\s*(?:->|=>|\u2192)\s*(\d+)(?![\d.])/g, '$1from $2 to $3')
    .replace(/\s*(->|=>|\u2192)\s*/g, ' to ')
    .replace(/\bhow much (?=(pods?|replicas?|instances?|containers?|copies)\b)/g, 'how many ')
    // "let's see how web copes with memory pressure": finding out what a change does is no read.
    .replace(
      /\b(?:see|watch|test|check|find out) (?:how|whether|if) ([^.?!,;]{1,40}?) (?:copes?|handles?|deals?|survives?|behaves?|reacts?|holds? up|does|responds?)(?: with| under| to| against| when (?:its |the |it |they )?(?:pods? )?(?:gets?|have|has|see|sees|(?:is |are )?hit (?:by|with))(?= (?:\d|extra|some|a bit of|latency|delay|packet|network|cpu|memory)))? /g,
      'put $1 under ',
    )
    // "for the load test", "email tests": a test of another kind is no chaos experiment.
    .replace(
      /\b(load|perf|performance|smoke|e2e|end-to-end|integration|email|unit|regression|acceptance|ui|qa|user|soak|benchmark|pen|penetration|a\/b|ab|alert|alerting|emergency|broadcast|sms|exam|fire) ?-?(tests?|testing)\b/g,
      '$1 tests',
    )
    // "I checked twice", "it OOMed twice tonight": how often something happened, not a size.
    .replace(/\b(\w+ed|happened|ran|went|broke|did|said|told|asked) (it |this |that )?(twice|thrice)\b/g, '$1 $2 $3times')
    // "cut production checkout by 40%": a cut in size; "cut (off) the network" is a partition.
    .replace(/\bcut (?!(off |the |its )*(network|networking|traffic|connections?|dns|egress|ingress|links?)\b)/g, 'reduce ')
    // "a test deployment called ping", "small test service": what kind of workload, not a chaos test.
    .replace(
      /\b(test|testing|demo|sandbox|toy|dummy|practice) (deployment|service|server|app|application|box|instance|container|workload)\b/g,
      '$2',
    )
    // "listening on 8025", "it listens on port 8080", "serves on 8080", "exposed on 80": the container port.
    .replace(/\b(listen(s|ing)?|serv(es|ing)|expos(es|ed|ing)) on (port )?(?=\d)/g, 'port ')
    // "take 2 replicas from web": taken off it.
    .replace(/\btake (\d+|one|two|three|a) (replicas?|pods?|instances?) from\b/g, 'take $1 $2 off')
    // "try restarting checkout again": the verb tried is the request.
    .replace(/\btry (restart|bounc|scal|promot|paus|abort)ing\b/g, (_m, v: string) => TRIED[v] ?? v)
    // "don't stop at the next pause", "without the pauses": past every pause, all the way.
    .replace(
      /\b(do not|don'?t) stop at (the next|any|the|each|every) (pause|step)s?\b|\bwithout (the |any )?(canary )?(pauses|steps)\b/g,
      'all the way',
    )
    // "promote checkout to stable": all the way.
    // ("move checkout to stable" may send everyone back to the stable side: only a promotion goes to it all the way.)
    .replace(/\b(promot\w*\b[^.,;!?]*?)\bto (stable|full|completion|done)\b/g, '$1all the way')
    .replace(/\bto (full|completion|done)\b/g, 'all the way')
    // "give prometheus another replica": one more.
    .replace(/\banother (replica|pod|instance|copy)\b/g, 'one more $1')
    // "give prometheus a second replica": the count it will have.
    .replace(
      /\b(?:a|an) (second|third|fourth|fifth) (?:replica|pod|instance|copy)\b/g,
      (_m, nth: string) => `to ${ORDINAL[nth]} replicas`,
    );
  const text = low.replace(/\s+/g, ' ').trim();
  // Commas and semicolons separate clauses like "and" does (the two-actions check splits on it).
  let body = ` ${text.replace(/[,;]+/g, ' and ').replace(/[!?]+/g, ' ')} `;
  body = body.replace(FILLER_RE, ' ');
  const lowTokens = body.split(SPLIT).map(trimWord).filter(Boolean);
  const rawMap = new Map<string, string>();
  for (const t of cased.split(SPLIT)) rawMap.set(trimWord(t.toLowerCase()), trimWord(t));
  // Leading greetings ("hey team, ...") but not "hello" later in the text, which can be a name.
  let start = 0;
  while (start < lowTokens.length - 1 && GREETINGS.has(lowTokens[start])) start++;
  const words: string[] = [];
  const raw: string[] = [];
  for (const t of lowTokens.slice(start)) {
    if (FILLER_WORDS.has(t)) continue;
    words.push(t);
    raw.push(rawMap.get(t) ?? t);
  }
  return { words, raw, text, cased };
}

/** Trailing sentence punctuation and wrapping quotes are not part of a word ("staging." → "staging"). */
function trimWord(t: string): string {
  // kubectl habits: "-n staging" is "in staging", "--full" is "full".
  if (t === '-n') return 'in';
  // "w/" and "w/o" are shorthand, never an image.
  if (t === 'w/') return 'with';
  if (t === 'w/o') return 'without';
  // A leading "-" before a digit stays: "-3" is a negative number, not a flag.
  return t.replace(/^#+|^-+(?=[a-z])/i, '').replace(/[.:…]+$/, '');
}
