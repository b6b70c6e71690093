import { withoutDiscourse } from '../normalize.ts';
import { inDigits } from '../numbers.ts';
/**
 * Checks after the reading on how much a call acts on: every pod or many pods of a workload where an experiment's
 * level sets how many it hits, one pod restarted where a restart replaces them all, a pod chosen by its age or state
 * where an experiment picks at random, a level or a share said in words, a count per node, and a state reported in
 * the words of an experiment (red-team rounds 114 and 116).
 */

import { compiledOnce } from '../compiled.ts';
import { isWriteTool } from '../intent.ts';
import type { Reading } from '../read.ts';
import { askBack } from './common.ts';

/**
 * "kill all api pods in staging", "add 200ms latency to the whole api deployment": every pod of the workload, where an
 * experiment's level sets how many it hits (1-3 one pod, 10 all of them) and no level was said; the default would hit
 * one (red-team round 114). Asked back; "the api pods" is left for the requester to confirm.
 */
export function allPodsSaid(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  if (/\b(level|lvl|blast radius)\b/i.test(plain)) return r;
  if (ALL_PODS.test(plain)) {
    return askBack(
      'An experiment\'s level sets how many pods it hits: 1 to 3 one pod, 4 to 6 up to a quarter, 7 to 9 up to half, 10 all of them. Say the level, e.g. "kill all api pods in staging, level 10".',
    );
  }
  // "make the api pods fail", "kill the api pods": the experiment's usual words, which may also mean every pod.
  // ("make the api pods fail" is the catalog's own phrase for a pod failure, at its level.)
  if (
    r.plan.args.experiment === 'pod-failure' &&
    /\bmake\b[^.!?\n]*\bfail\b/i.test(plain) &&
    !/\b(some|several|remaining|rest|number|few|couple|majority|many|most|half|other)\b/i.test(plain)
  )
    return r;
  if (r.confident && THE_PODS.test(plain.replace(/\b(?:one|\d+|some|a few|a couple|half)\s+of\s+/gi, ' ')))
    return { ...r, confident: false, unsure: 'the pods of a workload' };
  return r;
}
const ALL_PODS =
  /\b(?:all|every|each|many|most|several|multiple|lots of|a lot of|a bunch of|plenty of)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z0-9-]+(?:'s)?\s+)?(?:pods?|replicas?|instances?|containers?)\b|\b(?:whole|entire)\s+(?:[a-z0-9-]+\s+)?(?:deployment|deploy|rollout|workload|service|app|fleet|pods|replicas)\b/i;
const THE_PODS =
  /\bthe\s+(?:[a-z0-9-]+\s+){1,2}(?:pods|replicas|instances)\b|\b[a-z0-9-]+'s\s+(?:pods|replicas|instances)\b|\b(?:pods|replicas|instances)\s+(?:of|for|in)\s+(?!(?:staging|production|prod|stg|stage)\b)[a-z0-9-]+\b|\b(?!(?:a|an|one|\d+)\b)[a-z0-9-]+\s+(?:pods|replicas|instances)\b/i;

/**
 * "restart a random web pod", "bounce the latest worker pod", "restart the api pod with the most restarts": one pod,
 * where a restart replaces every pod of the workload.
 */
export function onePodRestarted(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'restart') return r;
  return ONE_POD.test(plain.replace(/\b(one|a) (pod|replica|instance)? ?at a time\b/gi, ' '))
    ? askBack(
        'A restart replaces every pod of the workload. To replace one pod, name it ("delete pod web-7d4b9c8f5-h2j9k in staging"); to kill one at random, ask for a chaos experiment ("kill a pod of web in staging").',
      )
    : r;
}
const ONE_POD =
  /\b(?:restart|bounce|recycle|reboot|kick|cycle|redeploy)\w*\s+(?:(?:a|an|any|one|single|random|some|the)\s+)?(?:(?:random|single|latest|newest|oldest|most recent|youngest|first|last|slowest|busiest|worst|biggest|hungriest)\s+)?(?:(?!(?:every|all|each|both|the)\b)[a-z0-9-]+\s+)?(?:pod|replica|instance)\b(?![s-])(?!\s+of\s+(?:the|its)\b)|\b(?:restart|bounce|recycle|reboot|kick|cycle)\w*\s+(?:any|one|a)\s+(?:pod|replica|instance)\s+of\b/i;

/** "kill the latest web pod", "add latency to the most recent api pod": a pod chosen by age or state, where an experiment picks at random. */
export function podChosen(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  return CHOSEN_POD.test(plain)
    ? askBack(
        'An experiment picks its pods at random; it cannot aim at one pod by its age or state. To remove one pod, name it ("delete pod web-7d4b9c8f5-h2j9k in staging").',
      )
    : r;
}
const CHOSEN_POD =
  /\bthe\s+(?:latest|newest|oldest|most recent|youngest|first|last|slowest|busiest|worst|biggest|hungriest)\s+(?:[a-z0-9-]+\s+)?(?:pod|replica|instance)s?\b|\b(?:pod|replica|instance)s?\s+(?:with|using|that has|which has)\s+the\s+(?:most|least|highest|lowest)\b/i;

/**
 * "cpu stress on worker, intensity high", "blast radius high": a level said in words the reader does not count, where
 * the default (1) would run in its place ("gentle", "low intensity" are that default).
 */
export function levelInWords(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos' || r.plan.args.level !== 1) return r;
  return LEVEL_IN_WORDS.test(plain)
    ? askBack('Say the experiment\'s level as a number from 1 to 10, e.g. "stress cpu on worker in staging at level 3".')
    : r;
}
const LEVEL_IN_WORDS =
  /\b(intensity|severity|strength|blast radius|level|radius)\s*[:=]?\s*(high|heavy|hard|aggressive|strong|medium|moderate|mid|big|large|wide)\b|\b(high|heavy|hard|aggressive|strong|medium|moderate|mid|big|large|wide)[- ](intensity|severity|strength|blast radius|level|radius)\b/i;

/**
 * "drop most packets on web", "drop some traffic to api", "block most connections to worker": a share of loss not
 * said as a number, or part of the traffic (which a partition, cutting it all, is not).
 */
export function shareInWords(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  const experiment = r.plan.args.experiment;
  if (experiment !== 'network-loss' && experiment !== 'network-partition') return r;
  if (experiment === 'network-loss' && r.plan.args.lossPercent !== undefined) return r;
  return SHARE.test(plain)
    ? askBack('How much of the traffic? Say it as a percent, e.g. "drop 20% of packets to web in staging for 2 minutes".')
    : r;
}
const SHARE =
  /\b(most|many|much|some|part|a lot|lots|a few|a bit|a little|half|a chunk|a portion|a fraction|majority|a third|a quarter|a tenth)\b(?:\s+of)?(?:\s+(?:the|its|their))?\s+(?:[a-z0-9-]+\s+)?(packets|traffic|requests|connections|calls|network)\b/i;

/**
 * "still 5% packet loss on web in prod", "300ms latency on checkout in prod currently": a state reported in the words
 * of an experiment, with no verb that asks for one.
 */
export function stateReported(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  // "we injected 200ms latency into api", "web dropped 10% of packets": what was done, told.
  if (PAST_CHAOS.test(plain) && !ASKED_NOW.test(plain))
    return askBack(
      'That reads as a report of what was done. To run an experiment, ask for it, e.g. "add 200ms of latency to api in staging for 5 minutes".',
    );
  if (CHAOS_ASK.test(plain)) return r;
  // "api prod latency 800ms 😱", "fyi web prod packet loss 5%": in production, an experiment asked with no verb is a
  // symptom more often than a wish (round 121).
  const symptom = ['network-delay', 'network-loss', 'cpu-stress', 'memory-stress'].includes(String(r.plan.args.experiment));
  if (symptom && (r.plan.args.namespace === 'production' || /\b(fyi|paging|paged|on it)\b|!!/i.test(plain)))
    return askBack(
      'That reads as a report of what you see. To run an experiment, ask for it with a verb, e.g. "add 300ms of latency to checkout in staging".',
    );
  return REPORTED.test(plain)
    ? askBack(
        'That reads as a report of what you see. To run an experiment, ask for it, e.g. "add 300ms of latency to checkout in staging for 2 minutes".',
      )
    : r;
}
const CHAOS_ASK =
  /\b(inject|add|run|start|launch|introduce|trigger|do|kill|stress|spike|burn|hog|max|slow|delay|partition|cut|break|crash|fail|degrade|throttle|knock|make|put|give|apply|simulate|test|failure|drop|nuke|delete|isolate|hammer|lose|block|cause|create|please|pls|can you|could you|let'?s)\b/i;
const PAST_CHAOS =
  /\b(dropped|injected|introduced|induced|simulated|triggered|did|ran|killed|stressed|added|caused|partitioned|crashed|degraded|throttled|slowed|delayed|nuked|deleted|failed|broke|burned|burnt|hogged|spiked)\b/i;
const ASKED_NOW =
  /\b(please|pls|plz|can you|could you|would you|let'?s|again|now|go ahead|do it|i'?d like|i want|we want|we'?d like|need|repeat)\b|\bgo\W*$|\?|(^|[.!?\n,:;]\s*)(kill|run|inject|add|make|stress|burn|drop|cut|break|partition|delay|slow|crash|fail|start|launch|trigger|introduce|hog|nuke)\b/i;
const REPORTED =
  /\b(back up|way up|went up|is up|are up|up again|again|climbing|spiking|still|currently|right now|now|seeing|observing|observe|noticed|there'?s|there is|we have|we'?re at|is at|are at|at \d+\s*%|ongoing|persist\w*)\b/i;

/** "one replica per node", "2 per zone": a count per node, zone or host, which no call sets. */
export function perPlace(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool)) return r;
  return /\bper\s+(node|zone|az|availability zone|region|host|machine|rack|cluster|datacenter|dc)\b/i.test(plain)
    ? askBack('I cannot place pods per node or zone. Say one count for the workload, e.g. "scale web in staging to 4".')
    : r;
}

/**
 * "blast radius 2 pods, pod kill api staging": a count or a share of pods said where the level goes, which is no
 * level (round 120). "5 mins in kill a pod of api", "+10 min: cpu stress worker": a time into a drill, which is no
 * length of the experiment.
 */
export function drillWords(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  if (/\b(radius|level|lvl)\s*(of\s*)?:?\s*\d+\s*(pods?|replicas?|instances?|%|percent)\b/i.test(plain))
    return askBack(
      'The level sets how many pods an experiment hits: 1 to 3 one pod, 4 to 6 up to a quarter, 7 to 9 up to half, 10 all of them. Say the level, e.g. "kill a pod of api in staging at level 2".',
    );
  if (
    /\b\d+\s*(m|mins?|minutes?|h|hrs?|hours?)\s+in(to)?\b|^\W*\+\s*\d+\s*(m|mins?|minutes?|h)\b|^\W*at\s+\d+\s*(m|mins?|minutes?)\b/i.test(
      withoutDiscourse(plain),
    )
  )
    return askBack(
      'Is that time how long the experiment should run, or how far into the drill you are? Say the length, e.g. "… for 5 minutes".',
    );
  return r;
}

/**
 * "web prod still 6 pods scale it", "web prod half down scale up": a count the workload has now, or a share of its
 * pods down, told before a bare "scale it" (round 120), or a number that names a change, a version (round 122), a team,
 * a cluster or another group (round 123): no count to scale to was asked.
 */
export function countToldAsState(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'scale') return r;
  // "scale worker in staging for change 12", "#12: scale worker", "for version 3", "take 2:": a number that names
  // a change, an issue, a version or an attempt, read as the count (round 122).
  const n = Number(r.plan.args.replicas);
  if (Number.isInteger(n)) {
    const named = compiledOnce(
      `\\b(change|chg|version|ver|patch|take|issue|pr|ticket|step|number|release|build|sprint|attempt|round|part|rfc|cr|inc|incident|case|sev|team|teams|env|environment|cluster|server|pod|launch|app|service|run|squad|crew|guild|tribe|group|customer|client|user|tenant|region|zone|shard|site|host|node|job|project|phase|wave|milestone|story|epic|cohort|batch|db|database|instance)\\s*(number\\s*)?[#.:]?\\s*0*${n}\\b|#\\s*0*${n}\\b|\\b0+${n}\\b(?!:)`,
      'i',
    );
    const counted = compiledOnce(`\\b(to|at|=)\\s*0*${n}\\b|\\b${n}\\s*(replicas?|pods?|instances?|copies)\\b`, 'i');
    if (named.test(plain) && !counted.test(plain))
      return askBack('How many replicas should it have? Say the count, e.g. "scale worker in staging to 3".');
  }
  if (
    (!/\b(needs?|wants?|should (have|be at|run)|(?<!down )to)\s+\d+\s*(pods?|replicas?|instances?)\b/i.test(plain) &&
      /\b\d+\s*(pods?|replicas?|instances?)\b[^.!?\n]*\bscale\b(\s+(it|them|that))?(\s+(up|down|back|out|in))?\W*$/i.test(
        inDigits(plain).replace(/(\s*(\b(pls|plz|please|asap|thx|thanks|ty|now|again)\b|[^\w\s]))+\s*$/iu, ''),
      )) ||
    /\bhalf\b(\s+(of\s+)?the\s+pods)?\s+(down|dead|gone|crashed|broken|out)\b/i.test(plain)
  )
    return askBack('How many replicas should it have? Say the count, e.g. "scale web in production to 8".');
  return r;
}
