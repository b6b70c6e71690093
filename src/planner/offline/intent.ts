import { isReadTool } from '../../catalog/registry.ts';
import { ChaosExperimentSchema } from '../../chaos/experiments.ts';
import { cannotDo } from './guards.ts';
import { canonOf, isKnownWord } from './lexicon.ts';
import { isNumber, unitSeconds } from './numbers.ts';
import {
  costAggregate,
  costWindow,
  durationSeconds,
  durations,
  latencyMs,
  numberAfter,
  numberBefore,
  sinceSeconds,
  tailLines,
} from './slots.ts';

/** What the words say, before names are resolved against the inventory. */
export interface Parsed {
  words: string[];
  raw: string[];
  set: Set<string>;
  /** Real namespaces mentioned (aliases applied), distinct, in order. */
  namespaces: string[];
  /** The words that named them, as said ("prod", "stg"). */
  spaceWords: Set<string>;
  /** Inventory workload names mentioned, distinct, in order. */
  names: string[];
  /** Name-like words the planner does not know (a new Deployment, a typo too far off, a chaos experiment). */
  free: string[];
  /** Image references as typed ("ghcr.io/acme/web:1.9.0"), and bare tags ("1.9.0"). */
  images: string[];
  tags: string[];
  /** Pod-shaped names ("web-7d4b9c8f5-abcde"). */
  pods: string[];
  /** Meanings of workload names that are also words (a workload called "opencost" still says "cost"). */
  dual: Set<string>;
}

export type Relative = { op: 'add' | 'mul' | 'div'; n: number };

export type Draft =
  | { kind: 'tool'; tool: string; args: Record<string, unknown>; relative?: Relative; tag?: string; guess?: boolean }
  | { kind: 'clarify' | 'unsupported' | 'help'; message: string; guess?: boolean };

/** Verbs of change (canonical): they count as an action, and with "all"/"every" they ask for a bulk write. */
export const WRITE_VERBS = [
  'restart',
  'rollback',
  'scale',
  'scale-up',
  'scale-down',
  'promote',
  'abort',
  'retry',
  'pause',
  'create',
  'deploy',
  'update',
  'delete',
  'kill',
  'stop',
  'reduce',
  'double',
  'halve',
  'triple',
];
const READ_VERBS = ['list', 'describe', 'logs'];

const EXPERIMENTS: readonly string[] = ChaosExperimentSchema.options;

const SUBORDINATE = new Set([
  'if',
  'before',
  'after',
  'while',
  'when',
  'since',
  'because',
  'until',
  'unless',
  'although',
  'once',
  'as',
]);

/**
 * The word after a word of change makes it a noun: the head of a compound ("the release train left", "before the deploy
 * pipeline kicks off") or the subject of a verb ("a rollback would be overkill", "what a rolling restart does").
 */
export function nounOfChange(next: string | undefined, word?: string): boolean {
  return /^(would|will|does|did|should|could|might|may|has|had)$/i.test(next ?? '') || namesAnEvent(next, word);
}

/** "launch day is close", "the launch went fine", "launch traffic": a word of change that names an event. */
export function namesAnEvent(next: string | undefined, word?: string): boolean {
  // "launch traffic": what a launch brings, where "switch traffic", "release traffic to the preview" move it.
  if (/^launch$/i.test(word ?? '') && /^(traffic|load|spike|crowd|rush)$/i.test(next ?? '')) return true;
  return /^(train|meeting|pipeline|notes?|freeze|window|plan|process|team|channel|captain|manager|calendar|schedule|days?|week|went|party|prep|retro|retrospective|post-?mortem|review|date|emails?|campaign|checklist|event|readiness|countdown|timeline|go)$/i.test(
    next ?? '',
  );
}

/**
 * A clause of time or reason starts at `at` with a subject of its own ("…, before the deploy pipeline kicks off",
 * "until the sale ends"): what it says is no action of the person's. "before restarting it", "before you restart it",
 * "before that, scale it" are actions asked in order; "than" may be a slip for "then".
 */
export function timeClauseAt(raw: string[], at: number): boolean {
  if (!/^(before|until|till|because|unless)$/i.test(raw[at] ?? '')) return false;
  const next = raw[at + 1] ?? '';
  if (/ing$|^(you|u|we|i|that|then|this|doing|it)$/i.test(next)) return false;
  return !WRITE_VERBS.includes(canonOf(next.toLowerCase())) || nounOfChange(raw[at + 2]);
}

/** "the new version has a bug": an adjective that shares a verb's meaning is no action. */
const ADJECTIVE = /^(new|newer|newest|fresh|latest)$/i;
/** "froze during the launch", "broken since the deploy": a word of change after a preposition of time is a noun. */
const TIME_PREPOSITION = /^(during|since|throughout|amid|until|till)$/i;
const DETERMINER =
  /^(my|your|his|her|their|our|its|a|an|the|more|fewer|many|few|several|lots|some|only|last|this|that|any|no|every|recent|first|next|same|one|big|small|whole|config|code|analysis|test|tests|dry|ci|cron|load|batch|nightly|canary|window|freeze|demo|sale|migration)$/i;

/** Words that add nothing to a verb: "hold on", "hold off on the canary", "pause it now". */
export const SAID_AGAIN =
  /^(it|them|that|this|the|on|off|up|please|pls|now|a|an|rollout|canary|just|too|for|me|us|there|right|away|ok|okay|sec|second|moment|minute|bit|let's|lets|let|s|go|ahead|so|and|yeah|yes|yep|yup)$/;
const bare = (words: string[]) => words.every((w) => SAID_AGAIN.test(w));

/** Number of clauses ("and", "then", commas) that each carry their own action. */
export function actionClauses(words: string[], raw: string[] = words): number {
  let count = 0;
  let clause: string[] = [];
  let clauseRaw: string[] = [];
  let sequenced = false;
  const counted: { verb: string; rest: string[] }[] = [];
  const flush = () => {
    // "abort payments then roll it back": a verb split around a pronoun, after a word of sequence, is an action.
    const rollBack = sequenced && clause.includes('roll') && clause.includes('back');
    // "before I start guessing, …": a clause of time or reason about the speaker is no action.
    // ", before the deploy pipeline kicks off", ", than leave it hanging": a clause of time or comparison, whatever its
    // subject, is no action of its own.
    if (
      (SUBORDINATE.has(clause[0]) && ['i', 'we', 'you', 'they', 'he', 'she', 'it', 'that', 'this'].includes(clause[1])) ||
      (timeClauseAt(clauseRaw, 0) && count > 0)
    ) {
      clause = [];
      clauseRaw = [];
      return;
    }
    // A read verb alone ("see <link>, set web …") reads nothing of its own.
    // "the crashlooping one": a state read as "describe" is no verb.
    const read =
      READ_VERBS.includes(clause[0]) &&
      !/^(crash\w*|fail\w*|broken|aborted|restarting|oomkilled|degraded|paused|ready|healthy|stuck|pending)$/i.test(
        clauseRaw[0] ?? '',
      ) &&
      clause.filter((w) => /[a-z0-9]/.test(w)).length > 1;
    // "the only change since Tuesday": a word of change after a determiner is a noun.
    // "is making grafana scream", "the marketing launch starts at 12": a progressive, or a noun before a verb of state.
    const verb = (w: string, k: number) =>
      WRITE_VERBS.includes(w) &&
      !ADJECTIVE.test(clauseRaw[k] ?? '') &&
      !DETERMINER.test(clauseRaw[k - 1] ?? '') &&
      !TIME_PREPOSITION.test(clauseRaw[k - 1] ?? '') &&
      // "ever since the 1.7.2 deploy": a version before a word of change makes it a noun; so does a count ("27
      // restarts", "two rollbacks").
      !/^v?\d+(\.\d+)+/.test(clauseRaw[k - 1] ?? '') &&
      !(
        /^(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|multiple|no)$/i.test(clauseRaw[k - 1] ?? '') &&
        /s$/i.test(clauseRaw[k] ?? '')
      ) &&
      !/^(is|are|was|were|keeps|been|being|am)$/i.test(clauseRaw[k - 1] ?? '') &&
      !/^(starts?|started|goes|went|lands?|landed|begins?|began|ends?|ended|finishe[sd]|happens|happened|broke|fails?|failed)$/i.test(
        clauseRaw[k + 1] ?? '',
      ) &&
      !nounOfChange(clauseRaw[k + 1], clauseRaw[k]);
    // "let's hold off on the canary, pause checkout", "pause the checkout rollout, hold on": the same verb again with
    // nothing of its own is the same action said twice.
    const k = clause.findIndex(verb);
    const again = k >= 0 && counted.some((c) => c.verb === clause[k] && (bare(c.rest) || bare(clause.filter((_, j) => j !== k))));
    if (k >= 0 && !again) counted.push({ verb: clause[k], rest: clause.filter((_, j) => j !== k) });
    if ((clause.some(verb) && !again) || rollBack || read) count++;
    clause = [];
    clauseRaw = [];
  };
  for (const [i, w] of words.entries()) {
    if (['and', 'then', 'plus', 'afterwards', 'after', 'also', '&', 'followed', 'next'].includes(w)) {
      flush();
      // "stuck after the abort earlier": a verb of change right after "after" with only a time is a noun of the past.
      if (
        w === 'after' &&
        /^(earlier|yesterday|today|tonight|last|this|before|at|\d+)$/.test(words[i + 2] ?? '') &&
        WRITE_VERBS.includes(words[i + 1] ?? '')
      ) {
        clause.push('the');
        clauseRaw.push('the');
      }
      sequenced = ['then', 'afterwards', 'after', 'followed', 'next'].includes(w);
    } else {
      clause.push(w);
      clauseRaw.push(raw[i]);
    }
  }
  flush();
  return count;
}

export function isWriteTool(tool: string): boolean {
  return !isReadTool(tool);
}

/** Reads the intent and its slots. Order matters: more specific readings come first. */
export function readIntent(p: Parsed): Draft {
  const has = (...xs: string[]) => xs.some((x) => p.set.has(x));
  const rawHas = (...xs: string[]) => xs.some((x) => p.raw.some((r) => r.toLowerCase() === x));
  const ns = p.namespaces[0];
  const name = p.names[0] ?? p.free[0];
  const tool = (t: string, args: Record<string, unknown>, extra: Partial<Extract<Draft, { kind: 'tool' }>> = {}): Draft => ({
    kind: 'tool',
    tool: t,
    args: { namespace: ns, ...args },
    ...extra,
  });
  const clarify = (message: string): Draft => ({ kind: 'clarify', message });

  // "flip the traffic over to the preview", "cut over to it": traffic moved to the new version is a promotion (a guess).
  const cutOver =
    p.names.length > 0 &&
    p.images.length === 0 &&
    ((rawHas('traffic') && rawHas('flip', 'switch', 'shift', 'move', 'swing', 'send', 'route', 'point')) ||
      (rawHas('cut', 'reduce', 'switch', 'update', 'flip') && p.words.some((w, i) => w === 'over' && p.words[i + 1] === 'to')));
  // "flip the traffic back to blue", "switch traffic over to the old version": back to the stable version.
  if (cutOver && rawHas('back', 'old', 'blue', 'stable', 'previous', 'original')) {
    return clarify(
      `Move traffic back to the stable version (abort the rollout of ${name}), or promote the new one? Say "abort ${name}" or "promote ${name}".`,
    );
  }
  if (cutOver && !/\d/.test(p.words.join(' ').replace(/\b\d+(\.\d+)+\b/g, ''))) {
    return tool('promote_rollout', { name, full: false }, { guess: true });
  }
  // "make the payments preview the active one", "switch payments to the preview": the preview made live (a guess).
  if (
    /\bpreview\b/i.test(p.raw.join(' ')) &&
    /\b(make|switch|flip|turn|put|swap|cut)\b/i.test(p.raw.join(' ')) &&
    p.names.length > 0 &&
    /\b(active|live|to the preview|over to the preview|the preview (the )?(active|live))\b/i.test(p.raw.join(' ')) &&
    !has('abort', 'rollback', 'describe') &&
    !NEGATION.test(p.raw.join(' '))
  )
    return tool('promote_rollout', { name, full: false }, { guess: true });
  // Chaos: stop one experiment ("stop the latency on web" too), list them, or start one.
  const experiment = chaosType(p);
  // "stop worker-pod-kill-z4m1n": an experiment's own name says what it is.
  const experimentName = [...p.pods, ...p.free].find(
    (t) => !EXPERIMENTS.includes(t) && EXPERIMENTS.some((e) => t.includes(`-${e}-`) || t.startsWith(`${e}-`)),
  );
  // "… (web-network-delay-k9p3m), kill it": ending a thing that carries an experiment's name stops the experiment.
  if (has('stop', 'abort', 'kill', 'delete') && experimentName) return tool('stop_chaos', { name: experimentName });
  if ((has('stop', 'abort') && (has('chaos') || experiment)) || (has('chaos') && has('delete', 'kill') && !experiment)) {
    // "stop the pod-kill experiment on api": a kind of experiment is no experiment's name.
    const exp =
      p.pods[0] ?? p.free.find((f) => f.includes('-') && !EXPERIMENTS.includes(f) && !/^(pod|network|cpu|memory)-/.test(f));
    if (!exp) return clarify('Which experiment should I stop? Say "list chaos experiments" to see their names.');
    return tool('stop_chaos', { name: exp });
  }
  if (has('chaos') && !has('create', 'add') && !experiment && chaosIsTopic(p)) return tool('list_chaos', {});
  // "is the latency experiment from this morning still running in staging?": a question about experiments that run.
  if (
    experiment &&
    !WRITE_VERBS.some((v) => has(v)) &&
    !has('create', 'add') &&
    /\bstill (going|running|on|active|there|up)\b|^(is|are|was)\b.*\b(running|active|going on|in progress)\b/.test(
      p.raw.join(' ').toLowerCase(),
    )
  )
    return tool('list_chaos', {});
  if (experiment) return launchChaos(p, experiment, tool, clarify);
  if (has('chaos') && has('create', 'add')) {
    return clarify(`Which experiment? One of ${EXPERIMENTS.join(', ')} (e.g. "add 200ms latency to web in staging").`);
  }

  const rolloutWord = rawHas(...ROLLOUT_WORDS);
  // "kill the checkout deployment", "stop deployment payments", "the payments app deployment": the kind of the object
  // named, not a release under way ("stop the deploy of checkout", "the checkout rollout" are).
  const releaseWord = p.raw.some(
    (r, i) =>
      ROLLOUT_WORDS.includes(r.toLowerCase()) &&
      r.toLowerCase() !== 'deployment' &&
      !(/^deploy$/i.test(r) && p.names.includes((p.raw[i - 1] ?? '').toLowerCase())),
  );
  // "retry payments, it's stuck after the abort": the abort is what is retried.
  // Not "abort the retry", "the retry failed so abort payments": a retry said as a noun is what is aborted.
  const retried =
    has('retry') &&
    !/\b(the|a|that|this|last) retry\b|\babort (the )?retry\b|\bretry (failed|is failing|fails|keeps failing|broke)\b/.test(
      p.raw.join(' ').toLowerCase(),
    );
  if ((has('abort') && !retried) || (has('stop', 'kill') && releaseWord)) return tool('abort_rollout', { name });

  // One pod by name; otherwise deleting is outside the catalog.
  // ("drop api in staging to zero" takes it to no replicas: a size, not a deletion.)
  if (has('delete', 'kill') && !has('replicas') && numberAfter(p.words, ['to']) !== 0) {
    // "delete that stuck pod, the one from the alert": a free word is a pod's name only if it looks like one.
    const pod = p.pods[0] ?? (has('pod') ? p.free.find((f) => /[-\d]/.test(f)) : undefined);
    if (pod) return tool('delete_pod', { name: pod });
    if (has('pod'))
      return clarify(
        'Which pod? Say its full name, e.g. "delete pod web-7d4b9c8f5-abcde in staging" ("pods of web in staging" lists them).',
      );
    return {
      kind: 'unsupported',
      message: cannotDo(
        'I cannot delete Deployments, Rollouts, namespaces or other objects; I can delete one pod by name, or scale a workload to 0.',
      ),
    };
  }

  // "restart pod web-7d4b9c8f5-x2k9q", "bounce just that pod …": a pod restarts by being deleted and recreated (a guess).
  // Not "the deployment that owns pod …", not "don't restart pod …".
  const said = p.raw.join(' ').toLowerCase();
  if (
    has('restart') &&
    p.pods.length === 1 &&
    p.names.every((n) => p.pods[0].startsWith(`${n}-`)) &&
    !/-(pod-kill|pod-failure|network-delay|network-loss|network-partition|cpu-stress|memory-stress)-/.test(p.pods[0]) &&
    !/\b(deployment|workload|owns|owning|owner|all|every)\b/.test(said) &&
    !NEGATION.test(said)
  )
    return tool('delete_pod', { name: p.pods[0] }, { guess: true });

  // Argo Rollouts.
  if (has('retry') || (has('try') && has('again'))) return tool('retry_rollout', { name });
  if (has('pause') && !has('promote')) return tool('pause_rollout', { name });
  // "go to 100% on checkout": "full" with no other verb can only mean the rollout.
  const otherVerb = [...WRITE_VERBS, ...READ_VERBS].some((v) => p.set.has(v));
  // "step the canary forward": a step ahead is a promotion.
  const stepAhead = has('step') && rawHas('forward', 'ahead', 'on');
  // "push checkout to 100%", "ship it all the way": a verb of shipping taken all the way, with no image, promotes.
  const shipFull = has('update', 'deploy') && p.images.length === 0 && p.tags.length === 0;
  // "move the staging checkout canary to 50%": the next weight of a canary is its next step.
  const toWeight =
    rawHas('canary') &&
    !rawHas('weight', 'set') &&
    /\bto (\d{1,2}) ?(%|percent)/.test(p.raw.join(' ')) &&
    !has('latency', 'packets', 'cost');
  if (toWeight && !has('abort', 'rollback', 'pause')) return tool('promote_rollout', { name, full: false }, { guess: true });
  // "the blue-green one waiting on a human, let it through": let a paused rollout go on.
  const letThrough = /\b(let it|wave it|let (the )?\w+) (through|proceed|continue|go ahead|roll on)\b/i.test(p.raw.join(' '));
  if (letThrough && !has('abort', 'rollback')) return tool('promote_rollout', { name, full: false }, { guess: true });
  // "skip one step", "skip a step on checkout": one step on, not all of them (a guess).
  if (
    /\bskip (?:(?:one|1|a|the next|next|a single|single)\s+)?(step|stage|pause)\b/i.test(p.raw.join(' ')) &&
    !has('abort', 'rollback')
  )
    return tool('promote_rollout', { name, full: false }, { guess: true });
  if (has('promote') || stepAhead || (has('full') && (rolloutWord || shipFull || (!otherVerb && p.names.length > 0)))) {
    const full = has('full') || numberAfter(p.words, ['to']) === 100 || numberBefore(p.words, ['%', 'percent']) === 100;
    // "go to 100% on checkout": no verb names the promotion, so the reading is a guess. "push checkout to 100%", "send
    // stg checkout all the way": a verb that moves the one workload named, all the way, with no image, names nothing else.
    const movedToFull =
      rawHas('push', 'send', 'take', 'move', 'bring') &&
      has('full') &&
      p.names.length === 1 &&
      p.images.length === 0 &&
      p.tags.length === 0 &&
      // Not down, back to the stable side, a size, a resource, or step by step (red-team round 157).
      !rawHas(
        'down',
        'off',
        'out',
        'stable',
        'active',
        'old',
        'older',
        'previous',
        'size',
        'replicas',
        'pods',
        'cpu',
        'memory',
        'ram',
        'step',
        'steps',
        'capacity',
        'resources',
      );
    return tool('promote_rollout', { name, full }, { guess: !has('promote') && !rolloutWord && !stepAhead && !movedToFull });
  }
  // "take web back to revision 1", "put api back to the previous version": back to an earlier revision is a rollback.
  const backTo = has('back') && (has('revision') || rawHas('previous', 'earlier', 'old', 'older', 'prior'));
  // "put api back the way it was", "put it back on what it was running before": its version before, not a count (a guess).
  const asItWas =
    has('back') &&
    /\b((the )?way it was|how it was|what(ever)? it was (running|on|using)|whatever it was( before)?|(the )?version it (was on|had|ran))\b/.test(
      p.raw.join(' ').toLowerCase(),
    ) &&
    !has('scale', 'scale-up', 'scale-down', 'replicas', 'pod', 'add', 'reduce', 'double', 'triple', 'halve', 'pause') &&
    // "put the HPA / the log level / the count back the way it was": something other than its version.
    !/\b(hpa|autoscal\w*|log|logs|logging|level|config|configmap|count|limits?|requests?|resources|paused?|down to|up to|taken|scaled|settings?|env|flags?|secret|annotations?|labels?)\b/.test(
      p.raw.join(' ').toLowerCase(),
    );
  if (has('rollback') || (has('roll') && has('back')) || backTo || asItWas) {
    const rev = numberAfter(p.words, ['revision', 'image']);
    // "roll back web to version 1", "to image 2", "to v2": a version said as a number may be a revision or a release.
    const at = p.words.findIndex((w) => w === 'revision' || w === 'image');
    const saidAs = at >= 0 ? (p.raw[at] ?? '').toLowerCase() : '';
    if (
      // ("revison", "rev" are revisions, typed.)
      (rev !== undefined && !/^(rev\w*|generation)$/.test(saidAs)) ||
      /(^|\s)v\d+(\s|$)/i.test(p.raw.join(' '))
    )
      return clarify(
        `A revision or a release? Say "roll back ${name ?? 'web'} to revision 1" (see "describe ${name ?? 'web'}" for its revisions) or "set image of ${name ?? 'web'} to …:1.7.1".`,
      );
    return tool(
      'rollback',
      { name, toRevision: rev !== undefined && Number.isInteger(rev) ? rev : undefined },
      // "to revision 1 (1.7.2)": a version said beside the revision may not be the one it holds.
      { guess: (asItWas && !backTo && !has('rollback') && !has('roll')) || p.tags.length > 0 },
    );
  }
  // "checkout got aborted by the analysis run; kick it off again": an aborted rollout started again is a retry.
  const raw = p.raw.join(' ').toLowerCase();
  if (
    /\babort(ed)?\b/.test(raw) &&
    /\b(kick (it|(the )?\w+) off|start (it|\w+) (again|over)|run (it|\w+) again|restart \w+ again|go again|get (it|\w+) going again)\b/.test(
      raw,
    )
  ) {
    return tool('retry_rollout', { name }, { guess: true });
  }
  if (has('restart')) return tool('restart', { name });
  if (has('stop')) {
    return clarify(
      `What should "stop" do${name ? ` for ${name}` : ''}? I can scale it to 0, abort a rollout, or stop a chaos experiment.`,
    );
  }

  // "new canary for staging checkout: 3.2.1": a new version of an existing workload is its image.
  if (p.names.length > 0 && p.tags.length === 1 && /\bnew (canary|version|build|release|image|tag)\b/.test(raw)) {
    return tool('set_image', { name }, { tag: p.tags[0], guess: true });
  }
  // "checkout is at 20%. take it straight to 100": the rollout's weight, all the way (a guess).
  if (
    numberAfter(p.words, ['to'], []) === 100 &&
    (rawHas('straight', 'canary', 'weight', 'steps', 'step') || /%/.test(p.raw.join(' '))) &&
    !has('replicas', 'pod')
  )
    return tool('promote_rollout', { name, full: true }, { guess: true });
  // "take web in prod to 1.9.0", "web in prod to 1.9.0 please": a workload taken to a version is its image (a guess).
  if (
    p.names.length === 1 &&
    p.tags.length === 1 &&
    /^v?\d+\.\d+(\.\d+)?([-+][\w.]+)?$/.test(p.tags[0]) &&
    // "we need worker in staging on 0.9.5", "web should be at 1.9.0": on a version wished for.
    (new RegExp(`\\bto ${p.tags[0].replace(/[.+]/g, '\\$&')}\\b`).test(raw) ||
      (new RegExp(`\\b(on|at) ${p.tags[0].replace(/[.+]/g, '\\$&')}\\b`).test(raw) &&
        /\b(wanna|need|needs|should)\b/.test(raw))) &&
    // Not "don't take web to 1.9.0", not "upgrade the controller that runs checkout to 1.7.0".
    !NEGATION.test(raw) &&
    !/\b(controller|chart|helm|operator|node|nodes|cluster|argo|kubernetes|k8s|that runs|which runs)\b/.test(raw) &&
    !has(
      'scale',
      'scale-up',
      'scale-down',
      'replicas',
      'pod',
      'add',
      'reduce',
      'double',
      'triple',
      'halve',
      'rollback',
      'logs',
      'cost',
    )
  ) {
    return tool('set_image', { name }, { tag: p.tags[0], guess: !has('update', 'deploy', 'image') });
  }
  const imageRequest =
    p.images.length || (p.tags.length && has('update', 'deploy', 'image')) || (has('create') && has('workload'));
  const scale = imageRequest ? undefined : readScale(p);
  if (scale?.missing) return clarify(scale.missing);
  if (scale) {
    return tool('scale', { name, replicas: scale.replicas }, { relative: scale.relative, guess: scale.verbless });
  }

  // Images: a new Deployment or a new image for an existing one ("update worker in prod" asks which image).
  const bareUpdate = p.names.length > 0 && has('update', 'deploy') && !has('describe', 'list', 'logs', 'cost', 'what', 'how');
  if (imageRequest || bareUpdate) return readImage(p, tool, clarify);

  if (has('logs') || (has('lines', 'line') && (p.names.length || p.pods.length))) {
    return tool('get_logs', {
      name: p.pods[0] ?? name,
      container: containerOf(p, p.pods[0] ?? name),
      tailLines: tailLines(p.words),
      sinceSeconds: sinceSeconds(p.words),
    });
  }
  // "which node is opencost running on": the workload named opencost, not its costs.
  // "what's the error worker keeps throwing?": its logs.
  if (
    p.names.length > 0 &&
    /\b(errors?|exceptions?|stack ?traces?)\b/.test(raw) &&
    (/\b(throw|throwing|logging|printing|spitting|saying|getting)\b/.test(raw) ||
      // "errors from web in prod in the last 5 min?": errors over a window are read in its logs.
      sinceSeconds(p.words) !== undefined) &&
    !WRITE_VERBS.some((v) => has(v))
  ) {
    return tool('get_logs', { name, tailLines: tailLines(p.words), sinceSeconds: sinceSeconds(p.words) });
  }
  const writeVerb = WRITE_VERBS.some((v) => has(v));
  // "is that network delay thing someone started against staging web still going?": the experiments running.
  if (
    !writeVerb &&
    /\b(chaos|experiments?|pod[- ]?kill|pod[- ]failure|network[- ]?(delay|loss|partition)|packet loss|cpu[- ]stress|memory[- ]stress|latency)\b/.test(
      raw,
    ) &&
    /\b(still (going|running|on|active|there|up)|running|active|going on|in progress)\b/.test(raw)
  ) {
    return tool('list_chaos', {});
  }
  // "which node is prometheus on", "how many restarts do the api pods have": where and how its pods run.
  if (
    p.names.length > 0 &&
    !writeVerb &&
    !has('cost') &&
    /\b(nodes?|restarts|restart counts?|crashloop(ing)?|oomkill(ed|s)?|pod ages?)\b/.test(raw) &&
    !/\b(restart|bounce|cordon|drain)\b(?! counts?)/.test(raw.replace(/\brestarts\b/g, ''))
  ) {
    return tool('list_pods', { workload: name });
  }
  // "show me the last 7 days per namespace" (after "is staging more expensive than prod?"): a window split by what
  // OpenCost aggregates by is a cost query, whatever word named the money.
  const costShaped =
    !WRITE_VERBS.some((v) => has(v)) &&
    !has('logs', 'pod') &&
    !/\b(requests|errors|incidents|changes|deploys|deployments done|rollouts|restarts|latency|alerts|pages)\b/.test(raw) &&
    /\b(per|by) (namespace|controller|deployment|pod|cluster)s?\b/.test(raw) &&
    (/\b(last|past|this) (\d+ )?(days?|weeks?|months?|hours?)\b|\b(yesterday|today)\b/.test(raw) ||
      // "what's driving that? break it down by deployment": only costs are broken down that way (a guess).
      /\bbreak (it |that |this |them )?down\b/.test(raw));
  const brokenDown = costShaped && !has('cost') && !/\b(last|past|this|yesterday|today)\b/.test(raw);
  // "what's the burn for the entire cluster over the last 24 hours", "cluster total for today?": the one number for
  // the whole cluster in a window is a cost (OpenCost's cluster total), whatever word named it.
  const clusterTotal =
    !writeVerb &&
    p.names.length === 0 &&
    /\bcluster\b/.test(raw) &&
    /\b(total|burn|overall|number|figure|bill)\b/.test(raw) &&
    (/\b(last|past|this) (\d+ )?(days?|weeks?|months?|hours?)\b|\b(yesterday|today|since midnight|so far)\b/.test(raw) ||
      has('cost'));
  if (
    has('cost') ||
    costShaped ||
    clusterTotal ||
    (p.dual.has('cost') &&
      !has(
        'describe',
        'list',
        'running',
        'which',
        'pod',
        'node',
        'logs',
        'replicas',
        'add',
        'update',
        'create',
        'restart',
        'scale',
        // "is opencost down?", "opencost healthy?": the workload's state, not its costs.
        'up',
        'down',
        'healthy',
        'unhealthy',
        'status',
        'alive',
        'dead',
        'broken',
        'stuck',
        'crashing',
        'working',
        'image',
        'version',
        'ok',
        'okay',
        'fine',
      ))
  ) {
    return tool(
      'query_costs',
      {
        window: costWindow(p.words),
        // "what's staging worker costing us": one workload's cost is read per deployment.
        // "what's costing the most in staging?": what inside one namespace costs most is its deployments.
        aggregate:
          costAggregate(p.raw, p.words) ??
          (p.names.length > 0 ||
          (p.namespaces.length === 1 &&
            /\b(most|top|biggest|highest|largest|priciest|costliest|most expensive)\b/i.test(p.raw.join(' ')))
            ? 'deployment'
            : undefined),
        top:
          numberAfter(p.words, ['top', 'most', 'which']) ??
          numberBefore(p.words, ['cost', 'most']) ??
          // "priciest 3 deployments": a count right after a cost word, before what is counted.
          topAfterCost(p.words),
      },
      // A total named by no word of money ("the burn for the whole cluster") is a cost by guess, for the person to confirm.
      // Money said only in a weak word ("paying a bill", "the billing account", "how much disk"): a cost by guess.
      // A weak word with a window or a breakdown ("last month's bill by namespace") is the cluster's cost.
      {
        guess:
          brokenDown ||
          (clusterTotal && !has('cost')) ||
          !(
            STRONG_COST.test(raw) ||
            (WINDOW_OR_BREAKDOWN.test(raw) && !/\b(?:account|id|email|contact|invoice number|address)\b/.test(raw))
          ),
      },
    );
  }
  if (has('pod')) return tool('list_pods', { workload: name });
  if (p.names.length || (p.free.length && has('describe'))) {
    if (has('describe', 'list', 'how', 'what', 'which', 'running', 'is', 'workload', 'image') || p.words.length <= 3)
      return tool('describe_workload', { name });
  }
  // "any rollouts in prod?": the Rollouts of a namespace are among its workloads.
  const rolloutsListed = /\b(rollouts|canaries)\b/.test(raw) && !writeVerb && p.names.length === 0;
  if (
    has('list', 'workload', 'running', 'what', 'describe', 'which') ||
    rolloutsListed ||
    (p.namespaces.length && p.words.length <= 2)
  ) {
    return tool('list_workloads', {}, { guess: !has('list', 'workload', 'running') });
  }
  if (has('help')) return { kind: 'help', message: '' };
  return { kind: 'unsupported', message: cannotDo('I did not understand that.'), guess: true };
}

function topAfterCost(words: string[]): number | undefined {
  const i = words.indexOf('cost');
  const n = Number(words[i + 1]);
  return i >= 0 && Number.isInteger(n) && /^(namespace|workload|pod|controller|deployment|cluster)s?$/.test(words[i + 2] ?? '')
    ? n
    : undefined;
}

/** "drop half the packets to worker", "a quarter of its traffic": a share of the traffic lost, in words. */
const SHARE_DROPPED =
  /(?:^|[.,;:!?]\s*|\b(?:please|pls|just|and|then|now|you|u|let'?s|let us)\s+)(?:drop|lose|block)\s+(half|a quarter)( of)?( the| its)? (packets|traffic|requests|calls)\b(?! (alerts?|logging|logs?|metrics)\b)(?![^.]*\bcanary\b)/i;
function shareDropped(p: Parsed): number | undefined {
  const share = SHARE_DROPPED.exec(p.raw.join(' '))?.[1].toLowerCase();
  return share === 'half' ? 50 : share === 'a quarter' ? 25 : undefined;
}

/**
 * "are the web pods ready again after the pod-kill?", "what did staging cost yesterday, with all the experiments?":
 * experiments named only as the time or the circumstance of a question about something else are not what it asks.
 */
const CHAOS_AS_CIRCUMSTANCE =
  /\b(?:since|after|during|with|before|through(?:out)?|for|from|around|until|till|while)\s+(?:all\s+)?(?:(?:the|this|that|these|those|our|its|today'?s|yesterday'?s|[a-z]+'s)\s+)?(?:[\w-]+\s+){0,2}?(?:chaos|experiments?|pod-?kills?|pod[- ]failures?|network[- ](?:delay|loss|partition)|game ?days?|drills?)(?:\s+(?:window|run|session|week|day|started|ran))?\b/gi;
const CHAOS_TOPIC =
  /\b(?:chaos|experiments?|pod-?kills?|pod[- ]failures?|network[- ](?:delay|loss|partition)|packet loss|cpu[- ]stress|memory[- ]stress|stress|latency|game ?days?|drills?)\b/i;

export function chaosIsTopic(p: Parsed): boolean {
  const said = p.raw.join(' ');
  const otherTopic =
    p.names.length > 0 ||
    p.pods.length > 0 ||
    /\b(cost|costs|spend|spent|bill|pods?|logs?|workloads?|deployments?)\b/i.test(said);
  // "how much did staging cost yesterday? finance wants the drill number": a drill or a game day named beside another
  // question is its occasion, not what is asked (blind146).
  const occasion = said
    .replace(CHAOS_AS_CIRCUMSTANCE, ' ')
    .replace(/\b(?:resilience |chaos |dr |failover )?(?:game ?days?|drills?)\b/gi, ' ');
  // (A chaos word of its own, "test" or "failover", is read as before.)
  return !otherTopic || !CHAOS_TOPIC.test(said) || CHAOS_TOPIC.test(occasion);
}

function chaosType(p: Parsed): string | undefined {
  const has = (...xs: string[]) => xs.some((x) => p.set.has(x));
  const explicit = p.raw.map((r) => r.toLowerCase()).find((r) => EXPERIMENTS.includes(r));
  if (explicit) return explicit;
  const reading = has('list', 'describe', 'cost', 'what', 'how') && !has('create', 'add', 'chaos', 'kill', 'delete', 'break');
  if (reading) return undefined;
  if (has('memory') && has('stress', 'create', 'chaos', 'add')) return 'memory-stress';
  if (has('cpu') && has('stress', 'create', 'chaos', 'add')) return 'cpu-stress';
  if (has('latency')) return 'network-delay';
  if (has('packets') || SHARE_DROPPED.test(p.raw.join(' '))) return 'network-loss';
  // "cut api off from the network", "cut its network off": no traffic at all.
  if (
    has('partition') ||
    (has('network') && has('break', 'delete', 'kill', 'stop')) ||
    /\bcut\b(?: [\w-]+){0,4} off\b(?: [\w-]+){0,6} network\b|\bcut\b(?: [\w-]+){0,3} network\b/i.test(p.raw.join(' '))
  )
    return 'network-partition';
  if (has('fail') && has('pod', 'chaos', 'create', 'replicas')) return 'pod-failure';
  if (has('kill') && has('pod', 'replicas', 'chaos', 'random') && !p.pods.length) return 'pod-kill';
  // "delete a random pod of web", "delete one pod of web": any pod of it. "delete pod web" names no pod: ask which.
  // "delete the stuck pod of web" means one pod in particular: a word describing it leaves pod-kill out.
  const pod = p.words.indexOf('pod');
  const anyPod = ['delete', 'random', '1', 'any'].includes(p.words[pod - 1]);
  if (has('delete') && has('pod') && !p.pods.length && anyPod && (has('random') || p.words[pod + 1] === 'of')) {
    return 'pod-kill';
  }
  return undefined;
}

type ToolFn = (t: string, args: Record<string, unknown>, extra?: Partial<Extract<Draft, { kind: 'tool' }>>) => Draft;

function launchChaos(p: Parsed, experiment: string, tool: ToolFn, clarify: (m: string) => Draft): Draft {
  const target = p.names[0] ?? p.free[0];
  if (!target) return clarify(`Which workload should the ${experiment} experiment target? Say "… on web in staging".`);
  const ds = durations(p.words);
  const latency = experiment === 'network-delay' ? latencyMs(p.words, ds) : undefined;
  return tool(
    'launch_chaos',
    {
      target,
      experiment,
      level: numberAfter(p.words, ['level', 'intensity', 'severity', 'radius', 'lvl']),
      durationSeconds: durationSeconds(ds, latency),
      latencyMs: latency,
      lossPercent: experiment === 'network-loss' ? (numberBefore(p.words, ['%', 'percent']) ?? shareDropped(p)) : undefined,
    },
    // "slow down the checkout rollout by 10ms steps": a rollout's pace may be meant, not latency (a guess).
    { guess: /\b(rollout|canary|steps?|pace|pacing)\b/i.test(p.raw.join(' ')) },
  );
}

interface ScaleReading {
  replicas?: number;
  /** Only a count was said ("3 pods of worker"): no verb or wish asks for it. */
  verbless?: boolean;
  relative?: Relative;
  missing?: string;
}

/** A word that says not to: "don't take web to 1.9.0", "do not restart pod …". */
const NEGATION = /\b(don'?t|do not|not|never|no)\b/;

/** Words that tell someone's opinion or a document's advice: "the doc suggests worker should be 3". */
const OPINION_TOLD =
  /^(agree[sd]?|says?|said|thinks?|thought|believes?|according|supposedly|claims?|reckons?|suggests?|suggested|recommends?|recommended|states?|stated)$/i;
const MADE = /^(make|put|and|it|them|that|the|in|on|of|please|pls|plz|now|asap|replicas?|pods?|instances?)$/i;

function readScale(p: Parsed): ScaleReading | undefined {
  const has = (...xs: string[]) => xs.some((x) => p.set.has(x));
  const numbers = p.words.filter(isNumber).map(Number);
  const scaleWord = has('scale', 'scale-up', 'scale-down', 'double', 'triple', 'halve');
  // "switch worker in staging off", "the staging one can be turned off until tomorrow": no replicas (a guess).
  const said = p.raw.join(' ').toLowerCase();
  if (
    p.names.length === 1 &&
    numbers.length === 0 &&
    /\b(turn|switch|shut|power)(ed)?( \S+){0,4}? (off|down)\b/.test(said) &&
    !/\b(experiment|chaos|latency|delay|loss|stress|partition|alerts?|alerting|logging|logs?|debug|features?|flags?|hpa|autoscal\w*|analysis|tracing|traces?|verbose|metrics|monitoring|canary|profil\w*|cache|cron\w*|jobs?|webhooks?|again|back on|and on|sidecar|probe|probes|why)\b|\?/.test(
      said,
    )
  )
    return { replicas: 0, verbless: true };
  // "3 pods of worker", "should have 4 pods": a pod count for a named workload is a replica count, unless read.
  const podCount = p.names.length > 0 && !has('list', 'describe', 'logs', 'cost') && numberBefore(p.words, ['pod']) !== undefined;
  // "web has 3 replicas, right?" states a fact; "should have 4" / "scale it so it has 4" asks for one.
  const asks = ['should', 'must', 'need', 'want', 'can', 'could', 'create', 'add', 'reduce', 'double', 'triple', 'halve'];
  if (has('has', 'was', 'were', 'did') && !has(...asks, 'scale', 'scale-up', 'scale-down', 'update')) return undefined;
  // "the HPA will take it to 20 on its own": a forecast, not a request ("will you …" is one).
  if (/\bwill (?!you\b|u\b)/i.test(p.raw.join(' ')) && !has(...asks, 'scale', 'scale-up', 'scale-down', 'update'))
    return undefined;
  // "get me more of these, last 300 lines from worker": lines of a log, no size.
  if ((has('logs') || has('line', 'lines')) && !has('replicas')) return undefined;
  const replicaWord = has('replicas') || podCount;
  // "take one replica off checkout": the phrasal verb split around its object ("take off" next to each other is merged).
  const takeOff = has('take') && has('off') && replicaWord;
  const change = has('add', 'reduce') || takeOff || (has('delete') && replicaWord);
  // "bump worker up by 2": "by N" with a direction and a workload is a relative size.
  const byDirection =
    p.names.length > 0 && numberAfter(p.words, ['by'], []) !== undefined && has('update', 'running', 'down', 'add', 'reduce');
  // "bump worker up to 4": a change verb with a target count and a workload.
  const setTo = has('update', 'add', 'reduce') && numberAfter(p.words, ['to'], []) !== undefined && p.names.length > 0;
  // "api prod -> 6": a workload and a target count, nothing else (read as a guess, see verbless below).
  // Not a canary's weight ("take it to 50"), a delay ("100ms … take it to 300"), or what an autoscaler will do.
  const bareTo =
    p.names.length > 0 &&
    numberAfter(p.words, ['to'], []) !== undefined &&
    !has('logs', 'cost', 'list', 'describe', 'pod', 'image', 'chaos', 'latency', 'revision') &&
    !/\b(canary|weight|delay|hpa|autoscal\w*|will|would|ms|milliseconds?)\b|%/i.test(p.raw.join(' '));
  // "make it 2", "make web in staging 4", "put web of prod 8": "make" or "put" with one workload and one count and nothing else is a size, guessed.
  const made =
    p.names.length === 1 &&
    numbers.length === 1 &&
    Number.isInteger(numbers[0]) &&
    // "payments in prod, make it 50": a count that large is more likely a canary's weight; "put the canary 30",
    // "put 8 in the incident doc" place something else.
    numbers[0] < 20 &&
    !(
      p.raw.some((r) => /^put$/i.test(r)) &&
      (/\b(canary|weight|percent|times|docs?|queue|ticket|steps?|notes?)\b|%/i.test(said) ||
        p.raw.some((r) => OPINION_TOLD.test(r)))
    ) &&
    p.raw.some((r) => /^(make|put)$/i.test(r)) &&
    !p.raw.some((r) => /^(revisions?|versions?|images?|tags?|builds?|minutes?|mins?|seconds?|hours?)$/i.test(r)) &&
    p.words.every(
      (w, i) => isNumber(w) || p.names.includes(w) || p.namespaces.includes(w) || p.spaceWords.has(w) || MADE.test(p.raw[i] ?? w),
    );
  // "I want staging web at 3", "put prod api at 6", "keep worker on 2": a workload and a count after "at"/"on" with a
  // wish or a placing verb, guessed (not a time, a weight or a state: "checkout at 50" is more likely a canary's weight).
  const atCount =
    p.names.length === 1 &&
    numbers.length === 1 &&
    Number.isInteger(numbers[0]) &&
    numbers[0] < 20 &&
    // The count is the last word or is followed by a replica word ("at 0 downtime", "on 3 threads" are no sizes).
    p.words.some(
      (w, i) =>
        // "api in staging should be 2": a count wished for after "should be" too, not an opinion told ("everyone
        // agrees worker should be 3").
        (w === 'at' ||
          w === 'on' ||
          (/^be$/i.test(p.raw[i] ?? '') &&
            /^(should|must|to)$/i.test(p.raw[i - 1] ?? '') &&
            !p.raw.some((r) => OPINION_TOLD.test(r)))) &&
        /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(p.raw[i + 1] ?? '') &&
        // "I need web at 5 in staging": the namespace after the count.
        (/^(replicas?|pods?|instances?|please|pls|plz|now|asap|and|)$/i.test(p.raw[i + 2] ?? '') ||
          (/^in$/i.test(p.raw[i + 2] ?? '') && p.spaceWords.has(p.words[i + 3] ?? ''))),
    ) &&
    !p.words.some((w) => NEGATION.test(w)) &&
    (p.raw.some((r) => /^(wants?|wanna|needs?|like|put|have|should|let'?s)$/i.test(r)) ||
      p.words.every(
        (w, i) =>
          isNumber(w) ||
          p.names.includes(w) ||
          p.spaceWords.has(w) ||
          /^(at|on|please|pls|plz|now|asap|replicas?|pods?|instances?|the|in|and|it|them)$/i.test(p.raw[i] ?? w),
      )) &&
    !has(
      'is',
      'are',
      'was',
      'were',
      'has',
      'had',
      'since',
      'when',
      'why',
      'how',
      'what',
      'logs',
      'cost',
      'describe',
      'image',
      'chaos',
      'latency',
      'revision',
    ) &&
    !/\b(canary|weight|steps?|am|pm|o'?clock|tonight|tomorrow|today|hpa|autoscal\w*|ms|percent|cpu|memory|version|v)\b|%|\d[:.]\d/i.test(
      said,
    );
  if (
    !scaleWord &&
    !made &&
    !atCount &&
    !setTo &&
    !bareTo &&
    !byDirection &&
    !(replicaWord && (numbers.length || change)) &&
    !(change && numbers.length && p.names.length) &&
    !(change && p.names.length && /\bby (a |one )?(third|quarter|half)\b/i.test(p.raw.join(' ')))
  ) {
    return undefined;
  }
  // "coredns to 3 replicas please": a count with its unit after "to" asks for that count.
  const toCount = has('replicas') && numberAfter(p.words, ['to'], []) !== undefined;
  // "prod web 8 replicas": a workload and its count with the unit say what they want without a verb.
  // "since when is web at 2 replicas" states a count; it does not ask for one.
  const counted =
    numbers.length === 1 &&
    !has('is', 'are', 'was', 'were', 'has', 'have', 'had', 'at', 'since', 'when', 'why', 'how', 'what') &&
    p.words.some((w, i) => w === String(numbers[0]) && p.words[i + 1] === 'replicas');
  const verbless =
    made ||
    atCount ||
    setToCount(p) ||
    (!scaleWord && !setTo && !byDirection && !change && !toCount && !counted && !has(...asks, 'update', 'running'));
  const reading = readCount(p, change, takeOff, replicaWord, numbers);
  return reading.missing ? reading : { ...reading, verbless };
}

/** "set web in staging to 3": "set" to a whole number and no word of versions is a count, guessed. */
function setToCount(p: Parsed): boolean {
  const n = numberAfter(p.words, ['to'], []);
  return (
    n !== undefined &&
    Number.isInteger(n) &&
    n < 20 &&
    p.names.length === 1 &&
    // "we set worker in prod to 5 yesterday" tells what was done; only a "set" asked for is one, and not one for a
    // time, a unit or a condition after the count ("to 3 pm", "to 3 threads", "to 2 already", "… if the alert fires").
    p.raw.some((r, i) => /^set$/i.test(r) && (i === 0 || /^(you|u|please|pls|just|to|and|then|now)$/i.test(p.raw[i - 1]))) &&
    !p.raw
      .slice(p.raw.findIndex((r, i) => /^to$/i.test(r) && isNumber(p.words[i + 1] ?? '')) + 2)
      .some((r) =>
        /^(am|pm|p\.m\.|a\.m\.|o'?clock|threads?|cores?|cpus?|times|when|once|if|unless|already|yesterday|ago|earlier|last|before|after|tomorrow|tonight|right|later|soon|retries|retry|seconds?|minutes?|hours?|or)$/i.test(
          r,
        ),
      ) &&
    !p.raw.some((r) =>
      /^(bump|bumped|upgrade|upgraded|update|updated|version|versions|tag|image|images|build|release|v|replicas?|pods?|instances?|copies|count)$/i.test(
        r,
      ),
    )
  );
}

function readCount(p: Parsed, change: boolean, takeOff: boolean, replicaWord: boolean, numbers: number[]): ScaleReading {
  const has = (...xs: string[]) => xs.some((x) => p.set.has(x));
  // "to 5%", "to 5 minutes": a number with a unit is no replica count.
  // "to 4 cpus", "to 2 gb": a resource, not a replica count.
  const unit = (n: number) =>
    p.words.some(
      (w, i) =>
        w === String(n) &&
        (/^(%|percent|cpu|memory|gb|gib|mb|mib|gi|mi|nodes?|rps|qps|users?|connections?|clusters?|steps?|levels?|regions?|zones?|namespaces?|services?|apps?|deployments?|workloads?|lines?|rows?|entries|messages?|errors?|requests?|events?|logs?)$/.test(
          p.words[i + 1] ?? '',
        ) ||
          /^(step|level)$/.test(p.words[i - 1] ?? '') ||
          unitSeconds(p.words[i + 1] ?? '') !== undefined),
    );
  const count = (replicas: number): ScaleReading => (unit(replicas) ? { missing: MISSING_COUNT } : { replicas });
  // "give web 2 replicas back", "to what it was at 3": a count from before, which the bot cannot see.
  // "put it back to what it was before, 2 replicas in staging": the count itself is said too.
  const said = p.raw.join(' ').toLowerCase();
  const stated = /(?<!\b(at|from|was|were|had|of) )\b\d+ (replicas?|pods?)\b(?! back)/.test(said);
  if (
    /\b\d+ (replicas?|pods?) back\b/.test(said) ||
    (/\bto (what|(the )?(count|number|size))( (it|they))? (was|were|had)\b/.test(said) && !stated)
  ) {
    return { missing: 'I do not keep a history of counts: how many replicas should it have now?' };
  }
  // "upgrade api to 3": a version, or a count? Only "replicas" or a verb of size says. "bump worker to 2" is a count:
  // writers of every blind batch read it so, and a bare number is no tag a registry is pushed with.
  const bareTo =
    numberAfter(p.words, ['to'], []) !== undefined && !has('by') && !p.raw.some((r) => /^(up|down|bump|bumped)$/i.test(r));
  if (
    bareTo &&
    has('update') &&
    !setToCount(p) &&
    !replicaWord &&
    !has('scale', 'scale-up', 'scale-down', 'add', 'reduce', 'double', 'triple', 'halve')
  ) {
    return { missing: 'A version or a count? Say "bump api to 3 replicas", or the image: "set api to registry/repo:3".' };
  }
  // "scale web down 2": down by 2 or down to 2?
  const bare = p.raw.findIndex(
    (w, i) => ['down', 'up', 'scale-down', 'scale-up'].includes(w.toLowerCase()) && isNumber(p.words[i + 1] ?? ''),
  );
  if (bare >= 0 && !has('to', 'by')) return { missing: 'By that many, or to that many? Say "scale web down to 2" or "… by 2".' };
  // "scale down web from 6", "scale down web 2 replicas", "launch 2 replicas of api", "2 new replicas": by or to?
  if (
    (numberAfter(p.words, ['from'], []) !== undefined && numberAfter(p.words, ['to'], []) === undefined) ||
    (p.raw.some((r) => /^(down|up|scale-down|scale-up)$/i.test(r)) &&
      !has('to', 'by') &&
      numbers.length > 0 &&
      !has('add', 'reduce', 'delete')) ||
    /\b(launch|provision|start|deploy|create|spin up)\s+\d+\s+(new\s+)?(replicas?|pods?|instances?)\b|\b\d+ new (replicas?|pods?|instances?)\b/.test(
      p.raw.join(' ').toLowerCase(),
    )
  ) {
    return { missing: BY_OR_TO };
  }
  // "scale web to 2 more", "scale web one down", "spin up 2 replicas of web": a count that is a change and a size at once.
  const raw = p.raw.join(' ').toLowerCase();
  if (
    /\bto \d+ (more|fewer|less)\b|(?<!\bfrom )\b(\d+|one|two|three) (down|up)\b(?! (to|by)\b)|\b(spin up|create) \d+ (replicas?|pods?|instances?)\b/.test(
      raw,
    )
  ) {
    return { missing: BY_OR_TO };
  }
  // "we need two more to chew through the backlog": that many more.
  const needMore = /\bneeds? (\d+) more\b/.exec(raw);
  if (needMore && p.names.length > 0) return { relative: { op: 'add', n: Number(needMore[1]) } };
  // "web has 2 replicas but needs 4": the count it needs.
  const needed =
    /\bneeds? (to (have|be at|run) )?(\d+)\b(?!\s*((replicas?|pods?|instances?)\s+)?(more|fewer|less|extra|additional|%|percent|x\b))/.exec(
      raw,
    );
  if (needed) return count(Number(needed[3]));
  // "scale up prod worker by 2 at 9": with a change said by a number, "at" tells a time.
  // "scale 2x prod web", "replicas 3x", "scale down prod web by 2x", "3x smaller": a factor, never the count itself. After
  // a word of going down ("reduce", "scale back"), or before "smaller", it divides ("… 2x so we cut the p99" does not:
  // the cut is the reason).
  const factor = numberBefore(p.words, ['x']);
  if (factor && numberAfter(p.words, ['to'], []) === undefined) {
    const at = p.words.indexOf('x');
    const up = has('scale-up') || p.raw.some((r) => /^up$/i.test(r));
    const down =
      p.words.slice(0, at).some((w) => ['reduce', 'scale-down', 'down', 'back'].includes(w)) ||
      // "scale prod web in 2x", "scale worker in by 3x": scaling in.
      p.words[at - 2] === 'in' ||
      (p.words[at - 2] === 'by' && p.words[at - 3] === 'in') ||
      /^(smaller|less|fewer|down|lower|reduce|scale-down)$/.test(p.words[at + 1] ?? '');
    return { relative: { op: down && !up ? 'div' : 'mul', n: factor } };
  }
  // "we're at 6 on prod web, go to 9": "to" names the count; "at" only when no "to" does.
  const to =
    numberAfter(p.words, ['to'], []) ??
    (numberAfter(p.words, ['by'], []) !== undefined ? undefined : numberAfter(p.words, ['at'], [])) ??
    numberAfter(p.words, ['replicas', 'scale'], ['to', 'of', 'is', '=']);
  if (to !== undefined) return count(to);
  // "cut prod web by a third", "grow worker by half": a share of what it has.
  const fraction = /\bby (a |one )?(third|quarter|half)\b/.exec(raw);
  if (fraction) {
    const part = { third: 1 / 3, quarter: 1 / 4, half: 1 / 2 }[fraction[2] as 'third' | 'quarter' | 'half'];
    return { relative: { op: 'mul', n: has('reduce', 'scale-down', 'down', 'delete') ? 1 - part : 1 + part } };
  }
  if (has('double')) return { relative: { op: 'mul', n: 2 } };
  if (has('triple')) return { relative: { op: 'mul', n: 3 } };
  if (has('halve')) return { relative: { op: 'div', n: 2 } };
  const attached =
    numberAfter(p.words, ['by'], []) ??
    numberAfter(p.words, ['add', 'reduce', 'delete', 'take'], []) ??
    numberBefore(p.words, ['add', 'reduce']);
  // "increase api prod, 6 pods", "grow web in staging for 2", "reduce api in prod, 3 pods": a number the verb of change
  // does not take ("by", "add 2", "2 more") may be the new count or the change: asked.
  const loose = attached === undefined && (change || has('scale-up', 'scale-down')) ? numbers[0] : undefined;
  if (loose !== undefined) {
    const at = p.words.indexOf(String(loose));
    const after = p.words.slice(at + 1, at + 4);
    if (
      !after.some((w) => /^(more|extra|additional|fewer|less|add|reduce)$/.test(w)) &&
      !/^(%|percent)$/.test(after[0] ?? '') &&
      !/^(add|reduce)$/.test(p.words[at - 1] ?? '') &&
      // "add web in staging 2 replicas": "add" (not "increase") names what is added.
      !(
        p.raw.some((r) => /^(add|remove|subtract|plus|minus)$/i.test(r)) &&
        /^(replicas?|pods?|instances?|copies)$/.test(after[0] ?? '')
      )
    )
      return { missing: BY_OR_TO };
  }
  const by = attached ?? loose;
  // "scale web up by 2" / "scale web down by one": the direction may sit apart from the verb.
  const up = has('scale-up', 'running');
  const down = has('reduce', 'scale-down', 'down') || takeOff || (has('delete') && replicaWord);
  // "remove all replicas from worker": none left.
  if (has('all') && replicaWord && down && numbers.length === 0) return { replicas: 0 };
  // "bump web by 2", "scale web by 2": "by N" is a change of N (up unless a word says down).
  const byN = numberAfter(p.words, ['by'], []) !== undefined;
  // "scale web by 2": 2 more, or twice as many? Only a direction or a verb of adding says which.
  if (byN && has('scale') && !change && !up && !down && !has('update')) {
    return { missing: 'By 2 more, or to twice as many? Say "add 2 replicas to web in staging" or "double web in staging".' };
  }
  // "increase checkout by 50%": a share of the live count.
  const percent = by !== undefined && p.words.some((w, i) => w === String(by) && /^(%|percent)$/.test(p.words[i + 1] ?? ''));
  if (percent && (change || up || down || byN)) return { relative: { op: 'mul', n: 1 + ((down ? -1 : 1) * by) / 100 } };
  if (by !== undefined && (change || up || down || byN)) return { relative: { op: 'add', n: down ? -by : by } };
  // "add a replica" / "remove a replica": one (the article was dropped with the filler).
  if (change && numbers.length === 0 && p.raw.some((r) => /^(replica|instance|copy|pod)$/i.test(r))) {
    return { relative: { op: 'add', n: down ? -1 : 1 } };
  }
  const plain = numberBefore(p.words, ['replicas', 'pod']) ?? (numbers.length === 1 ? numbers[0] : undefined);
  if (plain !== undefined) return count(plain);
  return { missing: MISSING_COUNT };
}

/** Words of a rollout or a release of one ("the checkout canary", "cancel the blue-green switch", "the cutover"). */
const ROLLOUT_WORDS = [
  'canary',
  'rollout',
  'release',
  'deploy',
  'deployment',
  'upgrade',
  'update',
  'promotion',
  'blue-green',
  'bluegreen',
  'cutover',
  'switchover',
];
const BY_OR_TO = 'By that many, or to that many? Say "scale web to 4" or "add 2 replicas to web".';
const MISSING_COUNT = 'To how many replicas? Say e.g. "scale web in staging to 4" or "add 2 replicas to web".';

function readImage(p: Parsed, tool: ToolFn, clarify: (m: string) => Draft): Draft {
  const has = (...xs: string[]) => xs.some((x) => p.set.has(x));
  const image = p.images[0];
  // The new name: "called X", "named X", "as X", "deployment X".
  let newName: string | undefined;
  let namedBy: string | undefined;
  // Explicit naming words first: "as a fresh deployment named web-next" is named web-next.
  const naming = (i: number) =>
    ['called', 'named', 'as', 'name'].includes(p.words[i]) || (p.words[i] === 'workload' && has('create'));
  const explicitFirst = (i: number) => (['called', 'named', 'name'].includes(p.words[i]) ? 0 : 1);
  const order = p.words
    .map((_, i) => i)
    .filter((i) => i < p.words.length - 1 && naming(i))
    .sort((a, b) => explicitFirst(a) - explicitFirst(b) || a - b);
  for (const i of order) {
    // After "name"/"named"/"called" the next word is the name as typed, even a common one ("named billing").
    const explicit = ['called', 'named', 'name'].includes(p.words[i]);
    // "name is notifier", "name: notifier", "name = notifier".
    // "name it pdf-renderer", "call it mailer": the name after the pronoun.
    const at =
      p.words[i] === 'name' && ['is', ':', '='].includes(p.words[i + 1])
        ? i + 2
        : ['it', 'them'].includes(p.words[i + 1]) && ['name', 'called'].includes(p.words[i])
          ? i + 2
          : i + 1;
    const next = explicit ? p.raw[at]?.toLowerCase() : p.words[at];
    // "New service alert!": a headline, no name.
    if (
      next &&
      !/^(alert|announcement|update|request|ticket|incoming|heads-up|idea|proposal|time|day)$/.test(next) &&
      !p.images.includes(p.raw[at]) &&
      /^[a-z0-9][-a-z0-9.]*$/.test(next) &&
      // "a new deployment name notify": the name comes after "name".
      // "named for the echo team": after the naming word, a word that goes on the sentence is no name.
      ![
        'name',
        'named',
        'called',
        'whatever',
        'however',
        'anything',
        'something',
        'it',
        'for',
        'after',
        'by',
        'because',
      ].includes(next) &&
      !isNumber(next) &&
      (explicit || !isKnownWord(next))
    ) {
      newName = next;
      namedBy = p.words[i];
      break;
    }
  }
  const existing = p.names[0];
  // Next to an existing workload, "new" describes the image ("deploy the new build to web") and "put"/"use"/"run"
  // place one on it ("put the image … on worker"): only "create", "spin up" and the like ask for a new Deployment.
  // "a new deployment called web" asks for a new one, whatever exists.
  const newObject = p.raw.some((r, i) => r.toLowerCase() === 'new' && p.words[i + 1] === 'workload') || has('called', 'named');
  const onlyNew =
    existing !== undefined &&
    !newObject &&
    p.raw.every((r, i) => p.words[i] !== 'create' || ['new', 'put', 'apply', 'run'].includes(r.toLowerCase()));
  // "get a copy of web up in staging", "a test instance of web": a second one beside web, which needs a name of its own.
  if (existing !== undefined && !newName && /\b(copy|clone|instance|duplicate|second|another)\b/i.test(p.raw.join(' ')))
    return clarify(
      `A new Deployment beside ${existing} needs a name of its own: say "create deployment NAME in NAMESPACE with image IMAGE".`,
    );
  // "deploy the new build to staging: …/web:1.9.0": what is new (a build, a release) names no Deployment.
  const named = p.free.filter((w) => !GENERIC.test(w));
  const generic = !newName && p.free.some((w) => GENERIC.test(w));
  const builtFor = image?.split('/').at(-1)?.split(/[:@]/)[0];
  // (A name the namespace does not have is asked back when the call is resolved.)
  if (generic && existing === undefined)
    return builtFor
      ? tool('set_image', { name: builtFor, image }, { guess: true })
      : clarify(
          'Which workload should get it, or what should a new Deployment be called? Say "set image of web in staging to registry/repo:tag" or "create deployment NAME …".',
        );
  if ((has('create') && !onlyNew) || (newName && newName !== existing)) {
    // "we need a scratch service …: create `loadgen` in staging": the name the verb takes before any other.
    // ("create search-v2 …": a name with a number after its dash, which could be a pod's, is the new name there.)
    const afterVerb = p.words.findIndex(
      (w, i) => w === 'create' && (named.includes(p.words[i + 1]) || p.pods.includes(p.words[i + 1])),
    );
    const nm = newName ?? (afterVerb >= 0 ? p.words[afterVerb + 1] : named[0]);
    // "called tbd", "named placeholder-name": a name not decided yet.
    if (!nm || /\b(tbd|tba|tbc|todo|placeholder|your-choice)\b|^(in|the|a|an)$/.test(nm))
      return clarify('What should the new Deployment be called? Say "create deployment NAME in NAMESPACE with image IMAGE".');
    if (!image) return clarify(`Which image should ${nm} run? Say "… with image registry/repo:tag".`);
    // After "as", a word may say how rather than what ("as discussed", "as usual", "as daemon-set", "as headless", "as
    // a backup": red-team round 158, where a list of such words kept missing some): a name given only by "as" is the
    // requester's to confirm, unless it is the image's own ("deploy …/weather-banner:1.2.0 as weather-banner").
    const how =
      (namedBy === 'as' && nm !== builtFor) || (newName === undefined && /\bas (a|an|the|our|my)\b/i.test(p.raw.join(' ')));
    return tool(
      'create_deployment',
      {
        name: nm,
        image,
        replicas: numberBefore(p.words, ['replicas', 'pod']) ?? numberAfter(p.words, ['replicas'], ['of', '=', 'to']),
        port: numberAfter(p.words, ['port'], ['of', 'is', '=', 'on']),
      },
      { guess: how },
    );
  }
  const target = existing ?? p.free[0];
  // "deploy ghcr.io/acme/worker:0.9.5 to production": the workload the image is built for, by the image's own name (a
  // guess; a name the namespace does not have is asked back when the call is resolved).
  const built = image?.split('/').at(-1)?.split(/[:@]/)[0];
  if (!target && image && built) return tool('set_image', { name: built, image }, { guess: true });
  if (!target) return clarify('Which workload should get the new image? Say "set image of web in staging to registry/repo:tag".');
  const container = containerOf(p, target);
  if (image) return tool('set_image', { name: target, image, container });
  return tool('set_image', { name: target, container }, { tag: p.tags[0] });
}

/** What is new about a release, not a Deployment's name: "the new build", "the new rc", "a fresh artifact". */
const GENERIC =
  /^(builds?|rcs?|artifacts?|releases?|versions?|images?|tags?|hotfix(es)?|patch(es)?|fix(es)?|cuts?|drops?|candidates?|snapshots?|nightly|nightlies|binary|binaries|bits|code|changes?|stuff|thing|things|one|ones)$/;

const AFTER_CONTAINER = new Set(['should', 'must', 'gets', 'needs', 'only', 'alone', 'too', 'also', 'image']);

const NOT_CONTAINER = new Set(
  'the a an in of its this that to for on with and each every all image one named called env environment namespace ns cluster deployment deploy rollout workload'.split(
    ' ',
  ),
);

/** A container named in words: "the app container", "in container sidecar", "container named proxy". */
function containerOf(p: Parsed, target: string | undefined): string | undefined {
  // "container" reads as "pod" once canonical: find it in the raw words.
  const i = p.raw.findIndex((r) => r.toLowerCase() === 'container');
  if (i < 0) return undefined;
  // The name as typed ("app" reads as "workload" once canonical).
  const at = (j: number) => (j >= 0 && j < p.raw.length ? p.raw[j].toLowerCase() : undefined);
  // Before "container" a verb is no name ("set container worker …"); after it, the name may be the workload's own.
  const fits = (j: number, after: boolean) => {
    const w = at(j);
    return (
      w !== undefined &&
      /^[a-z][-a-z0-9]*$/.test(w) &&
      !NOT_CONTAINER.has(w) &&
      // ("in stg container api": a namespace said by its alias is no container either.)
      !p.namespaces.includes(p.words[j]) &&
      !p.spaceWords.has(p.words[j]) &&
      !p.spaceWords.has(w) &&
      !p.pods.includes(w) &&
      !isNumber(p.words[j]) &&
      (after ||
        // "the web container on web", "only the api container should get …": the container, named like the workload.
        // ("just the web container": a container singled out by name.)
        ((w !== target ||
          ['of', 'in', 'for', 'on', 'should', 'must', 'gets', 'needs', 'to'].includes(at(i + 1) ?? '') ||
          [at(j - 1), at(j - 2)].some((x) => x === 'just' || x === 'only')) &&
          ![...WRITE_VERBS, ...READ_VERBS].includes(p.words[j])))
    );
  };
  // "the sidecar container named queue-proxy": a name said as such comes first.
  if (['named', 'called'].includes(at(i + 1) ?? '') && fits(i + 2, true) && !AFTER_CONTAINER.has(at(i + 2) ?? ''))
    return at(i + 2);
  // "the envoy sidecar container": the name before the kind of container.
  if (at(i - 1) === 'sidecar' && fits(i - 2, false)) return at(i - 2);
  if (fits(i - 1, false)) return at(i - 1);
  // ("container is istio-proxy": a name of a sidecar's shape after "is"; "the container is crashing" names none.)
  const copula = at(i + 1) === 'is' && /[-\d]/.test(at(i + 2) ?? '');
  const j = ['named', 'called'].includes(at(i + 1) ?? '') || copula ? i + 2 : i + 1;
  // "… container should get …": a word of the sentence after it is no name.
  return fits(j, true) && !AFTER_CONTAINER.has(at(j) ?? '') ? at(j) : undefined;
}

/** A window of time or a breakdown, which only a cost question has beside a word of money. */
const WINDOW_OR_BREAKDOWN =
  /\b(?:last|past|this|so far|yesterday|today|fortnight|monthly|weekly|daily|\d+ days?)\b|\b(?:per|by) (?:namespace|deployment|pod|controller|cluster|team)s?\b|\btop \d+\b|\bmost\b/;
/** Words that name what the cluster's workloads cost, not money in general ("bill", "pay", "price"). */
const STRONG_COST =
  /\b(?:costs?|costing|costed|spend|spends|spent|spending|spender|spenders|costly|costlier|costliest|pricey|pricier|priciest|expensive|cheapest|chargebacks?|showback|opencost (?:says|numbers|data|report))\b/;
