/**
 * A call amended by the words after a correction: "kill a pod of worker in staging. actually make it a network delay
 * instead, 300ms", "costs by namespace yesterday. ah nope, I meant by deployment, and only production", "drop 20% of
 * packets on web. eh, 20 is too gentle, go 40. and only 90 seconds". The first request is read as a call; each value
 * the correction names (namespace, workload, pod, experiment, count, latency, loss, level, duration, window, aggregate,
 * revision, tag, full or one step) replaces the call's. Pure: the caller reads the first request and checks the result
 * like any call, and the requester confirms it.
 */
import { type CorrectionNames, IMAGE_LIKE } from './correction.ts';
import { unitSeconds } from './numbers.ts';
import { POD_NAME } from './quoted.ts';
import { costWindow } from './slots.ts';

/** Where a message takes back what it said: the words before it are the request, the words after amend it. */
const AMEND =
  /(?:[,.;:!?\u2026\u2014\u2013]|\s-{1,2})\s*(?:(?:ok|okay|so|fine|but|hmm+|ah|eh|oh|wait)[\s,.!]+)*(no wait|wait,? no|hmm+,? no|ah,? no(?:pe)?|no,? sorry|sorry(?:,? wrong (?:one|pod|namespace|ns|window))?|oops|actually|scratch that|correction|i meant|i mean|make (?:it|that)|on second thoughts?|(?:no|nope|nah|eh|meh|hmm+|err?|erm|uh|um)(?=\s*[,.\u2014\u2013-]))\b[\s,:;.\u2014\u2013-]*/i;

/** "restart web in production... not prod — staging": a namespace taken back and replaced, with no word of correction. */
const NOT_THEN =
  /(?:\.+|\u2026|[,;\u2014\u2013]|\s-{1,2})\s*(?:(?:wait|no|hmm+|sorry|oops)[\s,.!]+)*not (?!(?:yet|sure|now|today|really|quite|exactly|so|too|much|that|this|again|ready|done)\b)([a-z0-9-]+)\s*(?:[\u2014\u2013,:;-]+|\.{2,}|\u2026)\s*(?=[a-z0-9-]+\s*(?:[.!]?\s*$|,\s*(?:and\s+)?(?:to|in|on|for|with)\b))/i;

export interface Amendment {
  before: string;
  after: string;
}

/** The request and the words that amend it, or undefined when nothing is taken back. */
export function splitAmendment(text: string): Amendment | undefined {
  const not = NOT_THEN.exec(text);
  if (not) return { before: text.slice(0, not.index).trim(), after: text.slice(not.index + not[0].length).trim() };
  const m = AMEND.exec(text);
  if (!m || m.index < 8) return undefined;
  const after = text.slice(m.index + m[0].length).trim();
  if (notReplacing(m[1] ?? '', after)) return undefined;
  return after ? { before: text.slice(0, m.index).trim(), after } : undefined;
}

/**
 * "sorry for the late ask", "I mean it", "actually prod saw 900ms last night", "oops, forgot to mention: …", "the one in
 * prod too", "make that 3 if prod is above 5", "make that 2 fewer": an apology, emphasis, a fact, an aside, an addition, a
 * condition or a change relative to the first value, not a value that replaces it.
 */
function notReplacing(marker: string, after: string): boolean {
  return (
    (/^(sorry|apologies)\b/i.test(marker) && /^(for|about|to)\b/i.test(after)) ||
    // "I mean, the namespace only has 3 nodes anyway": an aside that tells how things are.
    // "I mean only 7" is a count that replaces.
    (/^i mean$/i.test(marker) &&
      !/^(only|just) \d+\s*(?:replicas?|pods?)?\s*[.!]*\s*$/i.test(after) &&
      /\b(is|are|has|have|had|only|anyway|gets by|was|were)\b/i.test(after.split(',')[0] ?? '')) ||
    // "I mean it", but not "I mean this week", "I mean that one".
    (/^i mean$/i.test(marker) &&
      /^(it|that|this)\b(?!\s+(week|month|morning|afternoon|evening|year|quarter|one|namespace|pod|deployment|rollout|image|build))/i.test(
        after,
      )) ||
    // "actually the pod was fine": a story after the marker, unless a request of its own follows it ("on second thought
    // the preview hasn't had its tests yet. Just pause it").
    (/^\S+(\s+\S+){0,3}?\s+(saw|was|were|had|did|went|got)\b/i.test(after.split(/[,;]/)[0] ?? '') &&
      !/[.;!]\s+(just |please |pls )?(pause|abort|promote|restart|roll|scale|retry|kill|delete|describe|show|list)\b/i.test(
        after,
      )) ||
    /\b(forgot to (say|mention|add)|btw|by the way|fyi|as well|also|if|unless|when|once)\b|\btoo\s*[.!]*\s*$|\b\d+ (more|fewer|less|extra)\b/i.test(
      after,
    ) ||
    /\b[a-z0-9-]+ (stays|remains|is still|are still)\b/i.test(after)
  );
}

/** Words after a correction marker that do not correct anything: the reader reads the message as it is. */
export function notACorrection(text: string): boolean {
  const m = AMEND.exec(text);
  return m !== null && m.index >= 8 && notReplacing(m[1] ?? '', text.slice(m.index + m[0].length).trim());
}

const EXPERIMENTS: [RegExp, string][] = [
  [/\bpod[- ]?kill|\bkill(ing)? (a |one |random )*pods?\b/, 'pod-kill'],
  [/\bpod[- ]?failure|\bfail(ing)? (the )?pods?\b|\bpods? fail/, 'pod-failure'],
  [/\b(network[- ])?delay\b|\blatency\b|\blag\b/, 'network-delay'],
  [/\b(packet[- ])?loss\b|\bdrop(ping)? (\d+ ?%|packets)/, 'network-loss'],
  [/\bpartition\b|\bcut (it )?off\b/, 'network-partition'],
  [/\bcpu\b/, 'cpu-stress'],
  [/\bmem(ory)?\b/, 'memory-stress'],
];

/** The value a bare number changes in each call: "go 40" after "drop 20% of packets" is the loss. */
function primary(tool: string, args: Record<string, unknown>): string | undefined {
  if (tool === 'scale' || tool === 'create_deployment') return 'replicas';
  if (tool !== 'launch_chaos') return undefined;
  if (args.experiment === 'network-loss') return 'lossPercent';
  if (args.experiment === 'network-delay') return 'latencyMs';
  return 'level';
}

/** The call's arguments with what `after` names in place of its own, or undefined when it names nothing new. */
export function amendArgs(
  tool: string,
  args: Record<string, unknown>,
  after: string,
  names: CorrectionNames,
): Record<string, unknown> | undefined {
  // "… correction, add 4": a change by a number, which only the request said again can count from.
  if (
    tool === 'scale' &&
    /^\W*(?:add|remove|subtract|take away|take off|drop)\s+\d+\b|\b\d+\s+(?:more|fewer|less)\b/i.test(after)
  )
    return undefined;
  // Reasons after the amendment ("…, Argo would fight it") are not values; what is said not to be meant is not either.
  let t = after.toLowerCase().replace(/\bnot (in |on |for )?[a-z0-9-]+\b/g, ' ');
  const out: Record<string, unknown> = { ...args };
  const words = t
    .split(/[^a-z0-9.%-]+/)
    .map((w) => w.replace(/\.+$/, ''))
    .filter(Boolean);
  const ns = words.map((w) => names.namespaces.get(w)).find(Boolean);
  if (ns) out.namespace = ns;
  const workload = words.find((w) => names.workloads.has(w));
  const field = tool === 'launch_chaos' ? 'target' : tool === 'list_pods' ? 'workload' : 'name';
  const pod = new RegExp(POD_NAME.source).exec(t)?.[0];
  if (pod && tool === 'delete_pod') out.name = pod;
  // "the pods in production. actually, only the ones for checkout": pods narrowed to one workload's.
  else if (workload && (field in args || tool === 'list_pods')) out[field] = workload;
  if (tool === 'launch_chaos') {
    const experiment = EXPERIMENTS.find(([re]) => re.test(t))?.[1];
    if (experiment && experiment !== args.experiment) {
      out.experiment = experiment;
      if (experiment !== 'network-delay') delete out.latencyMs;
      if (experiment !== 'network-loss') delete out.lossPercent;
    }
  }
  // "… with nats:2.9 — no wait, nats:2.10": a whole image replaces the image.
  const image = IMAGE_LIKE.exec(after)?.[0];
  if (image && 'image' in args) {
    out.image = image;
    t = t.replace(image.toLowerCase(), ' ');
  }
  const take = (re: RegExp, key: string, scale: (m: RegExpExecArray) => number) => {
    const m = re.exec(t);
    if (!m) return;
    out[key] = scale(m);
    t = t.replace(m[0], ' ');
  };
  take(/\blevel (\d+)\b/, 'level', (m) => Number(m[1]));
  take(/\b(\d+)\s*(ms|milliseconds?)\b/, 'latencyMs', (m) => Number(m[1]));
  take(/\b(\d+)\s*(%|percent)/, 'lossPercent', (m) => Number(m[1]));
  take(/\b(revision|rev)\s*(\d+)\b/, 'toRevision', (m) => Number(m[2]));
  take(/\b(\d+)\s*(replicas?|pods?|instances?|copies)\b/, 'replicas', (m) => Number(m[1]));
  const time = /\b(\d+)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/.exec(t);
  if (time && !/\b(last|past)\s*$/.test(t.slice(0, time.index)) && tool !== 'query_costs') {
    out[tool === 'get_logs' ? 'sinceSeconds' : 'durationSeconds'] = Number(time[1]) * (unitSeconds(time[2]) ?? 1);
    t = t.replace(time[0], ' ');
  }
  if (tool === 'query_costs') {
    const window = costWindow(words);
    if (window) out.window = window;
    const by = /\b(by|per) (namespace|deployment|controller|pod|cluster)s?\b/.exec(t);
    if (by) out.aggregate = by[2];
  }
  if (tool === 'get_logs' && time === null) {
    const since = /\b(last|past) (\d+)\s*(m|mins?|minutes?|h|hrs?|hours?)\b/.exec(t);
    if (since) out.sinceSeconds = Number(since[2]) * (unitSeconds(since[3]) ?? 1);
  }
  if (tool === 'promote_rollout') {
    if (/\b(fully|all the way|completely|to 100 ?%)\b/.test(t)) out.full = true;
    else if (/\b(one step|a step|next step|not fully|not all the way)\b/.test(t)) out.full = false;
  }
  const tag = /(?:^|\s)(v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)\b/.exec(t)?.[1];
  if (tag && typeof args.image === 'string') {
    out.image = args.image.replace(/:[^:/]+$/, `:${tag}`);
    t = t.replace(tag, ' ');
  }
  // "20 is too gentle, go 40": a bare number other than the value it replaces.
  const key = primary(tool, args);
  if (key && out[key] === args[key]) {
    const bare = [...t.matchAll(/(?:^|[\s,])(\d+)(?=[\s,.!]|$)/g)].map((m) => Number(m[1])).filter((n) => n !== args[key]);
    if (bare.length === 1) out[key] = bare[0];
  }
  const changed = Object.keys({ ...out, ...args }).some((k) => out[k] !== args[k]);
  return changed ? out : undefined;
}
