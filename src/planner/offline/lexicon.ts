import { closestUnique } from '../fuzzy.ts';

/**
 * The planner's words. Each synonym maps to one canonical word that the intent rules read, so the rules never
 * list spellings: "bounce", "recycle", "reboot" all arrive as "restart". Unknown words are corrected to the
 * closest vocabulary word (or workload/namespace name) within a typo budget.
 */
const SYNONYMS: Record<string, string[]> = {
  restart: [
    'restart',
    'restarts',
    'restarted',
    'restarting',
    'bounce',
    'recycle',
    'reboot',
    'reload',
    'redeploy',
    'cycle',
    'kick',
    'refresh',
    'rollout-restart',
  ],
  rollback: ['rollback', 'revert', 'undo', 'downgrade', 'roll-back', 'unroll'],
  scale: ['scale', 'scaled', 'scaling', 'resize', 'rescale'],
  promote: ['promote', 'proceed', 'advance', 'continue', 'resume', 'unpause'],
  abort: ['abort', 'aborted'],
  retry: ['retry', 'rerun', 're-run', 'reattempt'],
  pause: ['pause', 'freeze', 'hold', 'suspend'],
  create: [
    'create',
    'new',
    'spin',
    'provision',
    'make',
    'start',
    'launch',
    'run',
    'setup',
    'stand',
    'inject',
    'introduce',
    'trigger',
    'simulate',
    'cause',
    'apply',
    'put',
    'induce',
    'generate',
    'begin',
  ],
  deploy: ['deploy', 'ship', 'release', 'push', 'roll-out'],
  rollout: ['rollout', 'rollouts'],
  update: ['update', 'set', 'change', 'bump', 'upgrade', 'switch', 'use', 'move', 'modify', 'patch'],
  delete: ['delete', 'remove', 'rm', 'destroy', 'drop', 'nuke', 'terminate', 'evict', 'erase', 'purge', 'wipe'],
  kill: ['kill', 'murder', 'shoot'],
  stop: ['stop', 'end', 'halt', 'cancel', 'finish', 'quit', 'cease'],
  add: ['add', 'increase', 'raise', 'grow', 'bump-up', 'more'],
  reduce: ['reduce', 'decrease', 'lower', 'shrink', 'fewer', 'less', 'trim'],
  list: [
    'list',
    'ls',
    'show',
    'display',
    'get',
    'view',
    'see',
    'give',
    'enumerate',
    'print',
    'fetch',
    'find',
    'tell',
    'pull',
    'read',
    'dump',
  ],
  describe: [
    'describe',
    'status',
    'inspect',
    'details',
    'detail',
    'info',
    'information',
    'health',
    'healthy',
    'check',
    'state',
    'doing',
    'going',
    'progress',
    'look',
    'overview',
    'summary',
  ],
  logs: ['log', 'logs', 'logging', 'stdout', 'stderr', 'output', 'tail'],
  pod: ['pod', 'pods', 'container', 'containers'],
  replicas: ['replica', 'replicas', 'copies', 'copy', 'replica-count', 'instance', 'instances'],
  cost: [
    'cost',
    'costs',
    'costing',
    'spend',
    'spent',
    'spending',
    'bill',
    'billing',
    'expensive',
    'price',
    'pricing',
    'money',
    'dollars',
    'budget',
    'cheap',
    'cheapest',
    'pay',
    'paid',
    'expenses',
    'expense',
    'opencost',
  ],
  chaos: [
    'chaos',
    'experiment',
    'experiments',
    'simulation',
    'simulations',
    'chaossimulation',
    'chaossimulations',
    'fault',
    'faults',
    'drill',
    'test',
  ],
  workload: [
    'workload',
    'workloads',
    'deployment',
    'deployments',
    'app',
    'apps',
    'application',
    'applications',
    'service',
    'services',
    'svc',
    'canary',
    'canaries',
  ],
  namespace: ['namespace', 'namespaces', 'ns', 'env', 'environment', 'environments'],
  image: ['image', 'images', 'img', 'tag', 'version', 'container-image'],
  revision: ['revision', 'revisions', 'rev', 'generation'],
  latency: ['latency', 'delay', 'delays', 'lag', 'slow', 'slower', 'slowdown', 'jitter', 'network-delay'],
  packets: ['packet', 'packets', 'network-loss', 'packet-loss', 'loss', 'lose'],
  partition: ['partition', 'network-partition', 'isolate', 'disconnect', 'sever', 'blackhole'],
  network: ['network', 'networking', 'connectivity', 'connection', 'connections', 'traffic', 'net'],
  cpu: ['cpu', 'cpus', 'processor', 'compute', 'cores'],
  memory: ['memory', 'mem', 'ram', 'heap', 'oom'],
  stress: [
    'stress',
    'stressed',
    'burn',
    'hog',
    'spike',
    'pressure',
    'saturate',
    'max',
    'exhaust',
    'fill',
    'eat',
    'load',
    'leak',
    'consume',
    'hammer',
    'cpu-stress',
    'memory-stress',
  ],
  fail: ['fail', 'failure', 'failures', 'failing', 'crash', 'crashing', 'pod-failure', 'broken'],
  break: ['break', 'cut', 'block', 'partitioned'],
  double: ['double', 'twice', 'x2', 'doubled'],
  triple: ['triple', 'thrice'],
  halve: ['halve', 'half'],
  full: ['fully', 'full', 'completely', 'entirely', 'skip', 'all-the-way'],
  help: ['help', 'commands', 'usage', 'capabilities', 'manual', 'howto', 'examples'],
  running: ['running', 'deployed', 'live', 'exists', 'up'],
};

/** Reference words the rules read that are not synonyms of anything. */
const PLAIN = [
  'in',
  'to',
  'of',
  'for',
  'on',
  'from',
  'with',
  'by',
  'at',
  'and',
  'then',
  'me',
  'it',
  'is',
  'are',
  'what',
  'how',
  'which',
  'who',
  'where',
  'all',
  'every',
  'everything',
  'each',
  'entire',
  'whole',
  'last',
  'past',
  'previous',
  'since',
  'ago',
  'lines',
  'line',
  'level',
  'port',
  'top',
  'most',
  'least',
  'per',
  'yesterday',
  'today',
  'week',
  'month',
  'hour',
  'minute',
  'day',
  'called',
  'named',
  'as',
  'into',
  'down',
  'one',
  'step',
  'steps',
  'next',
  'way',
  'back',
  'go',
  'roll',
  'rolling',
  'random',
  'percent',
  'much',
  'many',
  'did',
  'does',
  'we',
  'us',
  'you',
  'do',
  'be',
  'there',
  'any',
  'again',
  'try',
  'secret',
  'secrets',
  'exec',
  'shell',
  'bash',
  'kubectl',
  'policy',
  'approve',
  'weather',
  'joke',
  'namespace',
  'image',
  'replicas',
  'remaining',
  'node',
  'nodes',
  'intensity',
  'severity',
  'blast',
  'radius',
  'duration',
  'currently',
  'current',
  'latest',
  'recent',
  'other',
  'them',
  'their',
  'her',
  'his',
  'when',
  'why',
  'lets',
  'could',
  'would',
  'should',
  'want',
  'need',
  'know',
  'think',
  'sure',
  'here',
  'quick',
  'soon',
  'hey',
  'guys',
  'team',
  'i',
  'has',
  'have',
  'had',
  'was',
  'were',
  'can',
  'not',
  'no',
  'yes',
  'than',
  'so',
  'up',
  'like',
];

const CANON = new Map<string, string>();
for (const [canon, words] of Object.entries(SYNONYMS)) for (const w of words) if (!CANON.has(w)) CANON.set(w, canon);

export const VOCABULARY = new Set<string>([...CANON.keys(), ...PLAIN]);

/** Multi-word expressions read as one canonical word (after typo correction, before the rules). */
const PHRASES: [string[], string][] = [
  [['roll', 'back'], 'rollback'],
  [['rolled', 'back'], 'rollback'],
  [['go', 'back'], 'rollback'],
  [['back', 'out'], 'rollback'],
  [['rolling', 'restart'], 'restart'],
  [['rollout', 'restart'], 'restart'],
  [['try', 'again'], 'retry'],
  [['next', 'step'], 'promote'],
  [['all', 'the', 'way'], 'full'],
  [['all', 'way'], 'full'],
  [['all', 'remaining', 'steps'], 'full'],
  [['remaining', 'steps'], 'full'],
  [['all', 'steps'], 'full'],
  [['all', 'of', 'steps'], 'full'],
  [['to', '100', '%'], 'full'],
  [['to', '100', 'percent'], 'full'],
  [['spin', 'up'], 'create'],
  [['stand', 'up'], 'create'],
  [['set', 'up'], 'create'],
  [['scale', 'up'], 'scale-up'],
  [['scale', 'down'], 'scale-down'],
  [['scale', 'out'], 'scale-up'],
  [['scale', 'in'], 'scale-down'],
  [['how', 'much'], 'cost'],
  [['kube', 'system'], 'kube-system'],
];

export interface Canonical {
  /** Canonical words: synonyms replaced, typos corrected, phrases merged. */
  words: string[];
  raw: string[];
  /** Corrections made ("resatrt" → "restart"): the planner guessed, so it is not confident. */
  corrections: string[];
}

/**
 * Canonicalizes tokens. `names` are the inventory's workload and namespace names (and aliases): a token that
 * is one of them, a number or an image/pod-like token is kept as is; others are typo-corrected.
 */
export function canonicalize(words: string[], raw: string[], names: Set<string>): Canonical {
  const out: string[] = [];
  const outRaw: string[] = [];
  const corrections: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const protectedWord =
      names.has(w) || /[\d:/@.%]/.test(w) || (i > 0 && ['called', 'named', 'as', 'name'].includes(words[i - 1]));
    let c = CANON.get(w) ?? (VOCABULARY.has(w) || protectedWord ? w : undefined);
    if (c === undefined) {
      const near = closestUnique(w, [...VOCABULARY, ...names]);
      if (near) {
        corrections.push(`${w}→${near}`);
        c = CANON.get(near) ?? near;
      } else c = w;
    }
    out.push(c);
    outRaw.push(raw[i]);
  }
  return mergePhrases(out, outRaw, corrections);
}

function mergePhrases(words: string[], raw: string[], corrections: string[]): Canonical {
  const out: string[] = [];
  const outRaw: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = PHRASES.find(([p]) => p.every((pw, k) => words[i + k] === pw || CANON.get(pw) === words[i + k]));
    if (hit) {
      out.push(hit[1]);
      outRaw.push(hit[1]);
      i += hit[0].length - 1;
    } else {
      out.push(words[i]);
      outRaw.push(raw[i]);
    }
  }
  return { words: out, raw: outRaw, corrections };
}

export function canonOf(word: string): string {
  return CANON.get(word) ?? word;
}

const CANONICAL_WORDS = new Set([...CANON.values(), 'scale-up', 'scale-down', 'full', 'help']);

/** A word the planner reads as vocabulary (so it is never taken for a workload name). */
export function isKnownWord(w: string): boolean {
  return VOCABULARY.has(w) || CANONICAL_WORDS.has(w);
}
