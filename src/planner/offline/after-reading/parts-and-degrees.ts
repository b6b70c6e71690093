/**
 * Words of part and degree the reader may take for a value or an object: a full promotion beside one step ("to the
 * end of this step", "all the way to the next step", "finish up this step"), "half way" of a rollout's progress,
 * "twice" beside a change in size, how sure the speaker is ("hundred percent, …", "eighty per cent sure", "completely
 * ok"), one chosen pod of a restart or a pod-kill ("api's latest pod", "the current api pod"), an experiment changed
 * rather than started, and a version beside a change in size. Each leaves a sure write for the requester to confirm
 * (red-team round 138).
 */

import type { Reading } from '../read.ts';
import { doubted, isSureWrite } from './common.ts';

/** One step, pause or share of a rollout's progress: "this step", "the next pause", "half", "to 50%". */
const ONE_STEP =
  /\b(?:this|that|the|next|current|one|a|single|1|first|1st)\s+(?:\w+\s+)?(?:step|pause|phase)\b(?!s)|\bhalf\b|\b(?!100\b)\d{1,2}\s*(?:%|percent|per ?cent|pct)/i;
/** "half way", "halfway there", "half-done", "half the way": a share of progress, not half the replicas. */
const HALF_WAY = /\bhalf[ -]?(?:way|done|through|point|mark)\b|\bhalf (?:the|of the) way\b/i;
/** "twice", "two times": a repeat, beside a change said another way. */
const REPEAT = /\b(?:twice|two times|2 times)\b/i;
const CHANGE_SAID =
  /\d|\b(?:add|remove|take|drop|delete|cut|kill|lose|shed|trim|bump|grow|shrink|double|triple|halve|increase|decrease|reduce|raise|lower|by|more|fewer|less|extra|up|down|from|minus|plus)\w*\b/i;
const PERCENT =
  '(?:\\d{1,3}|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|one hundred)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)\\s*(?:%|percent|per ?cent|pct)';
/** A percent said as an answer at the start of a sentence ("hundred percent, promote …", "100pct: …") or how sure. */
const PERCENT_AS_ANSWER = new RegExp(
  `(?:^|[.!?\\n]\\s*)\\W*(?:(?:i'?m|i am|we'?re|we are|yes|yeah|yep|ok|okay)\\W+)?${PERCENT}\\s*(?:[,:;!\\u2014\\u2013]|\\s-\\s)|${PERCENT}\\s+(?:sure|certain|confident|positive|convinced|agree\\w*|on board|for it|behind it)\\b`,
  'i',
);
/** How much the speaker agrees, in words of degree: "completely ok", "yes completely", "totally with you". */
const AGREEMENT =
  /\b(?:completely|entirely|fully|totally|absolutely|wholly|utterly)\s*,?\s*(?:ok|okay|fine|agree[ds]?|with (?:you|u|this|that|it)|on board|onboard|yes|yep|yeah|right|correct)\b|\b(?:yes|yep|yeah|ok|okay|agreed?)\s*,?\s*(?:completely|entirely|fully|totally|absolutely)\b/i;
/** One pod picked by the speaker, not any pod: "api's latest pod", "the current api pod". */
const ONE_CHOSEN_POD =
  /\b[a-z0-9-]+'s\s+(?:\w+\s+)?pod\b|\b(?:that|this)\s+(?:[a-z0-9-]+\s+)?pod\b(?!s)|\b(?:current|latest|newest|oldest|recent|top|first|last|degraded|broken|slow|bad|failing|stuck|crashing|crashlooping|leaky|hot|busiest|biggest|noisy|unhealthy|sick|same|other|oom|oomkilled|oomed|unready|pending|least|most|only)\s+(?:[a-z0-9-]+\s+){0,2}?(?:pod|replica|instance|copy)\b(?!s)|\b[a-z0-9-]+'s\s+(?:\w+\s+)?(?:replica|instance|copy)\b(?!s)|\b(?:that|this)\s+(?:[a-z0-9-]+\s+)?(?:replica|instance|copy)\b(?!s)/i;
/** "the running memory stress", "the current experiment": an experiment already there. */
const RUNNING_EXPERIMENT =
  /\b(?:running|current|ongoing|existing|active|in-flight)\s+(?:\w+\s+){0,2}?(?:experiment|chaos|stress|delay|latency|loss|kill|failure|partition|simulation)\b/i;
/** "bump the memory stress to level 8", "raise the delay to 800ms": a value of an experiment changed. */
const CHANGE_VERB =
  /\b(?:move|bring|make|put|take|push|get|set)\b[^.?!]{0,40}\b(?:to|up to|down to)\s+(?:level\s*)?\d|\b(?:bump|raise|increase|lower|decrease|reduce|change|adjust|crank|dial|tweak|update|modify|extend|shorten|lengthen)\w*\b|\bturn (?:it |them )?(?:up|down)\b/i;
/** A version, a tag or a build named beside a change in size. */
const VERSION = /\bv\d+(?:\.\d+)*\b|\b\d+\.\d+\.\d+\b|\b(?:version|tag|build|release|image)\b/i;

/** Something of a workload other than its replicas: its memory, its connections, its traffic. */
const NOT_REPLICAS =
  /\b(?:add|double|triple|halve|increase|raise|bump|give|cut|reduce|more|less|fewer|twice|x2|scale)\b[^.,;!?\n]{0,30}\b(?:connections?|heap|mem|memory|ram|cpus?|cores?|traffic|requests?|throughput|bandwidth|disk|storage|threads?|limits?|quota|timeouts?)\b/i;
/** A pod, a replica or the network lost: no share of packets. */
const LOST_OTHER_THAN_PACKETS =
  /\b(?:lose|losing|lost|loss of)\s+(?:(?:a|an|one|the|its|\d+|some)\s+)?(?:[a-z0-9-]+\s+)?(?:pods?|replicas?|instances?|connectivity|network|connections?|nodes?|dns)\b/i;

export function partsAndDegrees(r: Reading, plain: string): Reading {
  if (!isSureWrite(r)) return r;
  const { tool, args } = r.plan;
  if (tool === 'promote_rollout' && args.full === true && ONE_STEP.test(plain))
    return doubted(r, 'a full promotion beside one step');
  if (AGREEMENT.test(plain) || PERCENT_AS_ANSWER.test(plain)) return doubted(r, 'how sure the speaker is');
  if (tool === 'scale') {
    if (NOT_REPLICAS.test(plain)) return doubted(r, 'a size of something other than replicas');
    if (HALF_WAY.test(plain)) return doubted(r, '"half way" said of progress');
    if (REPEAT.test(plain) && CHANGE_SAID.test(plain.replace(REPEAT, ' '))) return doubted(r, 'a repeat beside a change in size');
    if (VERSION.test(plain)) return doubted(r, 'a version beside a change in size');
  }
  if ((tool === 'restart' || (tool === 'launch_chaos' && args.experiment === 'pod-kill')) && ONE_CHOSEN_POD.test(plain))
    return doubted(r, 'one chosen pod');
  if (tool === 'launch_chaos' && (RUNNING_EXPERIMENT.test(plain) || CHANGE_VERB.test(plain)))
    return doubted(r, 'an experiment changed, not started');
  // "stress the cpu and the memory of worker": two experiments named, one read.
  if (
    (args.experiment === 'cpu-stress' || args.experiment === 'memory-stress') &&
    /\b(?:cpu|cpus|processor|cores?)\b/i.test(plain) &&
    /\b(?:mem|memory|ram|heap)\b/i.test(plain)
  )
    return doubted(r, 'two stresses named');
  // "lose a web pod", "lose connectivity to api": a pod or the network lost, not a share of packets.
  if (args.experiment === 'network-loss' && (LOST_OTHER_THAN_PACKETS.test(plain) || !/\bpackets?\b|%|\bpercent\b/i.test(plain)))
    return doubted(r, 'a loss of something other than packets');
  if (tool === 'promote_rollout' && /\bto an end\b/i.test(plain)) return doubted(r, 'brought to an end');
  return r;
}
