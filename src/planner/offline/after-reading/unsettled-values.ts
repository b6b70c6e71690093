import { withoutDiscourse } from '../normalize.ts';
/**
 * Checks after the reading on values a call cannot take as said: a tag that is no single tag, a chaos duration or
 * level, a clock time or a date beside a write, a count said 'N off', loosely, far from the one running or told as a
 * status, a number word slipped, a container or ports said, an experiment's name and targets, two cost windows. Each
 * is asked back or left for the requester to confirm.
 */

import { ChaosExperimentSchema } from '../../../chaos/experiments.ts';
import type { PlanContext } from '../../plan.ts';
import { ENGLISH_WORDS } from '../english-words.ts';
import { ZERO_OF_ANOTHER } from '../idioms.ts';
import { isWriteTool } from '../intent.ts';
import { workloadAt } from '../inventory-names.ts';
import { isCommonWord, isKnownWord } from '../lexicon.ts';
import { LATER_MESSAGE, type Reading } from '../read.ts';
import { askBack } from './common.ts';

/**
 * "scale web in prod to six hundred", "to 60" when it runs 6, "create … replicas=1000": a count ten times the one
 * running and more than 20, or a new Deployment of more than 20, may be a slip of the tongue or of the keyboard; the
 * requester confirms it.
 */
export function farFromNow(r: Reading, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || !r.confident) return r;
  const { namespace, name, replicas } = r.plan.args;
  if (typeof replicas !== 'number' || replicas <= 20) return r;
  if (r.plan.tool === 'create_deployment') return { ...r, confident: false, unsure: `${replicas} replicas for a new Deployment` };
  if (r.plan.tool !== 'scale') return r;
  const now = workloadAt(ctx, namespace, name)?.replicas;
  if (now === undefined || replicas < 10 * Math.max(now, 1)) return r;
  return { ...r, confident: false, unsure: `a count far from the ${now} running` };
}

/**
 * Counts and pauses the words do not give: "the canary is at 20%. take it to 50" (a weight), "the delay is 100ms; take
 * it to 300", "the HPA will take it to 20 on its own" (a forecast), "give checkout a 10-minute pause" (a pause has no
 * length).
 */
/** "as many replicas as web", "with up to 3 replicas": a new Deployment's count said by another's or by a bound. */
export function newCountUnsettled(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'create_deployment') return r;
  if (
    !/\bas many (?:replicas|pods|copies|instances) as\b|\b(?:up to|at most|max(?:imum)?(?: of)?|no more than|not more than|at least|min(?:imum)?(?: of)?) \d+ (?:replicas|pods|copies|instances)\b/i.test(
      plain,
    )
  )
    return r;
  return askBack(
    'How many replicas exactly? Say one count, e.g. "create deployment hello in staging with image nginx:1.27 and 2 replicas".',
  );
}

export function notACount(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool') return r;
  const takenTo = /\btake (it|them|that|this|[a-z0-9-]+)( in [a-z0-9-]+)? to \d+/i.test(plain);
  if (
    r.plan.tool === 'scale' &&
    takenTo &&
    /\b(canary|weight|delay|latency)\b|\d\s*(ms|%)/i.test(plain) &&
    !/\breplicas?\b/i.test(plain)
  )
    return askBack(
      'A count of what: replicas, a canary\'s weight, a delay? Say it plainly, e.g. "scale web in staging to 4" or "promote checkout in staging".',
    );
  if (
    r.plan.tool === 'scale' &&
    r.plan.args.replicas === 0 &&
    /\btake\b[^.!?]*\bto (zero|0)\b/i.test(plain) &&
    ZERO_OF_ANOTHER.test(plain)
  )
    return askBack('Zero of what: replicas, or something else? Say it plainly, e.g. "scale worker in staging to 0".');
  if (r.plan.tool === 'scale' && /\b(hpa|autoscal\w*)\b[^.!?]*\bwill\b|\bwill\b[^.!?]*\bon (its|their) own\b/i.test(plain))
    return askBack(
      'That reads as what the autoscaler will do. If you want a count now, say it, e.g. "scale worker in production to 6".',
    );
  if (
    r.plan.tool === 'pause_rollout' &&
    /\b\d+\s*-?\s*(minutes?|mins?|hours?|seconds?|secs?) (pause|freeze|hold)\b|\b(pause|freeze|hold)\b[^.!?]{0,30}\bfor (\d+|an?|one|two|half an?) (minutes?|mins?|hours?|seconds?)\b/i.test(
      plain,
    )
  )
    return askBack(
      'I can pause a rollout, but not for a set time: say "pause checkout in staging", then "promote checkout in staging" when it should go on.',
    );
  return r;
}

/** "port 8080:80", "ports 80 and 443", "listens on :8080 and :9090": more than the one port a new Deployment gets. */
export function portsSaid(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'create_deployment') return r;
  // The person's own words (a pasted manifest has its own "ports:").
  const own = plain.replace(/```[\s\S]*?(```|$)/g, ' ');
  // An image with a port glued to its tag: "nginx:1.27:8080".
  if (/\S+:[\w.-]+:\d{2,5}\b/.test(own)) return askBack(ONE_PORT_MESSAGE);
  const words = own.replace(/\S*[a-z]\S*:\S+/gi, ' ');
  if (/\b\d{2,5}\s*(?::|->|\u2192)\s*\d{2,5}\b/.test(words)) return askBack(ONE_PORT_MESSAGE);
  // Every port said, however it is said: "port 8080", ":8080", "8080/tcp", "listens on 80", "-listen=:5678".
  const said = new Set<number>();
  for (const m of words.matchAll(
    /\bports?\s*:?\s*(\d{2,5})\b|(?<![\w:])[:=]:?(\d{2,5})\b|\b(\d{2,5})\/(?:tcp|udp)\b|\b(?:tcp|udp|http|grpc|https)\s*(?:on\s*)?:?(\d{2,5})\b|\blisten(?:s|ing)?\s+on\s*:?(\d{2,5})\b/gi,
  ))
    said.add(Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]));
  const many =
    /\bports\b(?!\s*:)[^.\n]{0,40}\b\d{2,5}\b[^.\n]{0,20}(?:\band\b|,|&)\s*:?\d{2,5}\b/i.test(words) ||
    /\b(?:port|on)\s*:?\d{2,5}\s*(?:and|,|&|;)\s*(?:\w+\s+(?:on\s+)?)?:?\d{2,5}\b/i.test(words);
  const port = r.plan.args.port;
  if (!many && (said.size === 0 || (said.size === 1 && said.has(Number(port))))) return r;
  return askBack(ONE_PORT_MESSAGE);
}

/** "scale web in production to 2 off", "two replicas off", "1 off from current": fewer by that many, or down to it? */
export function countOff(r: Reading, plain: string): Reading {
  const off =
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple|a few)\s+(?:(?:more|replicas?|pods?|instances?|copies)\s+)?off\b(?![- ](?:peak|hours?|line)\b)/i;
  // ("take one replica off api": the verb says fewer.)
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'scale' || !off.test(plain)) return r;
  if (/\b(?:take|taking|took|knock|knocking|shave|shaving|drop|dropping)\s+(?:\S+\s+){0,3}off\b/i.test(plain)) return r;
  return askBack('Fewer by that many, or down to that many? Say e.g. "remove 2 replicas from web" or "scale web to 2".');
}

/**
 * "scale web to a couple", "a pair of replicas": a count said loosely is the requester's to confirm; so is "bump api to
 * 3" with no word of replicas, read as a count (as writers read it) where a major version may be meant (round 8).
 */
export function aboutACount(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !r.confident || !['scale', 'create_deployment'].includes(r.plan.tool)) return r;
  if (/\bbump(ed)?\b/i.test(plain) && !/\b(replicas?|pods?|instances?|copies|by)\b/i.test(plain))
    return { ...r, confident: false, unsure: 'a count said as a bump' };
  return /\b(couple|pair|handful)\b/i.test(plain) ? { ...r, confident: false, unsure: 'a count said loosely' } : r;
}

/** "costs for last month and for this month, side by side": two windows asked at once; one query reads one. */
const COST_WINDOW =
  '(?:(?:last|this|past|previous|prior) (?:week|month|quarter|year|day)|yesterday|today|(?:last|past) \\d+ (?:days?|weeks?|hours?))';
/** Two cost windows joined: "last month and this month", "this week vs last week". */
const TWO_WINDOWS = new RegExp(
  `\\b${COST_WINDOW}\\s*,?\\s*(?:and|or|vs\\.?|versus|compared (?:to|with)|against|with)\\s+(?:also\\s+)?(?:for\\s+)?(?:the\\s+)?${COST_WINDOW}\\b|\\bcompar\\w*\\b[^.?!]*\\b${COST_WINDOW}\\b[^.?!]*\\b${COST_WINDOW}\\b`,
  'i',
);

export function twoWindows(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'query_costs') return r;
  // ("last month vs this month? actually just last month": the correction says which.)
  const m = TWO_WINDOWS.exec(plain);
  // ("… I was going to say compare with last week too, but nah, just this week": the same, inside the match.)
  if (m && /\b(actually|just|only|scratch that|i mean|instead|nah)\b/i.test(plain.slice((m.index ?? 0) + m[0].length))) return r;
  if (m && /\b(?:but|nah|nope)\b[^.?!]*\b(?:just|only)\b/i.test(m[0])) return r;
  return m ? askBack('One window at a time: say "costs for last month", then "costs for this month".') : r;
}

/**
 * "kill a pod … for 1:30", "stress cpu … at max", "add a 60s delay to api": a duration or a level said in a way the
 * reader does not take, or a delay in seconds that may be how long the experiment runs.
 */
/** Words that may stand where a chaos value's number goes. */
const SLOT_WORDS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'ninety',
  'few',
  'couple',
  'several',
  'half',
  'another',
  'more',
  'extra',
  'some',
  'max',
  'maximum',
  'min',
  'minimum',
  'high',
  'low',
  'medium',
  'mid',
  'full',
  'the',
  'that',
  'this',
  'same',
  'lowest',
  'highest',
]);
export function chaosValuesSaid(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  // "…, LEVEL-7", "at L-7", "lvl#7": a level said in a form the reader did not take is a level all the same; the call
  // with another level is the requester's to confirm (red-team round 167).
  const level = /\b(?:level|lvl|lv|l)\s*[-_:#=]?\s*(\d{1,2})\b/i.exec(plain);
  if (level && Number(level[1]) !== r.plan.args.level && r.confident)
    return { ...r, confident: false, unsure: `a level said as "${level[0]}"` };
  // "for 1:30", "until 3pm", "for the rest of the day", "for the duration of the test": a length the reader cannot
  // count; the default would run in its place.
  if (
    /\bfor\s+\d{1,2}:\d{2}\b|\btill\b|\buntil\b/i.test(plain) ||
    // (only where no length was read: the run is the default minute, and the message says no minute)
    (r.plan.args.durationSeconds === 60 &&
      !/\b(?:1|one|a|sixty|60)\s*-?\s*(?:m|mins?|minutes?|s|secs?|seconds?)\b/i.test(plain) &&
      /\bfor\s+(?:the\s+(?:rest|duration|length|whole|entire|afternoon|morning|evening|night|weekend|day|week)|as long as|a while|a bit|ever|good)\b/i.test(
        plain,
      ))
  )
    return askBack('For how long? Say it in seconds or minutes, e.g. "… for 90 seconds".');
  // "for ___ minutes", "at level {level}", "for <duration>", "for some minutes", "at level" and nothing: a value left
  // blank or a placeholder, where the default would run in its place.
  if (
    /_{2,}|\{[^}]*\}|<[a-z ]+>|\[[a-z ]+\]|\((?:duration|level|time|length|n|x|minutes|seconds)\)|\bfor\s+(?:some\s+|a\s+few\s+|several\s+)?(?:mins?|minutes?|secs?|seconds?|hours?)\b|\bfor\s*$|\bfor\s+(?:the\s+)?(?:duration|length|period)\b(?!\s+of)|(?<!\b(?:highest|lowest|max|maximum|min|minimum|top|high|low|medium|same|default|that|this|current|any)\s+)\blevel\s*(?:$|[,.;!?])/i.test(
      plain,
    )
  )
    return askBack(
      'Some values are blank or not said as numbers. Say them, e.g. "stress cpu on web in staging at level 2 for 3 minutes".',
    );
  // "drop some percent of packets", "drop .5 of packets", "drop % of packets": a share of loss the reader did not take.
  if (
    r.plan.args.experiment === 'network-loss' &&
    r.plan.args.lossPercent === undefined &&
    /%|\bper ?cent\b|\bpercentage\b|(?<![\d])\.\d|\b(?:some|share|portion|fraction|part) of\b/i.test(plain)
  )
    return askBack('What share of packets? Say it as a percentage, e.g. "drop 25% of packets for api in staging".');
  // "drop ½ of packets", "30‰": a share in signs the reader does not count; the experiment would run without it.
  if (/[\u00bc-\u00be\u2150-\u215e\u2030\u2031\u2044]/u.test(plain))
    return askBack('What share exactly? Say it as a percentage, e.g. "drop 25% of packets for api in staging".');
  // "for do minute", "at level do": a word where the number goes, which the reader did not take as one.
  const notANumber =
    /\bfor\s+([a-z]+)\s+(?:mins?|minutes?|secs?|seconds?|hours?|hrs?)\b|\b(?:at|to|on)\s+level\s+([a-z]+)\b|\blevel\s+([a-z]+)\s*(?:$|[,.;!?]|\s+(?:for|on|in)\b)/i.exec(
      plain,
    );
  const said = (notANumber?.[1] ?? notANumber?.[2] ?? notANumber?.[3])?.toLowerCase();
  if (said && !SLOT_WORDS.has(said)) return askBack(`What is "${said}" here? Say the number, e.g. "… at level 2 for 2 minutes".`);
  // "add latency of 2 to web", "latency = 2", "latency (two)": a delay with no unit, milliseconds or seconds.
  const delay = r.plan.args.latencyMs;
  if (
    typeof delay === 'number' &&
    /\b(?:latency|delay|lag)\s*(?:of\s+|=\s*|:\s*|\(\s*)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b\)?(?!\s*(?:ms|msecs?|millis\w*|s|secs?|seconds?|m|mins?|minutes?)\b)(?![\d.])/i.test(
      plain,
    )
  )
    return askBack(
      `A delay of ${delay} milliseconds or seconds? Say it with its unit, e.g. "add 200ms of latency to api in staging".`,
    );
  // "add 200ms jitter to api": a delay that varies, which the experiment does not do (its delay is fixed).
  if (/\bjitter\w*\b/i.test(plain) && r.plan.args.experiment === 'network-delay')
    return askBack(
      'I can add a fixed network delay, not jitter. Say the fixed delay you want, e.g. "add 200ms of latency to api in staging".',
    );
  // "add 0.5ms latency": the delay is whole milliseconds, and rounding would run a delay not said.
  if (/\b\d*\.\d+\s*(?:ms|msecs?|millis\w*)\b/i.test(plain) && r.plan.args.experiment === 'network-delay')
    return askBack('The delay is set in whole milliseconds: how many? Say e.g. "add 2ms of latency to api in staging".');
  const latency = r.plan.args.latencyMs;
  // "add a delay to api: 30s", "30s network delay on api", "for a test, 2 min", "half a minute": a delay whose size
  // the person did not say in ms, beside a number or a time, may have that time as its size or as its length; the
  // reader took a default size. It asks; a delay with no number at all is read with the default, unsure.
  if (r.plan.args.experiment === 'network-delay' && latency === undefined) {
    // ("… for 2 minutes", "for thirty seconds": a time said with "for", and no other, is how long it runs.)
    const rest = plain.replace(
      /\bfor\s+(?:about\s+|around\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|five|ten|fifteen|twenty|thirty|forty-?five|sixty|ninety|half an?)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/gi,
      ' ',
    );
    if (/\d|\b(?:second|minute|hour|half|quarter|sec|min|hr)s?\b/i.test(rest))
      return askBack(
        'How much delay on every packet, and for how long? Say both, e.g. "add 200ms of latency to api in staging for 30 seconds".',
      );
    if (r.confident) return { ...r, confident: false, unsure: 'a delay of no size said' };
  }
  // "a 60s delay": the length of each packet's delay, or of the experiment? Ten seconds and more on every packet is
  // asked whatever else is said; less, with no length of its own ("for 2 minutes"), is read as the delay, unsure.
  // (The delay's own number said in ms, "2000ms", is no delay in seconds; another "800ms" in the story does not count.)
  const inSeconds =
    typeof latency === 'number' &&
    latency >= 1000 &&
    !new RegExp(`\\b(?:${latency}|${latency / 1000}\\s*k)\\s*(?:ms|msec|millis\\w*)\\b`, 'i').test(plain);
  if (inSeconds && latency >= 10_000)
    return askBack(
      `A delay of ${latency / 1000} s on every packet, or a delay for that long? Say e.g. "add 200ms of latency to api in staging for 60 seconds".`,
    );
  const lengthSaid =
    /\bfor\s+(?:\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b|(?:a|an|one|half an?)\s+(?:minute|hour|second)s?\b|(?:two|three|five|ten|a few|several)\s+(?:minutes|seconds|hours)\b)/i.test(
      plain,
    );
  if (
    inSeconds &&
    !lengthSaid &&
    r.confident &&
    /\b(?:a|an|one)\s+\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+(?:delay|lag)\b/i.test(plain)
  )
    return { ...r, confident: false, unsure: 'a delay in seconds' };
  // ("at max", "max it out": a level the reader did not take; the requester confirms the one it read.)
  const maxed = /\b(max|maxed|maximum|peak|highest|hardest|all the way)\b/i.test(plain) && !/\blevel\s*1\b/i.test(plain);
  if (r.confident && r.plan.args.level === 1 && maxed) return { ...r, confident: false, unsure: 'a level said in words' };
  // ("for a sec": a few seconds of chaos is rarely meant; the requester confirms it.)
  const seconds = r.plan.args.durationSeconds;
  return r.confident && typeof seconds === 'number' && seconds < 10
    ? { ...r, confident: false, unsure: 'a run of a few seconds' }
    : r;
}

/**
 * "delete pod worker-6c9f8b7d5 in production", "delete pod payments-7d4b9c8f5-abcde in staging": a pod name that is no
 * pod of a workload in that namespace (its owner's name, then the ReplicaSet's hash and its own suffix) is asked back.
 */
export function podShape(r: Reading, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'delete_pod') return r;
  const { namespace, name } = r.plan.args;
  if (typeof name !== 'string' || ctx.inventory.pods.some((p) => p.namespace === namespace && p.name === name)) return r;
  const owner = /^([a-z0-9-]+)-[a-z0-9]{6,10}-[a-z0-9]{5}$/.exec(name)?.[1];
  if (owner && ctx.inventory.workloads.some((w) => w.namespace === namespace && w.name === owner)) return r;
  return askBack(
    `"${name}" is not a pod of a workload in ${namespace}: a pod's name is its workload's, then two parts (e.g. web-7d4b9c8f5-x2k9q). Say "list pods in ${namespace}" to see them.`,
  );
}

/**
 * "kill the web pod in staging", "kill web's pod": one pod meant, where a pod-kill experiment kills pods at random.
 * The requester confirms the experiment (or names the pod to delete).
 */
export function onePodMeant(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos' || !r.confident) return r;
  if (r.plan.args.experiment !== 'pod-kill' && r.plan.args.experiment !== 'pod-failure') return r;
  const one =
    /\b(?:the|that|this)\s+(?:[a-z0-9-]+\s+)?pod\b(?!s|-)|\b[a-z0-9-]+'s\s+pod\b(?!s|-)|\bthe\s+pod\s+(?:of|for|in|on|[a-z0-9-]+\s+in)\b/i;
  return one.test(plain) ? { ...r, confident: false, unsure: 'one pod meant' } : r;
}

/**
 * "add 200ms latency to 1 of the api pods", "partition one of the web pods": some of a workload's pods, where an
 * experiment acts on the workload. "partition api for 2 minutes with 5% loss", "kill web pods with 100ms latency": two
 * experiments in one request, where one runs per message. Both asked back.
 */
export function experimentTargetsSaid(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  if (
    /\b(?:\d+|one|two|three|a couple|a few|some|half|just one|only one|only \d+|just \d+)\s+of\s+(?:the|its|[a-z0-9-]+'s)\s+(?:[a-z0-9-]+\s+)?(?:pods|replicas|instances)\b/i.test(
      plain,
    ) &&
    r.plan.args.experiment !== 'pod-kill' &&
    r.plan.args.experiment !== 'pod-failure'
  )
    return askBack(
      'An experiment acts on all of a workload\'s pods, not some of them. Say it for the workload, e.g. "add 200ms of latency to api in staging".',
    );
  // (Not where one is chosen or corrected: "actually make it a pod-failure", "not pod-kill, pod-failure", "B's".)
  if (
    /\b(instead|scratch|rather|choose|latter|former|repeat|don'?t|wants?)\b|\bactually,?\s+(?:make|do|go|let'?s|switch|change)\b|\bnot\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}[\w-]+\s*[,.;)]|\bskip\s+the\b|\bor\s+(?:a\s+|the\s+)?[\w-]+\s+(?:stress|loss|delay|kill|failure|partition)/i.test(
      plain,
    )
  )
    return r;
  const kinds = [...new Set(EXPERIMENT_WORDS.filter(([, re]) => re.test(plain)).map(([k]) => k))];
  if (kinds.length > 1)
    return askBack(`That names more than one experiment (${kinds.join(', ')}): I run one per message. Which one?`);
  return r;
}
/** Words that name each kind of experiment, to tell when a message names more than one. */
const EXPERIMENT_WORDS: [string, RegExp][] = [
  ['pod-kill', /\b(?:kill|delete|nuke|crash|terminate|destroy)\w*\s+(?:a |the |some |its |\w+ )?pods?\b|\bpod[- ]?kill\b/i],
  ['pod-failure', /\bpod[- ]?failure\b|\bmake\s+(?:\S+\s+){1,4}fail\b/i],
  [
    'network-delay',
    /\b\d+\s*ms\b(?!\s*p\d\d)(?<!\bp\d\d\s*\d+\s*ms)|\b\d+\s*(?:s|secs?|seconds?)\s+(?:of\s+)?(?:latency|delay|lag)\b|\b(?:add|inject|introduce)\w*\s+(?:some\s+|a\s+)?(?:latency|delay|lag)\b|\b(?:with|plus)\s+(?:some\s+|a\s+)?(?:latency|delay|lag)\b/i,
  ],
  [
    'network-loss',
    /\bpacket\s*loss\b|\b\d+\s*%\s*loss\b|\bdrop\w*\s+(?:\d+\s*%\s+of\s+)?(?:the\s+)?packets\b|\bnetwork[- ]loss\b/i,
  ],
  [
    'network-partition',
    /\bpartition\w*\b|\bcut\s+(?:off\s+)?(?:the\s+)?network\w*\b|\bisolat\w*\b[^.;]{0,30}\bnetwork\b|\b(?:disconnect|sever|blackhole)\w*\b/i,
  ],
  [
    'cpu-stress',
    /\b(?:stress|burn|hog|load|peg|pin|hammer|spike|max|saturate|exhaust)\w*\s+(?:the\s+|some\s+|its\s+)?cpu\b|\bcpu[- ](?:stress|burn|hog|load)\b|\bcpu\s+(?:and|&|\+)\s+(?:memory|mem|ram)\b|\b(?:memory|mem|ram)\s+(?:and|&|\+)\s+cpu\b/i,
  ],
  [
    'memory-stress',
    /\b(?:stress|hog|fill|eat|leak|exhaust|spike|max|burn)\w*\s+(?:the\s+|some\s+|its\s+)?(?:memory|mem|ram)\b|\b(?:memory|mem|ram)[- ](?:stress|hog|pressure|leak)\b|\bcpu\s+(?:and|&|\+)\s+(?:memory|mem|ram)\b|\b(?:memory|mem|ram)\s+(?:and|&|\+)\s+cpu\b/i,
  ],
];

/**
 * "stop chaos api-pod-kill in staging", "stop chaos payments-pod-kill-k9p3m in staging": an experiment's name is its
 * target's, its kind and a suffix ("web-network-delay-k2p9"). A name of another shape, or of a target not in that
 * namespace, may have been made by hand, or be no experiment at all: the requester confirms it.
 */
export function experimentShape(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'stop_chaos') return r;
  const { namespace, name } = r.plan.args;
  if (typeof name !== 'string') return r;
  const kinds = ChaosExperimentSchema.options.join('|');
  const m = new RegExp(`^([a-z0-9-]+?)-(${kinds})-([a-z0-9]+)$`).exec(name);
  const fits = m && ctx.inventory.workloads.some((w) => w.namespace === namespace && w.name === m[1]);
  // A suffix is random ("k2p9"): a word or a placeholder ("latest", "all", "xxxx") is no experiment's.
  const suffix = m?.[3] ?? '';
  const placeholder = isCommonWord(suffix) || isKnownWord(suffix) || ENGLISH_WORDS.has(suffix) || /^(.)\1+$/.test(suffix);
  // "stop chaos api-pod-kill-x1y2 and api-pod-kill-z9z9": two experiments, one call.
  // (Only in the lines that ask to stop: a pasted table lists many.)
  const asking = plain
    .split('\n')
    .filter((l) => /\b(stop|end|kill|cancel|halt|terminate|abort|remove|delete)\b/i.test(l))
    .join('\n');
  const names = asking.match(new RegExp(`\\b[a-z0-9-]+-(?:${kinds})-[a-z0-9]+\\b`, 'gi')) ?? [];
  if (new Set(names.map((n) => n.toLowerCase())).size > 1)
    return askBack('I stop one experiment per message: say which one, e.g. "stop chaos web-network-delay-k2p9 in staging".');
  return (fits && !placeholder) || !r.confident ? r : { ...r, confident: false, unsure: 'an experiment name of another shape' };
}

/** Tags without a version that registries keep and people set on purpose. */
const FLOATING_TAGS =
  /^(?:latest|stable|main|master|edge|nightly|canary|beta|alpha|dev|develop|lts|slim|alpine|release|current)$/i;
/** Words that stand for a tag, a choice or a floor inside one ("…:TAG", "…:1.9.0-or-newer"), never a tag's own. */
const TAG_PLACEHOLDER_WORDS = new Set(
  'tag version replace me fixme todo tbd tba placeholder insert your here changeme change whatever same as approx ish or and up to thru through newer older later higher onwards onward vs plus prod production staging runs running xxx xxxx xx x n something etc hash gitsha githash shortsha commit yyyymmdd ddmmyy yymmdd mmdd hhmm timestamp datestamp date build buildnum buildn number nnn qux yyyy mm dd suffix foo bar baz rcx rcn'.split(
    ' ',
  ),
);
/**
 * "…:1.9.*", "…:2.4.x", "…:1.9.0 / 1.9.1", "…:1.9.0-": a tag with a wildcard, two tags, or one cut off is no tag the
 * registry has. Asked which one. Read from the message as typed ("*" is markup to the reader); a last "." ends the
 * sentence.
 */
export function tagUnsettled(r: Reading, typed: string): Reading {
  // (A Slack link "<http://…|label>" is its label.)
  const plain = typed.replace(/<[^<>|]+\|([^<>]+)>/g, '$1').replace(/<((?:https?:\/\/)?[^<>|]+)>/g, '$1');
  if (r.plan.outcome !== 'tool' || !['set_image', 'create_deployment'].includes(r.plan.tool)) return r;
  const image = r.plan.args.image;
  if (typeof image !== 'string') return r;
  const repo = image.replace(/[:@][^/]*$/, '');
  const said = new RegExp(`${repo.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?::|@)(\\S*)`, 'i').exec(plain);
  // (A version said alone, "set web to 1.9.0-build", is the tag the reader put on the running image.)
  const tag = said?.[1] ?? /:([^:/@]+)$/.exec(image)?.[1] ?? '';
  const after = said ? plain.slice((said.index ?? 0) + said[0].length) : '';
  const bare = tag.replace(/(?<=[a-z0-9])[*_~]+$/i, '').replace(/[.,;!?)\]"'`]+$/, '');
  // "…:1.8.1, 1.8.0 was a disaster": the version after the comma is told of, not offered as a second tag.
  const toldOf =
    /^\s*[,;]\s*v?\d+\.\d+(?:\.\d+)?\s+(?:was|were|had|broke|caused|crashed|failed|is (?:broken|bad|buggy|the (?:bad|broken|old) one))\b/i.test(
      `${tag.slice(bare.length)}${after}`,
    );
  const unsettled =
    // Wildcards and placeholders: "1.9.*", "2.4.x", "2.4.n", "2.4.?", "TBD", "2.4.0ish", "2.4.0~2.4.2".
    /(?:^|[.-])[*?a-wyzA-WYZxX](?:$|[.-])|[-+~]$/.test(bare) ||
    /[.-][*?]/.test(tag) ||
    /~|\dish$/i.test(bare) ||
    /^(?:tbd|tba|todo|xxx+|n\/?a|unknown|whatever|something|new|next|newer|later)$/i.test(bare) ||
    // "…:TAG", "…:REPLACE_ME", "…:1.9.0-or-newer", "…:same-as-prod": a word for a tag, not a tag.
    bare
      .toLowerCase()
      .split(/[-_.]+/)
      .some((w) => TAG_PLACEHOLDER_WORDS.has(w)) ||
    // "…:newtag", "…:last-good", "…:ask-dave": no digit and no floating tag a registry keeps; "…:vNEXT", "…:GIT_SHA": a
    // name in capitals for what goes there; "…:1.9.0-vs-1.9.1": two versions in one tag.
    (said !== null && bare !== '' && !/\d/.test(bare) && !FLOATING_TAGS.test(bare)) ||
    /[A-Z]{3,}/.test(bare) ||
    (bare.match(/\d+\.\d+/g)?.length ?? 0) > 1 ||
    // "…:1.9.0,1.9.1", "…:1.9.0 1.9.1": a second version after a bare comma or a space.
    (!toldOf && /^\s*,?\s*v?\d+\.\d+\.\d/.test(`${tag.slice(bare.length)}${after}`)) ||
    // Two tags, a range or a floor: "…:1.9.0 / 1.9.1", ", 2.4.1", "and 2.4.1", "& 2.4.1", "to 2.4.2", "at least", "or newer".
    (!toldOf && /^\s*(?:\/\/?|\||,|&|\band\b|\bor\b|\bvs\.?|\bto\b|-)\s*v?\d+\.\d/i.test(`${tag.slice(bare.length)}${after}`)) ||
    /^\s*(?:at least|or (?:newer|later|higher|above|up)|and (?:up|above|later)|\+|minimum|or so|through|thru|up to|until|till)\b|^\s*(?:>=?|<=?|\/\s*\.\d)/i.test(
      after,
    ) ||
    // "{patch}", "1.9.0_or_1.9.1", "1.9.0-1.9.2": a placeholder, a choice or a range inside the tag.
    /[{}<>]|_or_|\d+\.\d+(?:\.\d+)?(?:-|[,;]\s*)v?\d+\.\d+/i.test(tag) ||
    // ("…:1.9.0-rc.": a pre-release label with its number cut off.)
    /-(?:rc|alpha|beta|pre)\.$/i.test(tag) ||
    /^[^|/\s]*[|]/.test(tag);
  // ("set web to …:1.9.0?": a write asked as a question is the requester's to confirm.)
  if (!unsettled)
    return r.confident && /\?$/.test(tag) && !/^\W*(?:can|could|would|will|is|are|any chance)\b/i.test(plain)
      ? { ...r, confident: false, unsure: 'a command asked as a question' }
      : r;
  return askBack(
    `Which exact tag? "${said?.[0] ?? image}" is no single tag a registry has. Say the whole image, e.g. "${repo}:1.2.3".`,
  );
}

/**
 * "roll back web to revision to", "promote checkout to step for", "kill to pods of web", "level for cpu stress": a word
 * that sounds like a number ("to", "too", "for") where the number goes. The call would run without it: asked back.
 */
export function numberWordSlip(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool)) return r;
  const slot = /\b(?:revision|rev|version|step|level)\s+(?:to|too|for|fore|won|tree|ate)\b(?:\s+([a-z0-9-]+))?/i.exec(plain);
  // ("next step for checkout", "the new version for everyone": a word after it that is no filler, no number meant.)
  const next = slot?.[1]?.toLowerCase();
  const named = next !== undefined && !/^(?:on|of|in|please|pls|plz|now|asap|then|thanks|thx|ty|ok|okay)$/.test(next);
  const slip =
    (slot && !named) ||
    /\b(?:kill|delete|restart|nuke|terminate|destroy)\s+(?:to|too|for)\s+pods?\b|\bpods?\s+(?:to|too|for)\s+of\b|^\W*level\s+(?:to|too|for)\b/i.test(
      plain,
    );
  return slip ? askBack('Which number? Say it in digits, e.g. "roll back web to revision 2" or "at level 2".') : r;
}

/**
 * "restart api in prod @ 14:30 pls", "scale web to 8 -> 17:00", "abort checkout ~15:00", "restart web in staging
 * 23:59": a clock time said after a write, which may be when it should run. The bot acts when asked: asked back; in
 * brackets ("… (14:30)", "after lunch (~13:30)") it may be an aside, and the requester confirms. (Not a time that is a
 * length, a start or a bound: "for 1:30", "since 06:00"; "at 14:00" is the schedule reader's.)
 */
export function clockBesideWrite(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool)) return r;
  const end =
    /(?<=[\s@~,>(]|^)(?<![\d:.])(?<!\b(?:at|for|since|until|till|before|after|from|to|by|around)[\s(~@]*)\d{1,2}[:h]\d{2}(?:\s*(?:utc|gmt|cet|am|pm|[a-z]{2,4}t|z))?\)?(?:\s+(?:pls|plz|please|thanks|thx|ty|asap|then|ok|okay|today|tonight))*[\s\W]*$/iu.exec(
      plain,
    );
  // "17:00 scale web in prod to 12": a one-line plan of a change window, its time first (round 121).
  if (
    !end &&
    !plain.includes('\n') &&
    (plain.match(/\b\d{1,2}:\d{2}\b/g) ?? []).length === 1 &&
    /^\W*\d{1,2}:\d{2}\b(?!\s*(am|pm)?\s*(utc|gmt)?\s*[-\u2013]\s*\d)/i.test(plain)
  )
    return askBack(LATER_MESSAGE);
  if (!end) return r;
  if (/\(\s*~?\s*$/.test(plain.slice(0, end.index)))
    return r.confident ? { ...r, confident: false, unsure: 'a time in brackets' } : r;
  return askBack(LATER_MESSAGE);
}

/**
 * "scale web in staging to 4 on 2024-06-01", "2024-06-01: promote payments", "… starting 01/06/2024": a calendar date
 * beside a write is when it should run, which the bot cannot wait for. Not a date inside an image tag
 * ("web:2024-06-01") or a pasted line.
 */
export function dateBesideWrite(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || !isWriteTool(r.plan.tool)) return r;
  const own = plain.replace(/```[\s\S]*?(```|$)/g, ' ');
  // (A dotted "2024.06.01" is also a version: a date only after a word of when.)
  const iso = /(?<![\w:/@.-])\d{4}([-/])\d{1,2}\1\d{1,2}(?![\w/-]|\.\d)/;
  const dayFirst =
    /(?:\b(?:on|starting|by|until|till|after|before)\s+|@\s*|^\s*)(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}\.\d{1,2}\.\d{1,2})\b/i;
  return iso.test(own) || dayFirst.test(own) ? askBack(LATER_MESSAGE) : r;
}

/**
 * "web in prod: 0 replicas!!", "api in staging = 1 replica 😱": a count told with alarm is a report of what is running,
 * not a size asked for; "web in staging: 2 replicas", the count it runs, changes nothing. Asked, or confirmed.
 */
export function statusLine(r: Reading, plain: string, typed: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'scale' || !r.confident) return r;
  const { namespace, name, replicas } = r.plan.args;
  const told =
    /^\W*(?:[\w-]+[\s/]+)?[\w-]+(?:\s+(?:in|on)\s+[\w-]+|\s*\([\w-]+\))?\s*(?::|=|-|\u2014|\u2013|\u2192|->)\s*(?:\d+|[a-z]+)\s+(?:replicas?|pods?|instances?)\b/i;
  // ("stg worker → 3 replicas pls": an arrow is "to", a request, unless told with alarm.)
  const arrow = /\u2192|->/.test(plain);
  if (!told.test(withoutDiscourse(plain))) return r;
  const alarm = /!|\p{Extended_Pictographic}|:[a-z_+-]+:/u.test(`${plain} ${typed}`);
  if (arrow && !alarm) return r;
  if (alarm)
    return askBack('Is that what is running, or what it should run? To change it, say e.g. "scale web in production to 2".');
  // A count with no verb may be what it runs or what it should run: the requester confirms.
  const w = workloadAt(ctx, namespace, name);
  return { ...r, confident: false, unsure: w?.replicas === replicas ? 'the count it runs' : 'a count told, no verb' };
}

/**
 * "set the main container of web", "the only container": the workload's main container, which the call picks when no
 * container is named. Any other container said ("the nginx container", "the init container") may be one the workload
 * does not have (the dry run refuses it): the requester confirms a container that is not named like its workload.
 */
export function containerSaid(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || typeof r.plan.args.container !== 'string') return r;
  const c = r.plan.args.container;
  if (
    /^(?:main|primary|only|application|default|sole|single)$/.test(c) &&
    new RegExp(`\\b${c}\\s+container\\b`, 'i').test(plain)
  ) {
    const { container: _said, ...args } = r.plan.args;
    return { ...r, plan: { ...r.plan, args } };
  }
  const own = r.plan.args.name ?? r.plan.args.workload;
  return c !== own && r.confident && isWriteTool(r.plan.tool)
    ? { ...r, confident: false, unsure: 'a container not named like its workload' }
    : r;
}

const ONE_PORT_MESSAGE =
  'Which one port does the container listen on? A new Deployment gets one port: say it once, e.g. "… on port 8080".';
