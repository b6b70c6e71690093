import { type Draft, nounOfChange, type Parsed, timeClauseAt, WRITE_VERBS } from './intent.ts';
import { isCommonWord, isKnownWord } from './lexicon.ts';
import { isNumber, unitSeconds } from './numbers.ts';

/**
 * Earned confidence: a reading is sure only when every word of the request has a role. The intent's own cue words,
 * object references (workloads, namespaces, pods, images, tags), numbers consumed by an argument with their unit,
 * and function words are accounted for. A cue of another intent (a read question with a write verb, "restart" in a
 * chaos request), a content word nobody used ("stuck", "incident", an unknown name), a number no argument took or
 * a negation leaves the reading unsure: the person confirms it, or the model reads it. `names` are the inventory's
 * workload and namespace names and the namespace aliases.
 */

type ToolDraft = Extract<Draft, { kind: 'tool' }>;

/** Canonical words that choose an intent. */
const WRITE_CUES = [...WRITE_VERBS, 'add', 'full', 'fail', 'break', 'stress', 'latency', 'packets', 'partition'];
const READ_CUES = ['list', 'describe', 'logs', 'cost'];
const CHAOS_CUES = ['chaos', 'latency', 'packets', 'partition', 'network', 'cpu', 'memory', 'stress', 'fail', 'break'];
const ROLLOUT = ['workload', 'rollout', 'deploy', 'update'];

/** The cue words each write tool may carry; any other cue conflicts. */
const TOOL_CUES: Record<string, string[]> = {
  restart: ['restart', 'workload', 'rollout', 'pod', 'deploy'],
  rollback: ['rollback', 'revision', 'image', ...ROLLOUT],
  scale: [
    'scale',
    'scale-up',
    'scale-down',
    'add',
    'reduce',
    'replicas',
    'pod',
    'workload',
    'double',
    'triple',
    'halve',
    'update',
    'running',
    'delete',
    'create',
  ],
  set_image: ['image', 'create', 'running', 'revision', ...ROLLOUT],
  create_deployment: ['create', 'deploy', 'workload', 'image', 'replicas', 'pod', 'update', 'running', 'add'],
  promote_rollout: ['promote', 'full', ...ROLLOUT],
  abort_rollout: ['abort', 'stop', 'kill', 'delete', ...ROLLOUT],
  retry_rollout: ['abort', 'retry', 'restart', ...ROLLOUT],
  pause_rollout: ['pause', 'stop', 'create', ...ROLLOUT],
  launch_chaos: ['create', 'add', 'kill', 'delete', 'pod', 'replicas', 'workload', 'update', ...CHAOS_CUES],
  stop_chaos: ['stop', 'abort', 'delete', 'kill', 'pod', 'workload', ...CHAOS_CUES],
  delete_pod: ['restart', 'delete', 'kill', 'pod'],
};

const WRITE_TOOLS = new Set([
  'scale',
  'restart',
  'rollback',
  'set_image',
  'create_deployment',
  'promote_rollout',
  'abort_rollout',
  'retry_rollout',
  'pause_rollout',
  'launch_chaos',
  'stop_chaos',
  'delete_pod',
]);
/** Words of time: around a write, they say when (or since when) rather than what. */
// biome-ignore format: word lists read better packed
const WHEN = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'morning', 'evening', 'afternoon', 'night', 'noon', 'midnight', 'once',
  'after', 'until', 'till', 'next', 'every', 'each', 'ago', 'later', 'earlier', 'weekly', 'daily', 'nightly',
  'hourly', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'month', 'months',
  'year', 'years', 'starting', 'since',
]);
const ROLLBACK_WORDS = new Set(['last', 'before', 'previous', 'earlier']);
/** Words of a sum over time, and the reads that give no sum. */
const TOTALS = new Set(['total', 'totals', 'sum', 'yesterday', 'breakdown']);
const LOOKS = new Set(['list_workloads', 'list_pods', 'describe_workload', 'list_chaos']);
/** Quantifiers that pick other or more objects than the one named: "both clusters", "the first pod". */
const WHICH = new Set(['both', 'either', 'first', 'last', 'third', 'other', 'others', 'oldest', 'newest']);

/** Everyday words with no content of their own (the common words list also holds content words: "stuck", "wrong"). */
// biome-ignore format: word lists read better packed
const FUNCTION = new Set([
  'again', 'already', 'here', 'there', 'please', 'thanks', 'thank', 'okay', 'alright', 'quick', 'quickly', 'asap',
  'soon', 'currently', 'this', 'that', 'these', 'those', 'with', 'into', 'onto', 'some', 'just', 'also', 'still',
  'really', 'very', 'able', 'sure', 'when', 'where', 'what', 'whats', 'which', 'while', 'would', 'could', 'should',
  'will', 'must', 'might', 'want', 'wants', 'need', 'needs', 'your', 'their', 'them', 'they', 'within', 'over',
  'through', 'around', 'across', 'during', 'than', 'hello', 'everyone', 'anyone', 'someone', 'team', 'guys', 'folks',
  'like', 'keep', 'about', 'make', 'after', 'before', 'until', 'once', 'only', 'both', 'either', 'each', 'other',
  'others', 'whole', 'using', 'today', 'tonight', 'tomorrow', 'morning', 'evening', 'left', 'first', 'name',
  // Modifiers the slot readers take: "cost report", "breakdown by pod", "replica count", "take off", "roll out".
  'report', 'breakdown', 'total', 'overall', 'controller', 'controllers', 'count', 'number', 'take', 'out', 'off',
  'against', 'x', 'on', 'up', 'down', 'from', 'of', 'by',
  // Discourse markers that turn to the request: "anyway, list pods of web".
  'anyway', 'anyways', 'meanwhile', 'regardless', 'btw',
  // Chat shorthand and set phrases of politeness: "kindly do the needful", "is possible to …", "rn", "can u", "cc @ops".
  'needful', 'kindly', 'possible', 'posible', 'rn', 'u', 'ur', 'ya', 'cc', 'fyi',
  // Words a slot reader already took the meaning of: "twice its current size", "skip the rest of the steps", "the old
  // version", "lvl 10", "opencost numbers", "bring it up to 3".
  'size', 'rest', 'old', 'lvl', 'numbers', 'bring',
  // Thanks and "please" in other languages after an English request: "danke schön", "merci beaucoup", "bitte".
  'danke', 'bitte', 'merci', 'beaucoup', 'gracias', 'muchas', 'obrigado', 'obrigada', 'grazie', 'arigato',
  'gozaimasu', 'onegaishimasu', 'yoroshiku', 'svp',
]);
export const NEGATION = new Set(['not', 'never', 'dont', "don't", 'without', 'nor', 'neither']);

/** "don't restart web", "never scale it", "no need to restart api": a negation right before a verb of change. */
export function negated(p: Parsed): boolean {
  return p.words.some((w, i) => (NEGATION.has(w) || w === 'no') && [1, 2, 3].some((k) => WRITE_CUES.includes(p.words[i + k])));
}

/**
 * A number no argument took that sets a value of an action ("level 3", "to 6", "2 minutes"), as when "sanity check
 * worker, level 3, 2 minutes" is read as a look; a number that tells a state ("stuck at 20%") is not one.
 */
export function settingLeft(p: Parsed, draft: ToolDraft): string | undefined {
  const values = argValues(draft);
  return p.words.find(
    (w, i) =>
      isNumber(w) &&
      !numberUsed(Number(w), p.words[i - 1], p.words[i + 1], values, draft) &&
      (['level', 'to', 'by'].includes(p.words[i - 1] ?? '') ||
        /^(replicas?|pods?|instances?|copies|ms|milliseconds?|min|mins|minutes?|seconds?|secs?)$/.test(p.words[i + 1] ?? '')),
  );
}

/** Why the reading is unsure, or undefined when every word has a role. */
export function unaccounted(p: Parsed, draft: ToolDraft, names: Set<string>, topic = false): string | undefined {
  const allowed = TOOL_CUES[draft.tool];
  // "scale the payments preview to 0", "restart the canary of checkout": a part of a rollout, which only the
  // rollout tools move ("promote the payments preview"); scale and restart would act on all of it.
  // "scale the old payments to 0", "restart the new checkout": one side of it, said before its name.
  const part =
    p.raw.some((r) => /^(canary|canaries|preview|stable|active)$/i.test(r)) ||
    p.raw.some((r, i) => /^(old|older|new|newer|latest|previous|green|blue)$/i.test(r) && p.names.includes(p.words[i + 1] ?? ''));
  if (
    part &&
    // (A rollback goes back to the old side: "go back to the previous payments version".)
    draft.tool !== 'rollback' &&
    (!draft.tool.endsWith('_rollout') || p.raw.some((r) => /^(old|older|new|newer|latest|previous)$/i.test(r))) &&
    allowed
  )
    return 'a part of a rollout';
  const values = argValues(draft);
  const write = WRITE_TOOLS.has(draft.tool);
  // Durations a call takes: a chaos experiment's, a log window's.
  const timed =
    draft.args.durationSeconds !== undefined || draft.args.sinceSeconds !== undefined || draft.args.latencyMs !== undefined;
  const seen = new Set<string>();
  for (let i = 0; i < p.words.length; i++) {
    const w = p.words[i];
    if (NEGATION.has(w)) return `negation "${w}"`;
    // "half an hour" is a duration, not "halve".
    // "please make the restart of api", "make it go to the next step": "make" is a light verb there, not "create".
    const lightMake = w === 'create' && /^mak(e|es|ing)$|^made$/i.test(p.raw[i] ?? '');
    const cue = WRITE_CUES.includes(w) && !lightMake && !(w === 'halve' && unitSeconds(p.words[i + 1] ?? '') !== undefined);
    // In a question about a change ("did the rollback of web go through?") the change is the topic, not a cue.
    if (cue && !allowed?.includes(w) && !topic) return `cue "${w}"`;
    // A read cue in a write request ("restart web, status looks degraded"): a question may be meant.
    // "can we get 10 replicas", "give checkout a restart": light verbs, not reads; "the aborted checkout": a state.
    const light = /^(get|give|got|aborted|paused|failing|failed|broken|crashing|degraded|restarting|healthy|ready|stuck)$/i.test(
      p.raw[i] ?? '',
    );
    if (allowed && READ_CUES.includes(w) && !light) return `read cue "${w}"`;
    if (isNumber(w)) {
      if (!numberUsed(Number(w), p.words[i - 1], p.words[i + 1], values, draft)) return `number ${w}`;
      // "scale web in staging at 3": a count, or three o'clock?
      if (draft.tool === 'scale' && p.words[i - 1] === 'at' && !p.words.includes('to')) return `number ${w} after "at"`;
      // "scale web to 3 in 3", "to 6 at 6", "add 3 replicas at 3": a value said twice in a write, the second time as a
      // time or a count of something else.
      if (
        write &&
        seen.has(w) &&
        !/^(from|level|lvl|revision|rev)$/.test(p.words[i - 1] ?? '') &&
        unitSeconds(p.words[i + 1] ?? '') === undefined &&
        !/^(replicas?|pods?|%|percent|ms|milliseconds?)$/.test(p.words[i + 1] ?? '')
      )
        return `number ${w} again`;
      seen.add(w);
      continue;
    }
    // "restart api in prod in half an hour", "restart worker every day", "restart coredns in both clusters": a time or
    // a quantifier no argument of a write took changes when or what it acts on.
    // "undo the last deploy", "the version before", "restart every pod of api": a rollback's and a restart's own words.
    // "stress worker for the next hour": how long the experiment runs, not when.
    const own =
      (draft.tool === 'rollback' && ROLLBACK_WORDS.has(w)) ||
      (w === 'every' && p.words[i + 1] === 'pod') ||
      (w === 'next' &&
        draft.tool === 'launch_chaos' &&
        p.words[i - 1] === 'for' &&
        (isNumber(p.words[i + 1] ?? '') || unitSeconds(p.words[i + 1] ?? '') !== undefined));
    if (write && !own && (WHEN.has(w) || (unitSeconds(w) !== undefined && !timed))) return `time "${w}"`;
    if (write && !own && WHICH.has(w)) return `word "${w}"`;
    // "web will need 2 more replicas", "api might need …": a forecast, unless it asks ("will you …").
    if (write && /^(will|might|may)$/.test(w) && !/^(you|u)$/.test(p.words[i + 1] ?? '')) return `word "${w}"`;
    // "give me yesterday's total for the whole cluster": a sum over days is money, which no list or description gives.
    if (!write && TOTALS.has(w) && LOOKS.has(draft.tool)) return `word "${w}"`;
    if (isKnownWord(w) || unitSeconds(w) !== undefined || FUNCTION.has(w)) continue;
    if ((w === 'por' || w === 'per') && /^(favor|favore)$/.test(p.words[i + 1] ?? '')) continue;
    if (/^(favor|favore)$/.test(w) && /^(por|per)$/.test(p.words[i - 1] ?? '')) continue;
    if (w === 'mille' && p.words[i - 1] === 'grazie') continue;
    if (part && draft.tool.endsWith('_rollout') && /^(preview|stable|active)$/.test(w)) continue;
    if (names.has(w) || p.names.includes(w) || p.pods.includes(w) || p.tags.includes(w)) continue;
    if (p.images.includes(p.raw[i]) || p.namespaces.includes(w)) continue;
    if (values.has(w) || /^[#%&@]$/.test(w)) continue;
    if (isCommonWord(w) || p.free.includes(w) || /[a-z]/.test(w)) return `word "${w}"`;
  }
  return undefined;
}

function argValues(draft: ToolDraft): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(draft.args)) if (v !== undefined) out.add(String(v));
  if (draft.relative) out.add(String(Math.abs(draft.relative.n)));
  if (draft.tag) out.add(draft.tag);
  return out;
}

/** A number is accounted for when an argument took it, as is or with the argument's unit (5 minutes → 300 s, 200 ms). */
function numberUsed(
  n: number,
  previous: string | undefined,
  next: string | undefined,
  values: Set<string>,
  draft: ToolDraft,
): boolean {
  const per = next ? unitSeconds(next) : undefined;
  // The number is taken as is only when its unit fits the argument: "to 5%" or "to 5 minutes" is no replica count.
  if (values.has(String(n)) && per === undefined && (next !== '%' || draft.args.lossPercent === n)) return true;
  if (per !== undefined && (values.has(String(Math.round(n * per))) || values.has(String(Math.round(n * per * 1000))))) {
    return true;
  }
  // Cost windows: "last 7 days" → 7d, "past 24 hours" → 24h, "2 weeks" → 14d.
  if (per !== undefined && (values.has(`${n}h`) || values.has(`${n}d`) || values.has(`${n * 7}d`))) return true;
  // "to 100%" on a promotion is its `full`; "from 6 to 8" names the count it has now; "kill one pod" is the
  // pod-kill experiment itself.
  // "scale web from 6 to 8": the count it has now; "restart web from 5" has no count.
  // "from 6 on", "from 2 up": a time or a start, not the count it has now.
  if (previous === 'from' && draft.tool === 'scale') return !/^(on|onwards?|up|out|forward)$/.test(next ?? '');
  if (draft.tool === 'launch_chaos' && n === 1 && (next === 'pod' || next === 'of')) return true;
  return draft.tool === 'promote_rollout' && n === 100;
}

/** Verbs that choose a write on their own: two of different tools in one request conflict. */
const VERBS: Record<string, string> = {
  restart: 'restart it',
  rollback: 'roll it back',
  scale: 'scale it',
  'scale-up': 'scale it up',
  'scale-down': 'scale it down',
  promote: 'promote it',
  abort: 'abort it',
  retry: 'retry it',
  pause: 'pause it',
  delete: 'delete something',
  kill: 'kill something',
  double: 'double it',
  halve: 'halve it',
  triple: 'triple it',
};

/** The other write a request also asks for ("restart the latency experiment"), in words, or undefined. */
export function conflictingWrite(p: Parsed, draft: ToolDraft): string | undefined {
  const allowed = TOOL_CUES[draft.tool];
  if (!allowed) return undefined;
  // "kill a web pod to check the PDB holds", "pause checkout now, before the deploy pipeline kicks off": a verb in the
  // purpose or the time after the request is no request of its own.
  const own = p.words.findIndex((w) => allowed.includes(w));
  const purpose = p.raw.findIndex(
    (r, i) =>
      (/^to$/i.test(r) && /^(check|see|verify|confirm|prove|test|ensure|show|find|learn|watch)$/i.test(p.raw[i + 1] ?? '')) ||
      (/^so$/i.test(r) && /^(that|we|i|you)$/i.test(p.raw[i + 1] ?? '')) ||
      (own >= 0 && i > own && timeClauseAt(p.raw, i)),
  );
  const other = p.words.find(
    (w, i) =>
      VERBS[w] !== undefined &&
      !allowed.includes(w) &&
      !nounOfChange(p.raw[i + 1]) &&
      !(purpose >= 0 && i > purpose) &&
      !(w === 'halve' && unitSeconds(p.words[i + 1] ?? '') !== undefined) &&
      // "drop half the packets to worker": the share of its traffic an experiment drops.
      !(
        w === 'halve' &&
        draft.tool === 'launch_chaos' &&
        /^(packets?|traffic|requests?|calls?|connections?)$/i.test(
          (/^of$/i.test(p.raw[i + 1] ?? '') ? p.raw[i + 2] : p.raw[i + 1]) ?? '',
        )
      ),
  );
  return other ? VERBS[other] : undefined;
}

const TOOL_WORDS: Record<string, string> = {
  restart: 'restart it',
  rollback: 'roll it back',
  scale: 'scale it',
  set_image: 'set its image',
  create_deployment: 'create a Deployment',
  promote_rollout: 'promote the rollout',
  abort_rollout: 'abort the rollout',
  retry_rollout: 'retry the rollout',
  pause_rollout: 'pause the rollout',
  launch_chaos: 'start a chaos experiment',
  stop_chaos: 'stop a chaos experiment',
  delete_pod: 'delete a pod',
};

export function describeTool(tool: string): string {
  return TOOL_WORDS[tool] ?? tool;
}
