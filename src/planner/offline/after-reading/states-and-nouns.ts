/**
 * Words that end a state, and actions said as nouns, that the reader may take for the call itself: a running
 * experiment ended in other words ("destroy the cpu stress", "the memory stress can go"), a pause ended ("cancel
 * checkout's pause", "release the hold"), a rollout stopped where it stands ("at this step"), a state of the steps
 * before a promotion ("all steps ok, promote …"), a part of the pods spun down, a step undone, "scale in NAMESPACE", thanks for or news of an action
 * ("thanks for the api restart", "latest on the web rollback"), a retry of another action ("retry the restart"), and a
 * place or a workload said beside the call that is not its own ("staging - restart api in prod"). Each leaves a sure
 * write for the requester to confirm (red-team round 139).
 */

import type { PlanContext } from '../../plan.ts';
import { mentionsBot, nameSets } from '../inventory-names.ts';
import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** A verb that ends an experiment already running: "destroy the cpu stress", "the memory stress can go". */
const ENDING_EXPERIMENT =
  /\b(?:destroy|purge|terminate|rm|evict|end|stop|cancel|halt|quit|cease|scrap|tear down|get rid of|shut (?:it )?down|wrap up|kill off|call off|decommission|retire|disable|turn off|switch off)\b|\b(?:can|has to|must|should) go\b/i;
/** A pause ended in other words: "cancel checkout's pause", "release the hold", "quit pausing". */
const ENDING_PAUSE =
  /\b(?:out of|past|off|beyond|through)\s+(?:the |its |this |that |[a-z0-9-]+'s )?(?:pause|hold|freeze)\b|\b(?:pause|hold|freeze)\s+(?:is\s+|'s\s+)?over\b|\b(?:cancel|stop|halt|quit|cease|end|lift|remove|undo|drop|clear|skip|break|resume|get rid of)\b[^.?!,;]{0,30}\b(?:pause[ds]?|pausing|hold|holding|freeze|freezing|suspend|suspended|suspending|suspension)\b|\brelease (?:the |its |[a-z0-9-]+'s )?(?:pause|hold|freeze|suspension)\b|\b(?:pause|hold|freeze|suspension)\b[^.?!,;]{0,20}\b(?:can go|has to go|must go|is over|ends?|off)\b|\bun-?pause\b/i;
/** A rollout held where it stands, not sent back: "stop it at this step", "right here", "at 20%". */
const WHERE_IT_STANDS =
  /\bas (?:it )?is\b|\bat (?:its|current)\b|\bwhere it'?s at\b|\b(?:at|on|in) (?:this|the current|current|that|its current) (?:step|point|stage|weight|pause|percentage)\b|\bright (?:here|there|now where)\b|\b(?:here|there)\s*[.!]*\s*$|\bwhere it (?:currently |now )?(?:stands|is|sits)\b|\bin place\b|\bat \d+ ?%/i;
/** The steps, the analysis or the canary told as done or fine before a promotion. */
const STEPS_TOLD =
  /\b(?:steps?|stages?)\s+(?:is |are |was |were |look |looks |all )?(?:ok|okay|fine|good|green|complete|completed|done|passed|finished|healthy)\b/i;
/** An action said as a noun after thanks, news or a pointer: "thanks for the api restart", "latest on the web rollback". */
const ACTION_NOUNS =
  '(?:restart|rollback|roll-?back|abort|promotion|promote|scale(?:-?up|-?down)?|scaling|pause|retry|deletion|revert|deploy|redeploy|rollout|experiment|bounce|reboot|recycle|downgrade|upgrade|reload|restore|failover)';
const ACTION_NOUN = new RegExp(
  `\\b(?:thanks|thank you|thx|ty|cheers|kudos)\\s+(?:for\\s+)?(?:(?:the|that|this|your|my|our|a|an|[a-z0-9-]+'s)\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${ACTION_NOUNS}\\b|\\b(?:latest|news|update|updates|status|about|re|regarding|on|for|still|how'?s|how is|what about)\\s+(?:the|that|this|your|my|our|[a-z0-9-]+'s)\\s+(?:[a-z0-9-]+\\s+)?${ACTION_NOUNS}\\b`,
  'i',
);
/**
 * "count the coredns restarts", "report the payments rollback", "against a checkout in staging abort": every word of
 * action in the message is a noun after its determiner (a name or two between), none a verb that asks for it.
 */
function onlyAsNoun(plain: string, tool: string): boolean {
  const done = DONE_ACTIONS[tool];
  if (done === undefined) return false;
  const text = plain.toLowerCase();
  const action = new RegExp(`\\b(?:${done})(s?)\\b`, 'g');
  // "do a restart of api", "give web a restart", "trigger the rollback": a light verb that asks for the action.
  const noun = new RegExp(
    `(?<!\\b(?:do|does|doing|did|make|making|give|giving|perform|run|trigger|kick off|start|issue|inject|launch|fire|apply|create|add|introduce|set up|begin|try|execute|cause|simulate|schedule)\\s+(?:[a-z0-9-]+\\s+){0,5}?)\\b(?:the|a|an|that|this|these|those|your|my|our|their|its|[a-z0-9-]+'s)\\s+(?:(?!(?:i|you|we|they|he|she|it|u|and|or|then|but|to|please|pls|so)\\b)[a-z0-9-]+\\s+){0,3}?(?:${done})s?\\b`,
    'g',
  );
  const all = [...text.matchAll(action)];
  if (all.length === 0) return false;
  const nouns = new Set([...text.matchAll(noun)].map((m) => (m.index ?? 0) + m[0].length));
  // "a count of coredns restarts": the plural is a noun wherever it stands.
  return all.every((m) => m[1] === 's' || nouns.has((m.index ?? 0) + m[0].length));
}
/** The words that name each tool's action done (not the object it is done to, "the rollout", "the experiment"). */
const DONE_ACTIONS: Record<string, string> = {
  restart: '(?:restart|bounce|reboot|recycle)',
  rollback: '(?:rollback|roll-back|revert)',
  abort_rollout: 'abort',
  pause_rollout: 'pause',
  promote_rollout: '(?:promotion|promote)',
  scale: '(?:scale-?up|scale-?down|scaling|scale)',
  launch_chaos: '(?:stress|loss|partition|latency|delay|pod-kill|pod-failure|chaos|experiment|drill)',
  retry_rollout: 'retry',
  delete_pod: 'deletion',
};
const ANY_ACTION = new RegExp(
  `^\\W*(?:(?:is|are|was|were|has|have|had) there\\s+|there\\s+|got\\s+|seen\\s+)?(?:been\\s+)?any\\s+(?:[a-z0-9-]+\\s+)?${ACTION_NOUNS}s?\\b`,
  'i',
);
const TOLD_DONE =
  /\b(?:promot\w*|restart\w*|roll-?back|rollback|scal\w*|abort\w*|paus\w*|retr\w*)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:complete|completed|done|finished|successful|succeeded|over)\b|\b(?:promoted|restarted|rolled back|scaled|aborted|paused|retried)\W*$/i;
/** Another action named beside a retry: "retry the restart", "try a restart again". */
const OTHER_ACTION =
  /\b(?:restart|rollback|roll back|abort|promot\w*|pause|scal\w*|delet\w*|deploy\w*|redeploy\w*|update|revert|kill|bounce|reboot|recycle|cycle)\b/i;

export function statesAndNouns(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r)) return r;
  const { tool, args } = r.plan;
  if (tool === 'launch_chaos' && ENDING_EXPERIMENT.test(plain)) return doubted(r, 'an experiment ended in other words');
  if (tool === 'pause_rollout' && ENDING_PAUSE.test(plain)) return doubted(r, 'a pause ended in other words');
  // "any restart of api in prod", "there any rollback of web": a question without its mark (red-team round 169).
  if (ANY_ACTION.test(plain)) return doubted(r, 'a question without its mark');
  // "checkout in staging: promote complete", "… all the way promoted": an action told as done.
  // ("we need web in prod rolled back": what is wanted, not what was done.)
  if (TOLD_DONE.test(plain) && !/\b(?:need|needs|want|wants|get|have|like|make|must|should|can|could)\b/i.test(plain))
    return doubted(r, 'an action told as done');
  // "spin down api's new pods", "spin web's old pods down": a part of the pods, not all.
  if (
    tool === 'scale' &&
    args.replicas === 0 &&
    /\bspin\b/i.test(plain) &&
    /\b(?:half|some|most|few|several|part|one|two|three|\d+|old|older|new|newer|previous|extra|other|spare)\b|'s\b/i.test(plain)
  )
    return doubted(r, 'a part of the pods spun down');
  if (tool === 'abort_rollout' && WHERE_IT_STANDS.test(plain)) return doubted(r, 'a rollout held where it stands');
  if (tool === 'promote_rollout' && args.full === true && STEPS_TOLD.test(plain)) return doubted(r, 'the steps told as done');
  // "go to the previous step", "promote … to the step before": a step back, which no promotion takes.
  if (tool === 'promote_rollout' && /\b(?:previous|prior|earlier|last|before|back)\b/i.test(plain))
    return doubted(r, 'a step back');
  if (tool === 'rollback' && /\bsteps?\b|\b(?:last|the|this|a|one|previous|current|canary) stages?\b/i.test(plain))
    return doubted(r, 'a step undone');
  if (tool === 'scale' && /\bscale in (?:the )?(?:prod|production|staging|stg|stage|monitoring|kube-system)\b/i.test(plain))
    return doubted(r, '"scale in" before a place');
  // "drop the payments traffic to 0", "drop payments traffic": traffic is neither replicas nor a named experiment.
  if (
    /\b(?:drop|cut|reduce|lower|take|bring|scale|send|shift|move|route|block|stop|kill|throttle|halve|double)\s+(?:the\s+|our\s+|all\s+)?(?:[a-z0-9-]+\s+){0,2}?traffic\b/i.test(
      plain,
    ) &&
    (tool === 'scale' ||
      (tool === 'launch_chaos' &&
        !/\b(partition\w*|loss|lose|delay|latency|packets?|isolat\w*|cut (?:it |them )?off)\b/i.test(plain)))
  )
    return doubted(r, 'traffic');
  // "cycle through the coredns pods": going over them, not a restart.
  if (tool === 'restart' && /\bcycl\w* (?:through|over)\b/i.test(plain)) return doubted(r, 'cycled through');
  // "restart the recent payments pods": some of the pods, where a restart takes all of them.
  if (
    tool === 'restart' &&
    /\b(?:recent|newest|oldest|new|old|newer|older|latest|last|first|few|some|several|two|three|\d+|half|bad|broken|unhealthy|failing|crashing|stuck)\s+(?:[a-z0-9-]+\s+){0,3}?pods?\b/i.test(
      plain,
    )
  )
    return doubted(r, 'some of the pods');
  // "stress cpu on worker and create a ticket": a second action, on the paperwork, beside the call.
  if (
    /\b(?:and|then|also|plus|&)\s+(?:please\s+)?(?:create|open|raise|file|make|log|update|close|submit|cut)\s+(?:a |an |the |our )?(?:new )?(?:ticket|incident|jira|issue|change(?: request| record)?|cr|chg\w*|inc\w*)\b|\band an? (?:ticket|incident|issue)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'a second action on the paperwork');
  // "we should have had web in prod rolled back", "must have rolled it back": a past that was or might have been.
  if (
    /\b(?:should|must|could|would|might|ought to)(?:n'?t| not)? (?:have|'ve|of) (?:(?:just|already|actually|really|probably|definitely|simply|\w+ly) ){0,2}(?:had|got|gotten|been|done|[a-z]+ed|rolled|scaled|run)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'a past that was or might have been');
  // "prod can run api with 8 replicas": what a place or workload can take, not a request.
  if (
    tool === 'scale' &&
    /\b(?!(?:you|u|we|i|someone|somebody|anyone)\b)[a-z-]+\s+(?:can|could|would|will|might|may)\s+(?:run|handle|take|cope with|live with|get by)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'what something can run');
  // "roll back web in prod to the latest", "… to the canary version": no revision before the running one.
  if (
    tool === 'rollback' &&
    /\bto (?:the |its |our )?(?:latest|current|newest|most recent|canary|new|preview|same|running)\b/i.test(plain)
  )
    return doubted(r, 'a rollback to what runs now');
  // "roll back web in prod by then", "… before that": tied to a moment the message does not name.
  if (
    /\b(?:by then|before that|during that|after that|at that point|by that time|once that'?s? done|when that'?s? done)\s*[.!]*\s*$/i.test(
      plain,
    )
  )
    return doubted(r, 'a moment not named');
  // "i want to know how to restart api in staging", "the way we add 200ms latency to api": how it is done, asked or told.
  if (
    /\b(?:how|where|which way) (?:to|do (?:i|we|you)|can (?:i|we)|should (?:i|we)|would (?:i|we)|you|we|they)\b|(?<!\ball )\b(?:the|our|your|their|a) (?:\w+ )?(?:way|ways|steps?|procedure|process|runbook) (?:to|we|you|i|they|he|she|where|when)\b(?! 100 ?%)|\bthe step (?:where|when) (?:we|you|i)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'how it is done');
  // "possible rollback of web in prod", "just like we pause checkout", "you think we roll back web", "i know you scale
  // web", "i have to go restart api": an option, a likeness, an opinion, what someone knows, the sender's own errand.
  if (
    /^\W*(?:possible|potential|proposed|option(?:al)?|idea|candidate)\b|\blike (?:we|you|i|they|he|she) (?!to\b)\w|^\W*(?:do |d'?)?(?:you|u|y'?all|you guys|you all) think\b|^\W*(?:i|you|we) know\b|\b(?:i|we) (?:have|need|got|want) to go (?!back|ahead|on|through|with|over|to|for)\w|\bgotta go (?!back|ahead|on|through)\w/i.test(
      plain,
    )
  )
    return doubted(r, 'an option, a likeness or an errand');
  // "stress cpu on 3 pods of api at level 3", "add latency to one pod": a count of pods an experiment takes as its level.
  if (
    tool === 'launch_chaos' &&
    /\b(?:\d+|one|two|three|four|five|a single|single)\s+(?:\w+\s+)?(?:pods?|replicas?|instances?)\b/i.test(plain) &&
    !(
      /\b(?:kill|delete|terminate)\s+(?:a|one|1)\s+(?:random\s+)?(?:\w+\s+)?pod\b/i.test(plain) &&
      !/\blevel\s*(?:[2-9]|10)\b/i.test(plain)
    )
  )
    return doubted(r, 'a count of pods');
  // "… within 10 minutes", "by 5 minutes": a deadline, not how long the experiment runs.
  if (
    tool === 'launch_chaos' &&
    /\b(?:within|in under|before)\s+\d+\s*(?:m|min|mins|minutes?|s|sec|secs|seconds?|h|hours?)\b|\bby\s+\d+\s*(?:m|min|mins|minutes?|h|hours?)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'a deadline beside a duration');
  // "add latency to api" read with a latency from another number: one said without its unit.
  if (
    tool === 'launch_chaos' &&
    typeof args.latencyMs === 'number' &&
    !new RegExp(
      `\\b${args.latencyMs}\\s*(?:ms|msec|milliseconds?)\\b|\\b(?:latency|delay) (?:of )?${args.latencyMs}\\b`,
      'i',
    ).test(plain) &&
    !/\b(?:ms|msec|millis\w*|seconds?|secs?)\b|\d\s*(?:ms|s)\b/i.test(plain)
  )
    return doubted(r, 'a latency without its unit');
  // "keep web in prod from scaling to 8", "stop payments from resuming": a change to be kept from happening.
  if (/\b(?:keep|stop|prevent|block|hold)\s+(?:\S+\s+){1,5}?from\s+(?:\w+ing|any|a|the|being)\b/i.test(plain))
    return doubted(r, 'a change kept from happening');
  // "need me to roll back web in prod", "want us to restart api": an offer, not a request.
  if (/^\W*(?:do |does )?(?:you |u |they |he |she )?(?:need|want|wants|needs) (?:me|us) to\b/i.test(plain))
    return doubted(r, 'an offer');
  // "i'm off to restart api", "on my way to roll back web": the sender's own errand.
  if (/\b(?:i'?m|we'?re|i am|we are) off to\b|\bon (?:my|our) way to\b|\b(?:i|we) must go\b/i.test(plain))
    return doubted(r, "the sender's own errand");
  // "increase checkout in staging of one step", "raise web by 1 revision", "increase the level on worker by one": a
  // change counted in steps, revisions, levels or ports, never replicas.
  if (
    tool === 'scale' &&
    /\b(?:by|of|add|plus)\s+(?:\d+|one|two|three|a|an)\s+(?:more\s+)?(?:steps?|stages?|revisions?|revs?|versions?|levels?|ports?|namespaces?|notches? (?:of|on) the (?:level|weight))\b|\b(?:level|port|revision|step|intensity|severity|weight|version)\s+(?:on|of)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'a change counted in something else');
  // "go back to the version before the version before", "past the previous version": further back than one step.
  if (
    tool === 'rollback' &&
    /\bbefore the (?:version|release|one|build) before\b|\bpast the (?:previous|last|prior)\b|\btwo (?:versions|releases|revisions|builds) (?:back|ago|before|earlier)\b|\b(?:second|2nd) (?:to )?(?:last|previous)\b/i.test(
      plain,
    )
  )
    return doubted(r, 'further back than one version');
  // "checkout in staging moved to the next step", "payments in prod resumed", "we're cycling api": a report of it.
  if (
    workloadReported(ctx).test(plain) ||
    /\b(?:i'?m|we'?re|i am|we are)\s+(?:now\s+|just\s+)?(?:cycling|resuming|suspending|switching|moving|continuing|advancing|unpausing)\b|^\W*(?:we|i|they|someone|somebody|he|she)\s+(?:just\s+|already\s+|then\s+)?(?!need)[a-z]+ed\b/i.test(
      plain,
    )
  )
    return doubted(r, 'a report of it');
  // "web in prod: go back to 1": a bare number may be a count as well as a revision.
  if (tool === 'rollback' && args.toRevision !== undefined && !/\b(?:rev|revs|revision|revisions|r\d+|v\d+)\b|#\d/i.test(plain))
    return doubted(r, 'a bare number as a revision');
  // "restart api in staging (not a request)", "(not decided)": an aside that takes it back or leaves it open.
  if (
    /\(\s*(?:not|no|don'?t|do not|never|tbd|undecided|pending|draft|maybe|just an? (?:idea|thought|example))\b[^)]*\)/i.test(
      plain,
    )
  )
    return doubted(r, 'an aside that leaves it open');
  if (ACTION_NOUN.test(plain) || onlyAsNoun(plain, tool)) return doubted(r, 'an action named as a noun');
  if (tool === 'retry_rollout' && OTHER_ACTION.test(plain)) return doubted(r, 'a retry of another action');
  // "staging - restart api in prod", "web -- restart api": a place or a workload beside the call that is not its own.
  const names = nameSets(ctx).known.correction;
  const own = new Set([String(args.name ?? args.target ?? ''), String(args.namespace ?? '')]);
  const words = plain
    .toLowerCase()
    .replace(/\S*[/:@]\S*/g, ' ')
    .split(/[^a-z0-9-]+/)
    .filter(Boolean);
  const other = words.some(
    (w) =>
      (names.workloads.has(w) && !own.has(w) && !String(args.name ?? '').startsWith(`${w}-`)) ||
      (names.namespaces.has(w) && !own.has(names.namespaces.get(w) ?? '')),
  );
  return other ? doubted(r, 'another place or workload beside the call') : r;
}

/**
 * "+1, payments", "+1 on scaling web in prod to 8": a vote for what someone said, not one more replica nor a request
 * (read in the message as typed: markup removal turns "+1" into "yes").
 */
export function voteBeside(r: Reading, text: string): Reading {
  if (!isSureWrite(r)) return r;
  return /^[^\w+]*(?:\+\s?\d+\b(?!\s*(?:replicas?|pods?|instances?|more|copies)\b)|\u{1f44d}|:thumbsup:|:\+1:|:thumbs_up:)|\+1\s+(?:here|from me|to that|on that|for that)\b/iu.test(
    text,
  )
    ? doubted(r, 'a +1')
    : r;
}

/**
 * "thanks <@U0COXSWAIN>! <@U0ALICE> could you scale web in prod to 8", "<@U0ALICE> try <@U0COXSWAIN> restart api": a
 * person other than the bot named before the ask (read in the message as typed, where mentions are still marked).
 */
export function askedOfSomeoneElse(r: Reading, text: string, ctx: PlanContext): Reading {
  if (!isSureWrite(r)) return r;
  // A person named first may be who the message is for (older rules read "<@U1> restart api" as asking the bot) only
  // when no word of asking follows; anywhere else a person named beside the ask may be the one asked.
  for (const m of text.matchAll(
    /<@([A-Z0-9]+)(\|[^>]*)?>(\s*[,:]?\s*(?:could|can|would|will|please|pls|try|just|go ahead|you|mind)\b)?/gi,
  )) {
    if (mentionsBot(m[1], m[2], ctx)) continue;
    const first = !/\S/.test(text.slice(0, m.index ?? 0));
    if (!first || m[3] !== undefined) return doubted(r, 'asked of someone else');
  }
  return r;
}

/** "payments in prod resumed": a workload of the inventory, then a verb in the past; built once per inventory. */
const reportedCache = new WeakMap<Set<string>, RegExp>();
function workloadReported(ctx: PlanContext): RegExp {
  const workloads = nameSets(ctx).workloads;
  let re = reportedCache.get(workloads);
  if (!re) {
    re = new RegExp(
      `^\\W*(?:the\\s+)?(?:${[...workloads].join('|')})(?:\\s+(?:in|on)\\s+[a-z0-9-]+)?\\s+(?:was\\s+|were\\s+|has\\s+been\\s+|got\\s+|just\\s+|already\\s+)?(?!need)(?:[a-z]+ed|went|shut)\\b`,
      'i',
    );
    reportedCache.set(workloads, re);
  }
  return re;
}
