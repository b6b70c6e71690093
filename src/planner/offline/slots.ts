import { isNumber, unitSeconds } from './numbers.ts';

/**
 * Slot readers over canonical words: each finds one value (a count, a duration, a window…) by the words
 * around a number, so "last 100 lines", "for 5 minutes" and "200 ms" each land in the right argument.
 */

const num = (w: string | undefined) => (isNumber(w) ? Number(w) : undefined);

/** A number right after one of `keys`, allowing a few linking words ("revision #1", "replicas to 3", "level of 4"). */
export function numberAfter(
  words: string[],
  keys: string[],
  links = ['to', 'of', 'is', 'at', '#', 'number', 'no'],
): number | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!keys.includes(words[i])) continue;
    let j = i + 1;
    while (j < words.length && links.includes(words[j])) j++;
    const n = num(words[j]);
    if (n !== undefined && unitSeconds(words[j + 1] ?? '') === undefined) return n;
  }
  return undefined;
}

/** A number right before one of `keys` ("3 replicas", "30 %"). */
export function numberBefore(words: string[], keys: string[]): number | undefined {
  for (let i = 1; i < words.length; i++) {
    if (keys.includes(words[i]) && isNumber(words[i - 1])) return Number(words[i - 1]);
  }
  return undefined;
}

export interface Duration {
  index: number;
  seconds: number;
  unit: string;
  before: string;
  after: string;
}

/** Every "N unit" (and "last hour" = 1 hour, "half hour" = 30 minutes) in the text, in seconds. */
export function durations(words: string[]): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < words.length; i++) {
    const per = unitSeconds(words[i]);
    if (per === undefined) continue;
    const prev = words[i - 1];
    let n: number | undefined = num(prev);
    let at = i - 1;
    if (n === undefined && (prev === 'halve' || prev === 'half')) n = 0.5;
    // "for hour", "last minute", "past day": an implied one (articles were removed).
    if (
      n === undefined &&
      (['for', 'last', 'past', 'previous', 'per', 'within', 'over', 'since'].includes(prev) ||
        // "for the next hour" is a span; "in the next hour", "next hour" are times.
        (prev === 'next' && words[i - 2] === 'for')) &&
      words[i].length > 2
    ) {
      n = 1;
      at = i;
    }
    if (n === undefined) continue;
    out.push({ index: at, seconds: n * per, unit: words[i], before: words[at - 1] ?? '', after: words[i + 1] ?? '' });
  }
  return out;
}

const LOOKBACK = ['last', 'past', 'previous', 'since', 'within', 'over', 'in', 'from', 'during'];

/** Logs: "from the last 10 minutes", "since 2h ago", "past hour". */
export function sinceSeconds(words: string[]): number | undefined {
  const ds = durations(words);
  // "logs prod worker 1h": the one duration of a log request, said bare, is how far back.
  const d =
    ds.find((x) => x.seconds >= 1 && (LOOKBACK.includes(x.before) || x.after === 'ago')) ??
    (ds.length === 1 && ds[0].seconds >= 1 && ds[0].before !== 'for' ? ds[0] : undefined);
  return d ? Math.round(d.seconds) : undefined;
}

/** Logs: "last 100 lines", "tail 20", "200 log lines". */
export function tailLines(words: string[]): number | undefined {
  return (
    numberBefore(words, ['lines', 'line', 'entries', 'rows', 'messages', 'logs']) ??
    numberAfter(words, ['logs', 'tail', 'last', 'latest', 'recent', 'top', 'first'], ['of']) ??
    // "tail worker stg 100": the one bare number of a log request with no unit.
    loneCount(words)
  );
}

function loneCount(words: string[]): number | undefined {
  const at = words.flatMap((w, i) => (isNumber(w) ? [i] : []));
  if (at.length !== 1 || unitSeconds(words[at[0] + 1] ?? '') !== undefined) return undefined;
  return Number.isInteger(Number(words[at[0]])) && Number(words[at[0]]) > 0 ? Number(words[at[0]]) : undefined;
}

/** Chaos: latency in ms ("200 ms", "2 seconds of latency", "slow down by 1s", "latency of 300"). */
export function latencyMs(words: string[], ds: Duration[]): number | undefined {
  const amount = ds.find(
    (d) =>
      d.seconds < 1 ||
      (d.before !== 'for' &&
        (['by', 'of', 'latency', 'add', 'create', 'with'].includes(d.before) || ['latency', 'of'].includes(d.after))),
  );
  if (amount) return Math.round(amount.seconds * 1000);
  return numberAfter(words, ['latency'], ['of', 'to', 'at', 'by']);
}

/** Chaos: how long it runs ("for 5 minutes", "2 min"), ignoring the latency amount. */
export function durationSeconds(ds: Duration[], latency?: number): number | undefined {
  const candidates = ds.filter(
    (d) => d.seconds >= 1 && !(latency !== undefined && Math.round(d.seconds * 1000) === latency && d.before !== 'for'),
  );
  const d = candidates.find((x) => x.before === 'for') ?? candidates[0];
  return d ? Math.round(d.seconds) : undefined;
}

/** OpenCost windows: "last week" → lastweek, "this month" → month, "last 7 days" → 7d, "last 24 hours" → 24h. */
export function costWindow(words: string[]): string | undefined {
  const text = ` ${words.join(' ')} `;
  const spans: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
    [
      / ((last|previous|prior) (calendar )?week|lastweek|week before(?= +(please|pls|thanks|for|in|of|and|by|per)\b| *$)) /,
      'lastweek',
    ],
    [
      / ((last|previous|prior) (calendar )?month|lastmonth|month before(?= +(please|pls|thanks|for|in|of|and|by|per)\b| *$)) /,
      'lastmonth',
    ],
    // "since midnight", "so far this month", "the past fortnight".
    [/ ((since|from) midnight( (to|till|until) now)?|so far today|today so far) /, 'today'],
    [/ (so far this month|this month so far|month to date) /, 'month'],
    [/ fortnight /, '14d'],
    [/ (\d+) (h|hr|hrs|hour|hours) /, (m) => `${m[1]}h`],
    [/ (\d+) (d|day|days) /, (m) => `${m[1]}d`],
    [/ (\d+) (w|wk|wks|week|weeks) /, (m) => `${Number(m[1]) * 7}d`],
    [/ (\d+) (month|months) /, (m) => `${Number(m[1]) * 30}d`],
    [/ (last|past|previous) (hour) /, '1h'],
    [/ (last|past|previous) (day) /, '24h'],
    [/ past week /, '7d'],
    [/ past month /, '30d'],
    [/ (yesterday|yday|ystd) /, 'yesterday'],
    [/ today /, 'today'],
    [/ (week|weekly|wtd) /, 'week'],
    [/ (month|monthly|mtd) /, 'month'],
  ];
  for (const [re, to] of spans) {
    const m = re.exec(text);
    if (m) return typeof to === 'string' ? to : to(m);
  }
  return undefined;
}

const AGGREGATES: Record<string, string> = {
  namespace: 'namespace',
  namespaces: 'namespace',
  deployment: 'deployment',
  deployments: 'deployment',
  workload: 'deployment',
  workloads: 'deployment',
  app: 'deployment',
  apps: 'deployment',
  service: 'deployment',
  services: 'deployment',
  controller: 'controller',
  controllers: 'controller',
  pod: 'pod',
  pods: 'pod',
  cluster: 'cluster',
};

/** Cost grouping: "by deployment", "per pod", "which namespaces", "most expensive apps". */
export function costAggregate(raw: string[], words: string[]): string | undefined {
  // "pod-level costs", "namespace-wise": the grouping word with its suffix.
  // ("by deploymnet": a grouping word typed wrong is read as the word it was corrected to.)
  const low = raw.map((r, i) => {
    const w = r
      .toLowerCase()
      .replace(/-(level|wise|wide|by-\w+)$/, '')
      .replace(/^(whole|entire)-cluster$/, 'cluster');
    return AGGREGATES[w] === undefined && AGGREGATES[words[i] ?? ''] !== undefined ? (words[i] ?? w) : w;
  });
  // "the cluster cost …, broken down by controller": a grouping said with "by" or "per" wins; "that was by namespace,
  // now by deployment": the last one said.
  for (let i = low.length - 1; i >= 1; i--) {
    // "by deployment, not by namespace": a grouping ruled out is not the one asked for.
    if (
      AGGREGATES[low[i]] &&
      ['by', 'per'].includes(words[i - 1] ?? '') &&
      !words.slice(Math.max(0, i - 3), i - 1).includes('not')
    )
      return AGGREGATES[low[i]];
  }
  for (let i = 0; i < low.length; i++) {
    const agg = AGGREGATES[low[i]];
    if (!agg) continue;
    const prev = words[i - 1] ?? '';
    // "cluster cost", "pod costs": the grouping names the cost that follows it.
    // "deployment costs in staging": a grouping before costs in the plural (not "the web deployment cost").
    if (words[i + 1] === 'cost' && (raw[i] !== low[i] || agg === 'cluster' || agg === 'pod' || /^costs$/i.test(raw[i + 1] ?? '')))
      return agg;
    // "aggregated at cluster level", "on the deployment level": the grouping of that level.
    if (words[i + 1] === 'level' && ['at', 'on', 'the'].includes(prev)) return agg;
    const plural = /s$/.test(low[i]) && low[i] !== 'cluster';
    if (['by', 'per', 'each', 'which', 'top', 'what', 'most', 'cost', 'every', 'all'].includes(prev) || plural) return agg;
  }
  // "what did the cluster as a whole cost", "the cost of the cluster today": the one total.
  // ("… today, one number please": a single total.)
  if (
    /\b(total|overall|whole cluster|entire cluster|cluster (as )?(a )?whole|(of|for) (the )?cluster|(one|a single) (number|figure|total))\b/.test(
      low.join(' '),
    )
  )
    return 'cluster';
  return undefined;
}
