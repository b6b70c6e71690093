/**
 * Idioms read as the plain words of the same meaning, before the reader sees the message: words of a namespace that
 * name none ("at this stage", "give it a prod"), a change said as a wish or a gerund ("wants X paused", "mind
 * restarting api?"), experiments said by what they do ("cut worker off the network", "if one of its pods dies"),
 * shares and levels in words ("a fifth of the packets", "max intensity"). Pure.
 */

import { UNITS } from './numbers.ts';

const PARTICIPLES: Record<string, string> = {
  paused: 'pause',
  restarted: 'restart',
  'rolled back': 'roll back',
  promoted: 'promote',
  aborted: 'abort',
  bounced: 'restart',
  scaled: 'scale',
};

/** A gerund that leads a clause, as its verb: "restarting api" → "restart api". */
export const GERUNDS: Record<string, string> = {
  restarting: 'restart',
  bouncing: 'bounce',
  scaling: 'scale',
  promoting: 'promote',
  pausing: 'pause',
  aborting: 'abort',
  retrying: 'retry',
  killing: 'kill',
  deleting: 'delete',
  updating: 'update',
  rolling: 'roll',
  reverting: 'revert',
  recycling: 'recycle',
};

/**
 * A new Deployment said in other words, when the message carries an image: "need a throwaway echo server … named X",
 * "stand it up in staging as X", "put grafana/grafana:11.1.0 into monitoring, call it grafana".
 */
function creation(text: string): string {
  if (!/(^|[\s`(])[a-z0-9][\w.-]*(\/[\w.-]+)*:[\w.-]*\d[\w.-]*(?=[\s`),.;!?]|$)/i.test(text)) return text;
  const verb = /\b(create|deploy|spin|stand|set up|launch|start)\b/i.test(text);
  // "ship IMAGE to web in staging, call it v2", "… and call it a day": a change of an existing workload, or an idiom.
  const changes = /\b(ship|set|update|bump|roll|upgrade|move|switch|rename)\b/i.test(text);
  const callIt =
    /\b(call|name) (it|this|that) `?(?!(the|same|tbd|whatever|something|anything|a|an|out|done|quits|off|even|good|there|day|night)\b)([a-z][a-z0-9-]*)`?/gi;
  const named = !changes && new RegExp(callIt.source, 'i').test(text);
  return text
    .replace(callIt, (m, _c, _i, _x, name: string) => (changes ? m : `named ${name}`))
    .replace(
      /(^\W*|\b(?:i|we|i'?d|we'?d)\s+)(need|want|like|'d like|would like|get me|give me) an? (new |throwaway |temporary |test |small |quick |scratch )*([\w-]+ )?(deployment|server|service|app|instance)\b/gi,
      (m, lead: string) => (verb ? m : `${lead}create a deployment`),
    )
    .replace(
      /\bput (\S+:\S+) (into|in) (staging|stage|stg|production|prod|monitoring|kube-system|default)\b/gi,
      (m, image: string, _p, place: string) => (named ? `create a deployment in ${place} with image ${image}` : m),
    );
}

/**
 * What "take it to zero" may be said of besides replicas: a backlog, traffic, a loss, a rate, errors, spend, and
 * what a workload is said to throw or spam ("keeps spamming warnings. take it to zero").
 */
export const ZERO_OF_ANOTHER =
  /\b(backlog|jobs?|queue|traffic|loss|restarts?|errors?|latency|delay|weight|rate|5xx|4xx|\dxx|\d{3}s|downtime|outages?|alerts?|pages?|noise|incidents?|cost|spend|budget|warnings?|timeouts?|exceptions?|failures?|crash(es)?|retries|messages?|logs?|log lines|spam\w*|evictions?|rejections?|drops?|leaks?|throw\w*|emit\w*|flood\w*|firing|returning|raising|leaking|chatty|noisy|loud|verbose)\b|%/i;

/**
 * A workload's name as an idiom's object ("take api in prod down one"), never a setting of it or one side of a rollout
 * ("the level on payments", "old payments"), which the idiom would turn into a change of the whole.
 */
const WORKLOAD_WORD =
  '(?!(?:current|level|intensity|severity|port|ports|revision|rev|duration|traffic|weight|old|older|new|newer|latest|previous|stable|canary|preview|active|green|blue|limit|limits|quota|memory|cpu|timeout|rate|version|image|tag|step|setting|value|number|count|load|latency|delay|loss|budget|spend|cost|alert|alerts|heap|connections?)\\b)[a-z0-9-]+';

/** "by a factor of 3", "by a factor of ten" (after "down", the count is asked back). */
const FACTOR =
  /\b(?<!down )(?:up )?by a factor of (\d+|two|three|four|five|six|seven|eight|nine|ten)(?![.\w])(?:\s*[-\u2013\u2014,;]*\s*(?:i mean|no|sorry|actually|make (?:it|that))[,\s]+(\d+|two|three|four|five|six|seven|eight|nine|ten)(?![.\w]))?/gi;
/** Words before a factor that take the count down: "reduce", "scale back", "trim". */
const FACTOR_DOWN =
  /\b(reduce|shrink|cut|lower|decrease|down|less|fewer|drop|back|trim|downsize|scale in|halve|slim|dial|divide|slash)\b[^.;!?]*$/i;

/**
 * Idioms this file reads as a call, said in the person's own words: a call read through one of them is confirmed by
 * the requester ("push it through", "take it to 5", "by a factor of 3" with no direction, "never mind that …",
 * "try it again").
 */
export const IDIOMS_TO_CONFIRM =
  /(?<![\d.])\d+\s*(?:->|=>|\u2192)\s*\d+(?![\d.])|\bby (?:scaling|restarting|bouncing|rolling|pausing|promoting|aborting|retrying|deleting|killing|reverting)\b|\bpush\b[^.?!]*\bthrough\b|\btake (it|them|that|this|[a-z0-9-]+)( in [a-z0-9-]+)? to \d+(?![\d.])|(?<!\b(up|grow|increase|raise|multiply|boost|expand)\b[^.,;!?]{0,30})\bby a factor of\b|\b(never ?mind|nvm) (that|the fact that) |\b(try|give) (it|that|this|them) (again|another (go|shot|try))\b|\b(switch|cut|flip|shift|move|send) (the |all |live |user |production |prod )*(traffic|users) (over )?to\b|\bgive [^.?!]{1,40} an? (fresh start|clean start|fresh restart|reboot|kick|bounce)\b|\bget out of (this|the|that) (rollout|canary|blue-green|deploy(ment)?)\b|\b(push|nudge) [^.?!]{1,30} (forward|ahead|along|on)\b|\bget [^.?!]{1,40} (going|moving|rolling) again\b|\bnew (version|design|build|release|one)\b[^.?!]*\b(everyone|everybody|all (users|customers|testers|traffic))\b|\b(everyone|everybody|all (users|customers|traffic))\b[^.?!]*\bnew (version|design|build|release|one)\b|\b(version|build|release|one) (that was|we had|that ran|it had|running) (there |on it )?before\b|\b(old|previous|earlier|prior) (version|build|release) back\b|\b(put|bring|switch|change|take) (it |them )?back (to )?(the |our )?(old|previous|earlier|last|prior) (version|build|release|one)\b|\b(experiment|test|trial) with the new\b|\bshowing the new\b|\b(twice|double) (the |its |their |our )?(load|traffic|people|users|requests|visitors|customers)\b|\bweb[ -]?(?:sites?|apps?)\b|\bto nothing\b|\boff and (back )?on\b|\btake [^.?!]{1,40} (offline|off ?line)\b|\b(in total|altogether|all together)\b|\b(make|let|help|get) [^.?!]{1,40} (bigger|larger|stronger|smaller|leaner|(handle|take|serve|cope with|deal with) more)\b|\b(double|triple|halve) what (it|they) (has|have|runs?|is running|are running|gets?)\b|\bscale\b[^.;!?\n]*\sx\d{1,2}\b|\bswitch\b[^.?!]*\bto (?:the |its )?(?:green|new (?:stack|colou?r|side))\b/i;

/** "never mind that X didn't help", "never mind what the dashboard says": "even though", said of a fact (the same words take a request back elsewhere). */
export const NEVER_MIND_THAT =
  /[,;]?\s*\b(?:never ?mind|nvm) (?:that|the fact that|what|how|whether) (?!(?:i|we) (?:said|asked|wrote|meant|typed)\b)[^,.;!?]*\b(?:didn'?t|doesn'?t|isn'?t|wasn'?t|won'?t|did|does|is|was|has|had|failed|helped|says?|said|shows?|showed|looks?|looked|thinks?|thought)\b[^,.;!?]*/gi;

/**
 * "I'd double it but let's not go crazy — add one": a word of moderation before the request, which takes nothing back.
 * Not at the end ("scale web to 12. hmm, let's not go overboard" takes it back) and not joined to a verb ("let's not
 * panic and restart api" is a request).
 */
export const MODERATION =
  /[,;]?\s*\b(?:but )?(?:let'?s|let us) not (?:go crazy|go overboard|go nuts|go wild|overdo it|get carried away|get ahead of ourselves|panic)\b(?=\s*(?:[,;:.!\u2014\u2013]|\s-{1,2}\s)\s*(?!and\b)[a-z])/gi;

/** "show the new version to everyone", "make payments use the new design for all users", "give everyone the new build". */
const NEW_FOR_EVERYONE =
  /(^|\b(?:can|could|would|will) (?:we|you|u) |\bplease |\bpls |\blet'?s |\bjust |[,.;:!?]\s*)(?:(?:show|give|roll out|release|open|serve) (?:the )?new (?:version|design|build|release)(?: of ([a-z0-9-]+(?: in [a-z0-9-]+)?))? to|(?:make|have|let|get) ([a-z0-9-]+|it|them) (?:use|serve|show|run) (?:the )?new (?:version|design|build|release) (?:to|for)|(?:move|put|switch) (?:everyone|everybody|all (?:users|customers|traffic)) (?:over )?(?:to|on|onto) (?:the )?new (?:version|design|build|release)(?: of ([a-z0-9-]+))?)(?: (?:everyone|everybody|all (?:users|customers|testers|traffic|of them)|100 ?%))?(?=\s*(?:[,.;:!?]|$|in [a-z-]+\s*(?:[,.;:!]|$)|now\b|please\b|pls\b|today\b))/gi;
/** "show it to everyone", "roll it out to all users": what a message calls the new version, to everyone. */
const IT_FOR_EVERYONE =
  /(^|\b(?:can|could|would|will) (?:we|you|u) |\bplease |\bpls |\blet'?s |\bjust |[,.;:!?]\s*)(?:show|give|roll out|release|open) (?:it|that) (?:out )?to (?:everyone|everybody|all (?:users|customers|testers|traffic))(?=\s*(?:[.;:!?]|$|in [a-z-]+\s*(?:[.;:!?]|$)|now\b|please\b|pls\b|today\b))/gi;
/**
 * A plain-words ask ends its sentence or is said to the bot ("Show it to everyone? Not yet." asks nothing), and is
 * the person's own.
 */
function asksIt(m: string, lead: string, at: number, all: string): boolean {
  // "The PM keeps asking, can we show …?": someone else's question, relayed.
  const before =
    all
      .slice(0, at)
      .split(/[.!?\n]/)
      .at(-1) ?? '';
  if (/\b(ask(s|ed|ing)?|wonder(s|ed|ing)?|wants? to know|said|says)\b/i.test(before)) return false;
  return !/^\s*\?/.test(all.slice(at + m.length)) || /\b(can|could|would|will)\b/i.test(lead);
}

/** "put back the version that was there before", "bring back the old version", "put the previous version back". */
const OLD_PUT_BACK =
  /\b(?:put|bring|switch|change|take) (?:it |them )?back (?:to )?(?:the |our )?(?:(?:old|previous|earlier|last|prior) (?:version|build|release)|(?:version|build|release) (?:that was|we had|that ran|it had|running) (?:there |on it )?(?:before|earlier|yesterday|last week))(?=\s*(?:[,.;:!?)]|$|\b(?:of|for|in|on|to|that|which|and|please|pls|now|again|instead|back)\b))|\b(?:put|bring) (?:the |our )?(?:old|previous|earlier|prior) (?:version|build|release) back\b/gi;
/** "stop the experiment with the new version", "stop showing the new version to the testers": the canary ended. */
const NEW_TAKEN_AWAY =
  /\b(?:stop|end|cancel|scrap|drop) (?:the (?:experiment|test|trial) with the new (?:version|design|build|release)(?=\s*(?:[,.;:!?)]|$|\b(?:of|for|in|on|to|that|which|and|please|pls|now|again|instead|back)\b))|showing the new (?:version|design|build|release)(?: to (?:the |our )?[a-z]+)?)(?=\s*(?:[,.;:!?)]|$|\b(?:of|for|in|on|that|which|and|please|pls|now|again|instead|back)\b))/gi;
/** "handle twice the load", "take double the traffic": twice the replicas. */
const TWICE_THE_LOAD =
  /\b(?:make|let|get|have) ((?:the )?[a-z0-9-]+(?: in [a-z0-9-]+)?) (?:handle|take|serve|cope with|deal with|survive|carry) (?:twice|double) (?:the |its |their |our )?(?:load|traffic|people|users|requests|visitors|customers)(?: (?:it|they|we) (?:handles?|has|have|gets?|takes?|serves?)(?: (?:right )?now| today| currently)?)?\b/gi;

/** "can I get web in staging restarted", "could we have checkout promoted": the action asked for by its result. */
const GOT_DONE =
  /\b((?:can|could|would|may) (?:i|we|you|u|someone|somebody) (?:please |pls )?|(?:please|pls|let'?s|need to|want to|wanna) )(?:get|have) ((?:the )?(?!(?:the|a|an|my|our|your)\b)[a-z0-9-]+(?: (?:in|on) [a-z0-9-]+)?) (restarted|bounced|rolled back|reverted|promoted|aborted|paused|retried|scaled)\b/gi;
const DONE_VERB: Record<string, string> = {
  restarted: 'restart',
  bounced: 'bounce',
  'rolled back': 'roll back',
  reverted: 'revert',
  promoted: 'promote',
  aborted: 'abort',
  paused: 'pause',
  retried: 'retry',
  scaled: 'scale',
};

/** The verb of a gerund said after "by": how a goal is to be reached. */
const BY_GERUND: Record<string, string> = {
  scaling: 'scale',
  restarting: 'restart',
  bouncing: 'bounce',
  rolling: 'roll',
  pausing: 'pause',
  promoting: 'promote',
  aborting: 'abort',
  retrying: 'retry',
  deleting: 'delete',
  killing: 'kill',
  reverting: 'revert',
};
/** "stop the worker in prod by scaling it to zero", "fix api in staging by restarting it": the means is the request. */
const GOAL_BY_MEANS = new RegExp(
  `^(\\W*(?:please |pls |can you |could you )?)(?:stop|fix|free up|help|handle|sort out|unstick|unblock|calm down|quiet down|save|recover|rescue|deal with|get)\\s+((?:the )?[a-z0-9-]+(?: [a-z0-9-]+){0,3}?)\\s+by\\s+(${Object.keys(BY_GERUND).join('|')})\\b(?:\\s+(?:it|them|that))?`,
  'i',
);

export function plainIdioms(text: string): string {
  return (
    creation(text)
      .replace(
        GOAL_BY_MEANS,
        (_m, lead: string, object: string, gerund: string) => `${lead}${BY_GERUND[gerund.toLowerCase()]} ${object}`,
      )
      // "logs of worker after the chaos", "scale worker before the game day starts": the experiment as a time, not as
      // what is asked about (a time to act stays one: "after the exercise" is later).
      .replace(
        /\b(after|since|before|during|following) (the|this|that|our|today'?s|yesterday'?s|last(?: week'?s)?) (chaos|game ?day|fault injection)( (tests?|experiments?|runs?|drills?|sessions?|exercises?|sims?|simulations?))?\b/gi,
        '$1 the exercise',
      )
      // "whats the next step on checkout", "the step checkout is on pls": the rollout's state asked, not a step taken;
      // "any update on the web rollback": the state of a change under way, not the change again.
      .replace(
        /\b(what'?s|what is|which is|tell me|show me|gimme|give me)(?: up with)? the (?:next |current )?(?:step|stage|phase)\b(?! (?:forward|ahead)\b)/gi,
        '$1 the status',
      )
      .replace(
        /\b(?:what|which) (?:step|stage|phase) (?=(?:the )?[a-z0-9-]+(?: [a-z0-9-]+){0,4} (?:is|are) (?:on|at|in)\b)/gi,
        'the status of ',
      )
      .replace(
        /\bthe (?:step|stage|phase|weight) (?=(?:the )?[a-z0-9-]+(?: in [a-z0-9-]+| [a-z0-9-]+)? (?:is|are) (?:on|at|in)\b)/gi,
        'the status of ',
      )
      .replace(
        /(^|[.!?,:;]\s*)(?:(?:any|an|a|quick|need an?|got an?|the latest|latest|status)\s+)?updates? on (?:the |that |our )?/gi,
        "$1what's the status of the ",
      )
      .replace(GOT_DONE, (_m, lead: string, what: string, done: string) => `${lead}${DONE_VERB[done.toLowerCase()]} ${what}`)
      // "get the payments rollout going again", "get it moving again": an aborted rollout retried.
      // Only after an abort: a paused rollout moves on by a promotion, which is not this.
      .replace(
        /\bget (?:it|the (?:aborted |stuck |failed )?([a-z0-9-]+)(?: rollout| canary)?|([a-z0-9-]+))((?: in [a-z0-9-]+)?) (?:going|moving|rolling) again\b/gi,
        (m, a: string | undefined, b: string | undefined, place: string) =>
          /\babort(ed)?\b/i.test(text) ? `retry ${a ?? b ?? 'it'}${place}` : m,
      )
      .replace(MODERATION, '')
      // "restart api… actually wait, hold off": the request taken back ("hold off on checkout" asks something else).
      .replace(/\b((?:actually|wait|no|nah|ok|hmm)[,.]?\s+(?:wait[,.]?\s+)?)hold off\b(?! on\b)/gi, '$1never mind')
      // "bin it", "trash that pod": slang for deleting a pod ("the trash release", "bin the canary" are not).
      // "turn off the test thing on web": a chaos experiment ended (which one is asked).
      .replace(
        /\b(turn|switch|shut) off (the |that |this )?(test|chaos|experiment|fault|drill)( thing| stuff| one)?\b/gi,
        'stop the chaos experiment',
      )
      // "kill the pod-kill experiment", "get rid of the network-delay experiment": end it (which one is asked).
      .replace(
        /\b(kill|nuke|end|delete|remove|get rid of)\s+(the|that|this)\s+(pod-kill|pod-failure|network-delay|network-loss|network-partition|cpu-stress|memory-stress|latency|chaos)\s+(experiment|sim|simulation|test)\b/gi,
        'stop $2 $3 $4',
      )
      // "bin the pod-kill experiment", "trash that chaos sim": ended.
      .replace(/(?<![\w-])(bin|trash) (?=(the |that |this )?([a-z0-9-]+ )?(experiment|chaos|sim|simulation)s?\b)/gi, 'stop ')
      // "cut the traffic to the new version": back to stable.
      .replace(
        /\bcut (the |all )?traffic (to|from|going to) (the )?(new version|canary|preview)\b(?![^.!?]*\b(down to|to \d+ ?%|by \d+ ?%))/gi,
        'abort the rollout, the $4',
      )
      .replace(
        /\b(bin|trash) (?=(it|that one|this one|(the |that |this )?([a-z0-9-]+ )?pod(?![\w-])|(pod )?[a-z0-9]+(-[a-z0-9]+)*-[a-z0-9]{5,10}-[a-z0-9]{5})\b)/gi,
        'delete ',
      )
      // "restart api, never mind that the scale to 3 didn't help": a fact conceded, no request taken back.
      .replace(NEVER_MIND_THAT, '')
      // "as a brand new service": new, and "brand" no name.
      .replace(/\bbrand[- ]new\b/gi, 'new')
      // "hey, new here: what apps run in staging?": the person is new; nothing is to be created.
      .replace(
        /\b(?:i'?m |i am )?(?:new here|new to (?:the team|this|kubernetes|k8s|the company|on-?call|this team)|new (?:hire|joiner|starter|on the team|in (?:the )?team))\b/gi,
        '',
      )
      // "make the checkout pods fail (failure, not kill)", "restart api (staging, not prod)": what is meant is kept,
      // what is not is no second action or place.
      .replace(/\s*\((?:([a-z-]+(?: [a-z-]+)?),\s*)?not (?:a |an )?[a-z-]+\)/gi, (_m, meant: string | undefined) =>
        meant ? ` ${meant}` : '',
      )
      // "is there a way to undo that? if yes, please do it": the ask, when the message goes on to ask for it.
      .replace(/\bis there (?:a|any) way (?:to|for you to|you can|(?:i|we) can)\s+/gi, (m, at: number, all: string) =>
        /[?.!]\s*(?:if (?:so|yes|there is|it is|you can)|please do(?: it| that)?|then do (?:it|that)|go ahead)\b/i.test(
          all.slice(at),
        )
          ? 'can you '
          : m,
      )
      // "list the pods of checkout? oh and scale it to 7": an interjection before "and"/"also" hides no second ask.
      .replace(/([.!?]\s+)(?:oh|ah|oh yeah|oh yes|oh right|btw|ps|p\.s\.)[,!]?\s+(?=(?:and|also)\b)/gi, '$1')
      // "total cost for the whole cluster today, one number please": how the answer is wanted, no ask of its own.
      .replace(/,?\s*(?:as |in )?(?:just )?(?:one|a single) (?:number|figure|total)\b(\s*(?:please|pls|plz))?/gi, ' in total$1')
      // "how long has the network delay on web been going": whether an experiment still runs, asked by its length.
      .replace(
        /\bhow long (?:has|have) (the |that |this |our )?((?:network[- ]delay|latency|network[- ]loss|packet loss|partition|pod[- ]kill|pod[- ]failure|cpu[- ]stress|memory[- ]stress|chaos|experiment)\b[^?.!]*?) been (?:going|running|on|active)(?: for)?\b/gi,
        'is $1$2 still running',
      )
      // "any pods in staging? list em": chat's "them" after a verb that ends the message.
      .replace(
        /\b(list|show|describe|restart|bounce|kill|delete|check|pull|get) '?em(?=\s*(?:pls|please|plz)?[\s.!?]*$)/i,
        '$1 them',
      )
      // "today I only want 4 on worker in production": a count wanted on a workload is its replicas.
      .replace(/\b(want|need|wants|needs)((?: only| just)?) (\d{1,3}) on (?=[a-z])/gi, '$1$2 $3 replicas on ')
      // "promote checkout in staging, to 100%": how far the promotion goes, said after a comma.
      .replace(/(\bpromote\b[^.!?,;]*),\s*(?=(?:all the way )?(?:up )?to 100 ?%)/gi, '$1 ')
      // "delete that specific pod", "the exact pod": the pod pointed at, the adjective no word of its own.
      .replace(
        /\b(that|this|the) (?:specific|particular|exact|very|single) (pod|workload|deployment|rollout|experiment)\b/gi,
        '$1 $2',
      )
      // "pause checkout before it takes the next step": when the pause acts (now), no promotion asked for.
      .replace(
        /\b(pause|freeze|hold|halt)\b([^.!?]*?)\s+before (?:(?:it|the (?:rollout|canary))\s+(?:takes|moves (?:on )?to|goes (?:on )?to|reaches|hits|gets to|starts|advances to|shifts to)\s+)?the next (?:step|stage|phase)\b/gi,
        '$1$2',
      )
      // "burn CPU on web, let's see where it breaks", "…; to find out if the queue notices": after a request, what it is
      // for; its words choose nothing (the reader still knows words were there).
      .replace(
        /([,;\u2014\u2013-]\s*)(?:let['\u2019]?s (?:just )?(?:see|find out|watch|learn)|to (?:see|find out|learn)|so (?:we|i) (?:can )?(?:see|know|learn|find out)) (?:how|if|whether|where|what|when|which)\b(?:(?! (?:and|then|also|plus) )[^.!?\n,;])*/gi,
        '$1on purpose',
      )
      // "restart api in staging so I can test the new delay banner": the same, said with "so I can".
      .replace(
        /(\S)\s+so (?:that )?(?:i|we|they|qa|the team) (?:can|could) (?:test|check|try|verify|demo|show|compare|measure|watch)\b(?:(?! (?:and|then|also|plus) )[^.!?\n,;])*/gi,
        '$1, on purpose',
      )
      // "which workloads run in production?": the ones running there, no run asked for.
      .replace(
        /\b(which|what) (workloads|apps|applications|services|deployments) (?:run|live|are deployed|exist)\b/gi,
        '$1 $2 are running',
      )
      // "… got aborted overnight. try it again?": a retry of what was aborted.
      .replace(/\b(?:try|give) (it|that|this|them) (?:again|another (?:go|shot|try))\b/gi, 'retry $1')
      // "everything pod-wise in monitoring": the pods.
      .replace(/\b(?:everything |anything )?pod-?wise\b/gi, 'pods')
      // "let's see what happens to checkout if one of its pods just dies": a pod-kill, said by its outcome.
      .replace(
        /\b(let'?s |let us )?(see|find out|check|test) what happens (to|with) (.+?) (if|when) (one of )?(its|the|their) pods? (just )?(dies|die|gets killed|is killed|goes away|crashes)\b/gi,
        'kill a random pod of $4',
      )
      // "is prometheus restarting a lot?", "how often has worker restarted": its pods' restart counts.
      .replace(
        /\b(?:is|are|has|have|was|were) ([a-z0-9][a-z0-9-]*(?: (?:in|on) [a-z0-9-]+)?) (?:been )?restarting (?:a lot|often|much|so much|repeatedly|constantly|all the time)\b|\bhow (?:often|many times) (?:has|have|did) ([a-z0-9][a-z0-9-]*(?: (?:in|on) [a-z0-9-]+)?) restart(?:ed)?\b/gi,
        (_m, a?: string, b?: string) => `how many restarts do the pods of ${a ?? b} have`,
      )
      // "Pod is crash looping": one state.
      .replace(/\bcrash[- ]looping\b/gi, 'crashlooping')
      // "namespace=production deployment=payments" in a pasted alert: the workload and its place.
      .replace(/(?<![\w&?/=-])(?:namespace|ns)=["'`]?([a-z0-9][a-z0-9-]*)["'`]?/gi, 'in $1')
      .replace(/(?<![\w&?/=-])(?:deployment|rollout|workload)=["'`]?([a-z0-9][a-z0-9-]*)["'`]?/gi, '$1')
      // "worker's on a single replica, give it a second one": the one is a replica.
      .replace(
        /\b(give|add)( it| them| \w+)? (a|an) (second|third|fourth|fifth) one\b/gi,
        (m, v: string, o = '', a: string, nth: string) =>
          /\b(replicas?|instances?)\b/i.test(text) && !/\b(pod-?kill|experiment|chaos|test|run)\b/i.test(text)
            ? `${v}${o} ${a} ${nth} replica`
            : m,
      )
      // "set image api=ghcr.io/acme/api:2.4.1 on api": kubectl's CONTAINER=IMAGE, the container named.
      .replace(
        /\b([a-z][a-z0-9-]*)=((?:[a-z0-9.-]+(?::\d+)?\/)+[a-z0-9._-]+(?::[\w.-]+|@sha256:[a-f0-9]{64}))/gi,
        (m, key: string, image: string) =>
          // Not "image=…" in a list of fields, and not a kubectl line, which is read as kubectl.
          /^(image|img|name|ns|namespace|repo|repository|tag|version|app|from|to|old|new|src|dst)$/i.test(key) ||
          /\bkubectl\b/i.test(text) ||
          !/\bset(?:ting)? (?:the )?image\b/i.test(text)
            ? m
            : `${image} for container ${key}`,
      )
      // "put prod web on 1.8.0", "put it on 1.8.0": that version's image.
      .replace(
        /\bput (?!(?:one|a|an|some|half|the) (?:pod|replica|instance)s?\b)([a-z0-9-]+(?: [a-z0-9-]+){0,2}) on (v\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?|\d+\.\d+\.\d+(?:-[\w.]+)?)(?![\w.])(?!\s*(cores?|cpus?|gb|gi|mb|mi|replicas?|nodes?|%|percent|ms))/gi,
        'set image of $1 to $2',
      )
      // "what's coredns been complaining about", "what has the worker been spitting out": its logs.
      .replace(
        /\bwhat(?:'s| is| has| have)? (?!(?:it|they|that|this|he|she)\b)(?:the |our )?([a-z0-9-]+(?: (?:in|on) [a-z0-9-]+)?) (?:been )?(?:complaining about|spitting out|spewing|printing|saying|logging|writing)\b/gi,
        'show the logs of $1',
      )
      // "is anything crashlooping in staging?": the pods, whose states say it.
      .replace(
        /\b(?:is )?(?:anything|something) (crash-?looping|pending|evicted|oom-?killed|stuck terminating)\b/gi,
        'list the pods that are $1',
      )
      // "scale web up by a factor of 2": times 2, not to 2.
      // "… by a factor of 3 — I mean 2": the factor is corrected, not the count.
      .replace(FACTOR, (_m, said: string, meant: string | undefined, at: number, all: string) => {
        const n = meant ?? said;
        // Taken down by a factor ("reduce worker by a factor of 3", "scale back …", "trim …"): no count the words
        // give, asked back.
        return FACTOR_DOWN.test(all.slice(Math.max(0, at - 40), at)) ? 'by some factor' : `${UNITS[n.toLowerCase()] ?? n}x`;
      })
      // "the one that's only half ready", "half dead": a READY count short of its total, no halving.
      .replace(/\b(?:only )?half[- ](?:ready|up|available|dead|alive|healthy)\b/gi, 'unavailable')
      // "show me more of the worker logs", "more lines": more of a read is no replica more.
      .replace(
        /\bmore (?=(?:of (?:the|its|their|those|these) )?(?:[a-z0-9-]+ )?(?:logs?|lines|log lines|output|entries)\b)/gi,
        '',
      )
      // "a 2-minute partition", "a 30-second pod kill": a length written as one word.
      .replace(/\b(\d+)-(minute|min|second|sec|hour)s?\b/gi, '$1 $2s')
      // "can you take it to 5?": a count to take it to (a version, "take web to 1.9.0", is no count).
      .replace(
        /\btake (it|them|that|this|[a-z0-9-]+(?: in [a-z0-9-]+)?) to (\d+|zero)(?![\d.]|\s*(%|percent|ms|minutes?|mins?|seconds?|h\b|hours?))/gi,
        (m, what: string, n: string) =>
          // Only where replicas are the subject (or nothing at all is left running): not a canary's weight, a delay,
          // or what an autoscaler will do.
          (n.toLowerCase() === 'zero'
            ? !ZERO_OF_ANOTHER.test(text)
            : /\b(replicas?|pods?|instances?|copies|hands|capacity|scale)\b/i.test(text)) &&
          !/\b(canary|weight|delay|latency|hpa|autoscal\w*|will|would)\b/i.test(text)
            ? `scale ${what} to ${n.toLowerCase() === 'zero' ? 0 : n}`
            : m,
      )
      // "push it through", "push payments through": let the rollout go on, a promotion.
      .replace(/\bpush (it|them|that|this|[a-z0-9-]+(?: in [a-z0-9-]+)?) through\b(?! to)/gi, (m, what: string) =>
        // A pull request, a build or a pipeline pushed through is no rollout.
        /\b(pr|pull request|ci|build|merge|commit|pipeline|ticket|change request|review)\b/i.test(text) ? m : `promote ${what}`,
      )
      // "quick glance at checkout": a look.
      .replace(/\b(?:(?:take|have|a|quick|brief) )*glance (?:at|over)\b/gi, 'look at')
      // "… 300ms of latency. run it for 10 min": how long, said of what the sentence before asked for.
      .replace(/\s*[.;,]\s*(?:and )?(?:run|keep) (?:it|that|this) (?:going |on )?for (?=\d)/gi, ' for ')
      // "skip the next step of checkout": one step on (not "skip" as "all of them" beside "next step" as "promote").
      .replace(
        /\bskip (?:over |past )?(?:the |this |that |its )?(?:next|current|upcoming|coming) (step|stage)\b/gi,
        'skip one $1',
      )
      // "skip the 10 minute pause on checkout": past the rollout's pause, not a pause.
      .replace(/\bskip (the |its |that )?(\d+[ -]?(minute|min|hour)s? )?(manual )?pauses?\b/gi, 'skip the remaining steps')
      // "let's run prod worker with 6 and see": a size to run it at.
      .replace(
        /(?<!\b(?:we|i|they|you|it|can|could|should|would|will|usually|normally|always|typically|generally|currently|still|to)\s+)\brun ([a-z0-9-]+(?: [a-z0-9-]+)?) (with|at|on) (\d+)(?= (replicas|pods|instances|and|for)\b|\s*[.,!]|\s*$)/gi,
        'scale $1 to $3',
      )
      // "minus one replica": one fewer.
      .replace(/\bminus (one|two|three|\d+) (replicas?|pods?|instances?)\b/gi, 'reduce by $1 $2')
      // "slow it down by a full second": a second of latency.
      .replace(/\b(by )?a (full )?second\b(?= (of latency|of delay|for|on|to)|\s*$)/gi, '$11000ms')
      // "half again as many replicas": one and a half times as many.
      .replace(/\bhalf again as many\b/gi, 'by half more')
      // "yeet the staging checkout canary": throw it away.
      .replace(/\byeet (the )?([a-z0-9-]+ )?([a-z0-9-]+ )?canary\b/gi, 'abort $1$2$3canary')
      // "max intensity", "at full intensity": the top level.
      .replace(/\b(max|maximum|full|highest|top) (intensity|level|severity)\b/gi, 'level 10')
      // "anything chaos-y running": chaos.
      .replace(/\bchaos-?y\b/gi, 'chaos')
      // "burn rate by pod": what it costs.
      .replace(/\bburn rate\b/gi, 'cost')
      // "do the restarting of coredns", "perform a rollback of web": the verb itself.
      .replace(
        /\b(do|make|perform) (the |a )?(restarting|restart|rollback|rolling back|promotion|promoting) of\b/gi,
        (_m, _v, _a, what: string) =>
          ({
            restarting: 'restart',
            restart: 'restart',
            rollback: 'roll back',
            'rolling back': 'roll back',
            promotion: 'promote',
            promoting: 'promote',
          })[what.toLowerCase()] ?? what,
      )
      // "testing the OOM alerts end to end": no end of anything.
      .replace(/\bend[- ]to[- ]end\b/gi, 'fully')
      // "raise the CHG", "raise a ticket": a change request filed, no size raised.
      .replace(
        /\braise (a|an|the) (chg|change|change request|cr|ticket|pr|incident|issue|concern|question|flag|alarm|jira)\b( (for|about|to) [^.,;:!?\n]*)?/gi,
        'file $1 $2',
      )
      // "slow down staging web by 800ms": latency added to it.
      .replace(
        /\bslow (?:down )?((?:the )?(?!(?:the )?(?:rollout|canary|deploy|release)\b)[a-z0-9-]+(?: in [a-z0-9-]+| [a-z0-9-]+)?) (?:down )?by (\d+ ?ms)(?=\s*(?:$|[.,!;]|for\b|please\b|pls\b))/gi,
        (_m, what: string, ms: string) => `add ${ms} of latency to ${what}`,
      )
      // "take one replica away", "take 2 pods away from worker": fewer replicas.
      .replace(/\btake (\d+|one|two|three|a) (replicas?|pods?|instances?) away\b/gi, 'remove $1 $2')
      // "would restarting api log everyone out?", "users get logged out": signing out, never the logs.
      .replace(
        /(?<!\b(?:get|getting|got|the|any|some|more|those|these|its|their|pull|grab|fetch)\s+)\blog(s|ged|ging)? ((?:everyone|everybody|people|users?|customers?|players?|them|me|us|you|him|her|all)(?: of (?:them|us))? )?(out|off)\b(?!\s+of\b)/gi,
        (_m, end: string | undefined, who: string | undefined, way: string) =>
          `sign${end === 'ged' ? 'ed' : (end ?? '')} ${who ?? ''}${way}`,
      )
      // "for the handover log", "in the shift log": a record people keep, never a workload's logs.
      .replace(/\b(handover|shift|change|ops|incident|decision|action|activity|maintenance|release|work) logs?\b/gi, '$1 record')
      // "need ready counts b4 the finals": before.
      .replace(/\bb4\b/gi, 'before')
      // "ready/desired for everything": the counts a list of workloads shows.
      .replace(/\bready\s*\/\s*desired\b/gi, 'ready vs desired')
      .replace(/\bready counts\b/gi, 'ready')
      // "reduce checkout in staging of 1" (French "de", German "um"): by that many.
      .replace(
        /\b(reduce|increase|raise|lower|decrease|grow|shrink)\s+((?:it|them|the\s+)?[a-z0-9-]*(?:\s+in\s+[a-z0-9-]+)?)\s+(?:of|um)\s+(\d+|one|two|three)\b(?!\s*%)/gi,
        '$1 $2 by $3',
      )
      // "return to the version before with payments": its previous version, a rollback.
      .replace(
        /\b(?:return|go|get|come) back to the (?:version|release|build) before\b|\breturn to the (?:version|release|build) before\b|\breturn (?:it |them )?to the (?:previous|prior|old|last|earlier) (?:version|release|build|revision)\b/gi,
        'roll back',
      )
      // "return back the api of staging to the version before", "make return the web of staging to the revision one",
      // "return web in production to the before version": a rollback said the way other languages say it.
      .replace(
        new RegExp(
          String.raw`\b(?:make |please )?return(?: back)? ((?:the )?${WORKLOAD_WORD}(?: (?:of|in|on) (?:the )?[a-z0-9-]+)?) (?:back )?to (?:the |its )?(?:(version|release|build|one) before|before (?:version|release|build|one)|(?:previous|prior|old|last|earlier) (?:version|release|build|revision|one)|revision (one|two|three|\d+))\b`,
          'gi',
        ),
        (_m, what: string, _b, n: string | undefined) =>
          `roll back ${what.replace(/ of (?:the )?/i, ' in ')}${n ? ` to revision ${{ one: '1', two: '2', three: '3' }[n.toLowerCase()] ?? n}` : ''}`,
      )
      // "take 2 off web in prod", "subtract two from checkout in production": that many fewer replicas.
      .replace(
        new RegExp(
          String.raw`\b(?:take (one|two|three|four|five|a|an|\d+) (?:(?:replicas?|pods?|instances?|copies) )?off (?:of )?|subtract (one|two|three|four|five|a|an|\d+) (?:(?:replicas?|pods?|instances?|copies) )?from )((?:the )?${WORKLOAD_WORD}(?: in [a-z0-9-]+)?)\b`,
          'gi',
        ),
        (_m, a: string | undefined, b: string | undefined, what: string) =>
          `remove ${/^an?$/i.test(a ?? b ?? '') ? 'one' : (a ?? b)} replicas from ${what}`,
      )
      // "take api in prod down one", "bump web up two": a change by that many, the direction after the workload.
      .replace(
        new RegExp(
          String.raw`\b(take|bring|knock|bump|turn|dial) ((?:the )?${WORKLOAD_WORD}(?: in [a-z0-9-]+| [a-z0-9-]+)?) (down|up) (one|two|three|\d)(?= *(?:replicas?|pods?|instances?|notch(?:es)?)?\s*(?:$|[.,!;]|please\b|pls\b))(?: *(?:replicas?|pods?|instances?|notch(?:es)?))?`,
          'gi',
        ),
        (_m, _v, what: string, way: string, n: string) => `scale ${what} ${way.toLowerCase()} by ${n}`,
      )
      // "drop web in prod by half", "drop worker by 2": fewer, never a delete.
      .replace(
        new RegExp(
          String.raw`\bdrop ((?:the )?${WORKLOAD_WORD}(?: in [a-z0-9-]+| [a-z0-9-]+)?) by (half|a third|a quarter|one|two|three|\d)(?= *(?:replicas?|pods?|instances?)?\s*(?:$|[.,!;]|please\b|pls\b))`,
          'gi',
        ),
        'reduce $1 by $2',
      )
      // "scale web in prod x2": twice as many, the factor written after its sign.
      .replace(/\b(scale\b[^.;!?\n]*?) x(\d{1,2})(?=\s*(?:$|[.,!;]|please\b|pls\b))/gi, '$1 $2x')
      // "get checkout off pause", "take it off pause": the rollout let go on.
      .replace(
        new RegExp(
          String.raw`\b(?:get|take|bring) ((?:the )?${WORKLOAD_WORD}(?: in [a-z0-9-]+| [a-z0-9-]+)?) (?:off|out of) (?:the )?pause\b`,
          'gi',
        ),
        'resume $1',
      )
      // "cut over payments", "switch payments to the preview": a blue-green rollout's traffic moved on, a promotion.
      .replace(
        new RegExp(
          String.raw`(?<=^\W*|[,.;:!?]\s*|\b(?:please|pls|let'?s|and|then|now|you|go ahead and)\s+)cut ?over (?!(?:please|pls|now)\b)((?:the )?${WORKLOAD_WORD}(?: in [a-z0-9-]+)?)(?=\s*(?:$|[.,!;]|please\b|pls\b|now\b))`,
          'gi',
        ),
        'promote $1',
      )
      .replace(
        new RegExp(
          String.raw`\bswitch (?:over )?((?:the )?${WORKLOAD_WORD}(?: in [a-z0-9-]+)?) (?:over )?to (?:the |its )?(?:preview|green|new (?:stack|colou?r|side))\b`,
          'gi',
        ),
        'promote $1',
      )
      // "knock over one of the checkout pods": a pod killed at random.
      .replace(/\b(knock over|knock out|take out|shoot) one of the ([a-z0-9-]+) pods\b/gi, 'kill a random pod of $2')
      // "cut the staging worker off the network": a partition.
      .replace(
        /\bcut ((?:the )?[a-z0-9-]+(?: in [a-z0-9-]+| [a-z0-9-]+)?) off (from )?the network\b(?: in ([a-z0-9-]+))?/gi,
        (_m, what: string, _f, place: string | undefined) => `partition the network of ${what}${place ? ` in ${place}` : ''}`,
      )
      // "cut off api in staging from the network": the same, the particle first.
      .replace(
        /\bcut off ((?:the )?[a-z0-9-]+(?: in [a-z0-9-]+)?) from (?:the )?network\b/gi,
        (_m, what: string) => `partition the network of ${what}`,
      )
      // "one more: opencost logs": a label, not a count.
      .replace(/\bone more( thing| question| request)?\s*:/gi, '')
      // "get payments promoted", "get the worker in production restarted": the change asked for.
      .replace(
        /(?<!\b(?:we|i|they|you|he|she|it|should|must|could|would|might|had|have|has|still|currently|already|now|will|always|usually)\s+)\b(get|have) ((?:the )?[a-z0-9-]+(?: (?:in|on) [a-z0-9-]+| [a-z0-9-]+)?) (promoted|restarted|rolled back|paused|aborted|bounced|scaled)\b/gi,
        (_m, _g, what: string, done: string) => `${PARTICIPLES[done.toLowerCase()]} ${what}`,
      )
      // "the cluster-wide total for yesterday": a total of costs.
      .replace(
        /\b(cluster-wide|whole-cluster|overall|grand) total\b(?=\s+(for|cost|spend|this|last|yesterday|today|so far)\b|\s*[?.!]?\s*$)/gi,
        '$1 total cost',
      )
      // "mind restarting api in staging?": the ask of "would you mind", without those words.
      .replace(/^(\W*)mind (\w+ing)\b/i, (m, lead: string, g: string) =>
        GERUNDS[g.toLowerCase()] ? `${lead}please ${GERUNDS[g.toLowerCase()]}` : m,
      )
      // "lose a fifth of the packets": a share in percent.
      .replace(
        /(?<=\b(?:drop|drops|dropping|lose|losing|loss of|lost|make|makes) )(a|one) (fifth|quarter|tenth|third) of (the |its |their )?(packets|traffic)\b/gi,
        (_m, _a, part: string, _t, what: string) =>
          `${{ fifth: 20, quarter: 25, tenth: 10, third: 33 }[part.toLowerCase()]}% of the ${what}`,
      )
      // "wants the prod checkout canary paused": the wish of a change, as a verb.
      .replace(
        /(?<!\b(?:nobody|no one|noone|never|last thing (?:we|i))(?:\s+\w+){0,2}\s)\b(wants?|needs?|would like|'d like) (the |a |our )?((?:(?!\b(?:how|why|when|what|got|gets|was|were|is|are|been|writeup|summary|report|explanation)\b)[\w\s-]){1,40}?) (paused|restarted|rolled back|promoted|aborted|bounced)\b/gi,
        (_m, wish: string, the: string | undefined, what: string, done: string) =>
          `${wish}${/^wants$/i.test(wish) ? ' us' : ''} to ${PARTICIPLES[done.toLowerCase()]} ${the ?? ''}${what}`,
      )
      // "the packets going to staging web": where they go, not how it is going.
      .replace(/\b(packets|traffic|requests|calls|connections) (going|headed|sent) (to|into)\b/gi, '$1 to')
      // "pull the (virtual) network cable on worker", "unplug worker": a network partition.
      .replace(
        /\b(pull|yank|unplug|cut) (the )?(virtual )?(network )?(cable|wire)( on| from| of)?\b|\bunplug (?=[a-z0-9-]+( in [a-z0-9-]+)?( from the network)?\s*[.,!]?\s*$)/gi,
        'partition the network of',
      )
      // "what failure injections are running": experiments, whatever they inject.
      .replace(/\b(failure|fault|chaos|error) injections\b/gi, 'chaos experiments')
      // "shut down every chaos experiment", "turn off the chaos on web": ended.
      .replace(
        /\b(shut|turn|switch) (down|off)\b(?= (the |that |this |all |every |any )?(\S+ )?(chaos|experiments?|fault|drills?|injections?)\b)/gi,
        'stop',
      )
      // "delete that pod, the replicaset will bring a fresh one": why deleting a pod is safe, not a second action.
      .replace(
        /[,;]?\s*(the |its |a )?(replicaset|replica set|rs|deployment|controller|k8s|kubernetes|it)('ll| will| should) (bring|spin|create|start|replace|recreate|reschedule|respawn)\b[^.!?,;]*(?=[.!?,;]|$)(?!,?\s*(and|then|also|plus)\b)/gi,
        '',
      )
      // "move it along", "move checkout in staging along": a paused rollout let on.
      .replace(/\bmove ((?:it|the canary|the rollout|[a-z0-9-]+(?: in [a-z0-9-]+)?)) (along|on)\b/gi, 'promote $1')
      .replace(
        /\b(?:push|nudge) ((?:it|the canary|the rollout|(?:the )?[a-z0-9-]+(?: canary| rollout)?(?: in [a-z0-9-]+)?)) (along|on|forward|ahead)\b/gi,
        'promote $1',
      )
      // "kick off a 300ms delay on worker": start an experiment, not a kick of the pods.
      .replace(
        /\bkick(ed|ing|s)? off (an? |the )?(?=(\d+ ?(ms|%)|network|latency|delay|packet|cpu|memory|pod[- ]|chaos|experiment|loss|partition))/gi,
        'start $2',
      )
      // "not via an undo", "not by rolling back": the way not to do it, which is no second action.
      .replace(/,?\s*(and )?not (via|by|with|through|using) (an? |the )?[a-z-]+( back)?\b/gi, '')
      // "at some point today could you pull this week's costs": when, not the window.
      .replace(/\b(at some point|sometime|some time) today\b/gi, ' ')
      // "abort it before I lose my mind": an idiom, not packet loss.
      .replace(/\b(lose|losing|lost) (my|our|his|her|their) (mind|minds|cool|patience|temper|sanity)\b/gi, 'give up')
      // "bounce it before I lose it": the speaker's temper, not packet loss.
      .replace(/,?\s*\bbefore (i|we) (lose|losing) it\b/gi, '')
      // "how much did staging cost last month, before we doubled the workers?": when, told in the past.
      .replace(/,\s*before (we|i|they|someone) [a-z]+ed\b[^,.;!?]*/gi, (m) =>
        /\b(and|then|also|plus|so|but|yet|though|as well)\b/i.test(m) &&
        /\b(restart|bounce|scale|roll|promote|abort|retry|pause|kill|delete|deploy|set|needs? a|wants? a)\b/i.test(m)
          ? m
          : '',
      )
      // "coredns restart — p99 DNS at 400ms", "checkout prod — pause.": an order said object first.
      .replace(
        /^(\W*)((?!(?:i|we|you|he|she|they|it|just|please|pls|so|ok|okay|then|and|can|could|should|would|did|do|don'?t|said|not|no)\b)[a-z0-9-]+(?: (?:in )?(?!(?:said|did|want|wants|asked|not)\b)[a-z0-9-]+)?)\s*(?:[\u2014\u2013:-]+\s*)?\b(restart|bounce|rollback|roll back|pause|promote|abort|retry)\b(?=\s*([\u2014\u2013:.,!-]|$))/i,
        '$1$3 $2',
      )
      // "scale web to 3 — the prod one obviously, staging doesn't matter": which one, by its namespace.
      .replace(/([,;\u2014\u2013-]\s*)the (staging|stage|stg|prod|production|monitoring|kube-system) one\b/gi, '$1in $2')
      .replace(
        /[,;]?\s*\b(staging|stage|stg|prod|production|monitoring|kube-system) ((doesn'?t|does not) matter|(is|'s) (fine|ok|okay|good|healthy|unaffected)|(stays|can wait|waits)( as is)?)\b/gi,
        '',
      )
      // "get rid of that pod", "zero out staging checkout", "give it another go", "kick that off": plain verbs.
      .replace(/\bget rid of\b/gi, 'delete')
      .replace(/\bzero out ((?:the )?[a-z0-9-]+(?: [a-z0-9-]+)?)/gi, 'scale $1 to 0')
      .replace(/\bgive (it|them|that|this) (another|one more) (go|try|shot|attempt)\b/gi, 'retry $1')
      // "give staging worker a fresh start", "give it a kick": a restart.
      .replace(
        /\bgive ((?:it|them|that|this|the [a-z0-9-]+|(?:[a-z0-9-]+ )?[a-z0-9-]+)(?: (?:in|on) [a-z0-9-]+)?) an? (fresh start|clean start|fresh restart|reboot|kick|bounce|restart)\b/gi,
        'restart $1',
      )
      // "switch live traffic over to the preview", "cut users over to the new version": a blue-green promoted.
      .replace(
        /\b(?:(?:switch|flip|shift|move|send) (?:the |all |live |user |production |prod )*(?:traffic|users) (?:over )?to|cut (?:the |all |live |user |production |prod )*(?:traffic|users) over to) (?:the )?(?:preview|new (?:version|stack|build)|green)\b(?![^.!?]*\b(then back|and back|back again|flip it back|switch it back|temporarily|until|for (a few|\d+|ten|five|two|an?) (minutes?|mins?|hours?|seconds?|hour))\b)/gi,
        'promote to the preview',
      )
      // "re-run the same rollout": that rollout again.
      .replace(/\b(re-?run|retry) the same (rollout|canary|deploy(ment)?)\b(?=\s*[.!]*\s*$)/gi, '$1 the $2')
      // "we need to get out of this rollout": abort it.
      .replace(/\bget out of (this|the|that) (rollout|canary|blue-green|deploy(ment)?)\b/gi, 'abort $1 $2')
      // "Start with worker — take it to zero": which one first, not a new Deployment.
      .replace(
        /\b(let'?s )?start with (the )?(?!(?:one|a|an|two|three|\d+)\b)([a-z0-9-]+)\s*(\u2014|\u2013|:|,|\s-\s)\s*/gi,
        '$3 $4 ',
      )
      .replace(/\bkick (it|that|this|them) off\b(?! again)/gi, 'do $1')
      // "exposing 9115", "listening on 8080": the port.
      .replace(/\b(exposing|expose|exposed on|serving on)( port)? (\d{2,5})\b/gi, 'port $3')
      // "only the five biggest", "the 3 most expensive": the top of a cost query.
      .replace(
        /\b(only )?the (\d+|three|five|ten) (biggest|largest|most expensive|priciest|costliest|top)\b/gi,
        (_m, _o, n: string, how: string) => `top ${{ three: '3', five: '5', ten: '10' }[n.toLowerCase()] ?? n} ${how}`,
      )
      // "Do not, under any circumstances, scale …", "Don't — repeat, don't — roll back …": the negation, whole.
      .replace(
        /\b(do not|don'?t|never)\s*[,\u2014\u2013-]+\s*(under any circumstances|(i )?repeat,? (do not|don'?t)|ever|whatever you do|i repeat|please)\s*[,\u2014\u2013-]+\s*/gi,
        '$1 ',
      )
      // "one extra replica on payments": one more.
      .replace(
        /\b(one|an|a|two|three|\d+) extra (replicas?|pods?|instances?)\b/gi,
        (_m, n: string, what: string) =>
          `${{ one: '1', an: '1', a: '1', two: '2', three: '3' }[n.toLowerCase()] ?? n} more ${what}`,
      )
      // "take staging web all the way down to zero": a size, not a full promotion.
      .replace(/\ball the way (down|up) to\b(?!\s*\d+\s*(%|percent))/gi, '$1 to')
      // "can you roll them so they read the new config": a rolling restart of the pods.
      .replace(/\broll (them|the pods|its pods|the (\w+ )?pods)\b(?!\s+(back|forward|out|on|over))/gi, 'restart $1')
      // "can we get payments to 5 pods": a size.
      .replace(
        /(^\W*|\b(?:can|could|would) (?:we|you|u) |\bplease |\bpls |\blet'?s )(get|bring|have) ([a-z0-9-]+(?: in [a-z0-9-]+)?) (to|at) (\d+) (pods|replicas|instances)\b/gi,
        '$1scale $3 to $5 $6',
      )
      // "$$ for prod today?": what it costs.
      .replace(/(^|\s)\${2,}(?=\s)(?![^?.!]*\b(replicas|pods|logs|image|version)\b)/g, '$1cost')
      // "⏸️ checkout production": pause it.
      .replace(/^\W*(\u23f8\ufe0f?|:double_vertical_bar:|:pause_button:)\s*(?![^\n]*[?:])/u, 'pause ')
      // "with hashicorp/http-echo:1.0 x3": three replicas.
      .replace(/(\S+:[\w.-]+)\s+x(\d+)\b/gi, '$1, $2 replicas')
      // "abort abort abort": one abort.
      .replace(/\b(abort|stop|restart|rollback|pause)(\W+\1\b)+/gi, '$1')
      // "go back to 1" (after a pasted rollout history): that revision.
      .replace(
        /\bgo back to (revision |rev )?(\d+)\b(?!\s*(pods?|replicas?|instances?|copies|%|percent))/gi,
        'roll back to revision $2',
      )
      // "turn it off and on again": a restart.
      .replace(/\b(turn(ing)?|switch(ing)?) (it|them) off and (on )?(on )?again\b/gi, 'restart $4')
      // "turn the website in staging off and on again": the same, of a workload named in between.
      .replace(/\b(?:turn|switch) ((?:the )?[a-z0-9-]+(?: in [a-z0-9-]+)?) off and (?:back )?on(?: again)?\b/gi, 'restart $1')
      // "shrink the staging worker to nothing": no replicas.
      .replace(
        /\b(shrink|scale)( (?:the )?(?!(?:[a-z0-9-]+ )?(?:canary|weight|budget|costs?|traffic|noise|logs?|latency|errors?)\b)(?:[a-z0-9-]+ )?[a-z0-9-]+(?: in [a-z0-9-]+)?)( down)? to nothing\b(?![^.?!]*\bthen\b)/gi,
        '$1$2$3 to 0',
      )
      // Plain words of a rollout's end, from people who do not say "promote" or "abort": "show the new version to
      // everyone", "make payments use the new version for everyone" promote it fully; "put back the version that was
      // there before" rolls back; "stop the experiment with the new version" aborts a canary.
      .replace(
        NEW_FOR_EVERYONE,
        (
          m,
          lead: string,
          shown: string | undefined,
          made: string | undefined,
          moved: string | undefined,
          at: number,
          all: string,
        ) => (asksIt(m, lead, at, all) ? `${lead}promote ${shown ?? made ?? moved ?? 'it'} fully` : m),
      )
      // "… shows the new design only to some testers. Can we show it to everyone?": the new version named before.
      .replace(IT_FOR_EVERYONE, (m, lead: string, at: number, all: string) =>
        /\bnew (version|design|build|release)\b(?! [a-z]+(er|ist|ard|ner|ge|tes)\b)/i.test(text) && asksIt(m, lead, at, all)
          ? `${lead}promote it fully`
          : m,
      )
      .replace(OLD_PUT_BACK, 'roll back')
      .replace(NEW_TAKEN_AWAY, 'abort the canary')
      // "handle twice the load", "cope with double the traffic": twice the replicas.
      .replace(TWICE_THE_LOAD, 'double $1')
      // "take the worker in staging offline": no replicas ("take it offline" may be a discussion, "take X down" a size,
      // a banner or a story).
      .replace(
        /(?<!\b(?:will|'ll|going to|gonna|to|might|may|could|should|would|let'?s|let us)\s)\btake ((?:the )?(?!(?:it|this|that|them|these|those)\b)[a-z0-9-]+ in [a-z0-9-]+) (?:offline|off ?line)(?=\s*(?:[,.;:!?]|$|now\b|please\b|pls\b|tonight\b))/gi,
        'scale $1 to 0',
      )
      // "go back to 3 replicas": a size, not a rollback.
      .replace(
        /\bgo back (?:down |up )?to (\d+|one|two|three|four|five) (replicas?|pods?|instances?|copies)\b(?! of (?:the|our|a|an|my)\b)/gi,
        'scale to $1 $2',
      )
      // "make the website bigger", "make web handle more people": a size up (by how much is said or asked).
      .replace(
        /\b(?:make|let|help|get) ((?:the )?(?!(?:disk|disks|cache|memory|volume|volumes|buffer|queue|limit|limits|cpu|heap|pool|timeout|font|logo|page|button|image|file|table|database|db|bucket|budget|bill|team)\b)[a-z0-9-]+(?: in [a-z0-9-]+)?) (?:(bigger|larger|stronger)|(smaller|leaner)|(?:handle|take|serve|cope with|deal with) more (?:people|traffic|load|users|requests|visitors|customers))\b/gi,
        (_m, object: string, up: string | undefined, down: string | undefined) =>
          `scale ${object} ${down ? 'down' : up ? 'up' : 'up'}`,
      )
      // "… Like double what it has now": the size said after it.
      .replace(
        /([.,;!?]\s*|^\W*)(?:like|say|so|maybe|i\.?e\.?|as in)?\s*(double|triple|halve) what (it|they) (?:has|have|runs?|is running|are running|gets?) (?:right )?(?:now|today|currently)\b/gi,
        '$1$2 $3',
      )
      // "let's say 9", "say, 4 replicas": a number offered, not a request to say something.
      .replace(/\b(?:let'?s|let us) say,?\s+(?=(?:to )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b)/gi, '')
      // "…, 9 copies in total", "let's say 9 in total": the size to reach, not a number to add.
      .replace(
        /(^\W*|[,.;:!?\u2014\u2013]\s*|\b(?:say|like|make it|so|maybe|about|around)\s+)(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)((?: (?:copies|replicas|pods|instances|servers|machines))?) (?:in total|total|altogether|all together|overall)\b/gi,
        (m, lead: string, n: string, what: string, at: number, all: string) =>
          /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(
            all
              .slice(0, at)
              .split(/[.!?\n]/)
              .at(-1) ?? '',
          )
            ? m
            : `${lead}to ${n}${what}`,
      )
      .replace(
        /\bscale ((?:the )?[a-z0-9-]+(?: (?:in|on) [a-z0-9-]+)?) (?:up|down)((?: [a-z]+){0,2})\s*[.,;!?\u2014\u2013-]+\s*(double|triple|halve) (?:it|them)\b/gi,
        '$3 $1$2',
      )
      // "• service: `web` • env: `production` • image: `…`": a deploy request in fields.
      .replace(/^([\s\S]*)$/, (all) => {
        const svc = /\b(?:service|app|workload|deployment)\s*:\s*`?([a-z0-9-]+)`?/i.exec(all)?.[1];
        const img = /\bimage\s*:\s*`?([a-z0-9][\w.-]*(?:\/[\w.-]+)*:[\w.-]+)`?/i.exec(all)?.[1];
        const env = /\b(?:env|environment|namespace|ns)\s*:\s*`?([a-z0-9-]+)`?/i.exec(all)?.[1];
        // Only a request made of fields: no question, no warning, no other action, and a word that asks to ship.
        const asks =
          /\b(deploy|release|ship|rollout|roll out|update) request\b|^\W*\*?(deploy|ship|release|roll out|update)\b/i.test(all) &&
          !/\?|\b(not|don'?t|never|why|stuck|unchanged|stays|broken|failed|fails|restart|scale|roll ?back|rollback|pause|abort)\b|n't\b/i.test(
            all,
          );
        return svc && img && asks ? `set the image of ${svc}${env ? ` in ${env}` : ''} to ${img}` : all;
      })
      // "Not going to happen: scale payments to 0", "Not a chance — …": a refusal of what follows.
      .replace(
        /^\W*(not going to happen|not a chance|no way|no chance|absolutely not|hell no)\s*[:,.!\u2014\u2013-]+\s*/i,
        "don't ",
      )
      // "get po -n kube-system": kubectl's short name for pods.
      .replace(/^(\W*)(k |kubectl )?get (po|pod)\b/i, '$1get pods')
      // "per-pod costs": per pod.
      .replace(/\bper-(pod|namespace|deployment|controller|node)s?\b/gi, 'per $1')
      // "try the aborted payments rollout again": retry it.
      .replace(
        /^(\W*)try (the |that |this )?((?!\w+ing\b|to\b)(?:aborted |failed )?[\w-]+(?: [\w-]+){0,4}) again\b/i,
        '$1retry $2$3',
      )
      // "stop the payments deploy, abort it": one stop, said twice.
      .replace(
        /^(\W*)(stop|abort|cancel|halt)\b(?!-)([^,.;]*?\b(?:deploy|deployment|rollout|canary|release)\b[^,.;]*?),\s*(abort|stop|cancel|halt) (it|that)\s*([.!]*)\s*$/i,
        '$1$4$3$6',
      )
      // "pull the plug on payments preview": abort it.
      .replace(/\bpull the plug on\b/gi, 'abort')
      // "prod web → revision 1": to that revision.
      .replace(
        /^(\W*)((?:prod|production|staging|stage|stg)?\s*[a-z0-9-]+(?: (?:in )?[a-z0-9-]+)?)\s*(\u2192|->|=>)\s*(revision|rev)\s*(\d+)/i,
        '$1roll back $2 to revision $5',
      )
      .replace(/\s*(\u2192|->|=>)\s*(revision|rev)\b/gi, ' to revision')
      // "Don't roll back, don't abort, just pause": the alternatives ruled out before the one asked.
      .replace(
        /(\b(don'?t|do not|no) (roll ?back|rollback|abort|restart|scale|delete|kill|promote|pause)\s*[,.;]\s*)+(?=(just|only|simply) )/gi,
        '',
      )
      // "pod restart counts": how often pods restarted is their status, not a restart.
      .replace(/\b(pods?'?s? )?restart ?counts?\b/gi, 'pod status')
      // "list the pods and their restarts", "pods with restarts": restarts counted, said as a noun after a pod.
      .replace(
        /\b(pods?\b[^.?!;:\n]{0,40}?\b(?:and|with|plus|incl\.?|including) (?:their |its |the )?)restarts\b/gi,
        '$1pod status',
      )
      // "Priya from the payments team": people named after what they own are not the workload.
      .replace(
        /\b(the|our|their|from) (?!(new|other|whole|entire|same|old|platform|sre|ops|dev|qa|staging|stage|stg|prod|production|monitoring|kube-system)\b)[a-z0-9-]+ (team|squad|folks|devs|engineers|owners|crew|on-?call)\b(?!-)/gi,
        '$1 $3',
      )
      // "k8s 💸 this month?": money is cost.
      .replace(/\u{1f4b8}|\u{1f4b0}|\u{1f4b5}|:money_with_wings:|:moneybag:|:dollar:/gu, ' cost ')
      .replace(
        /\b(this|that|which|what|any|some|an? (?:early|late|final|later|earlier)|the (?:early|late|final|next|same|current)) stage\b/gi,
        '$1 phase',
      )
      .replace(/\b(give|gave|giving|needs?) (it|them|\w+) an?( little| quick| gentle| good)? prod\b/gi, '$1 $2 a nudge')
      .replace(
        /\b(before|until|once|when|after|by the time) (we|you|they|it|this|that|he|she) (go|goes|went|get|gets|ship|ships|move|moves|push|pushes|hit|hits|make it) (to|into|in) (prod|production)\b/gi,
        '$1 $2 $3 live',
      )
  );
}
