/**
 * The planner's words, as data. Each synonym maps to one canonical word that the intent rules read, so the rules
 * never list spellings: "bounce", "recycle", "reboot" all arrive as "restart".
 */

// biome-ignore format: word lists read better packed
export const SYNONYMS: Record<string, string[]> = {
  restart: [
    'restart', 'restarts', 'restarted', 'bounce', 'recycle', 'reboot', 'reload', 'redeploy', 'cycle',
    'kick', 'refresh', 'rollout-restart',
  ],
  rollback: [
    'rollback', 'revert', 'undo', 'downgrade', 'roll-back', 'unroll',
  ],
  scale: [
    'scale', 'scaled', 'scaling', 'resize', 'rescale',
  ],
  promote: [
    'promote', 'proceed', 'advance', 'continue', 'resume', 'unpause',
  ],
  abort: [
    'abort', 'bail', 'scrap',
  ],
  retry: [
    'retry', 'rerun', 're-run', 'reattempt',
  ],
  pause: [
    'pause', 'freeze', 'hold', 'suspend',
  ],
  create: [
    'create', 'new', 'spin', 'provision', 'make', 'start', 'launch', 'run', 'setup', 'stand', 'inject', 'introduce',
    'trigger', 'simulate', 'cause', 'apply', 'put', 'induce', 'generate', 'begin',
  ],
  deploy: [
    'deploy', 'ship', 'release', 'push', 'roll-out',
  ],
  rollout: [
    'rollout', 'rollouts',
  ],
  update: [
    'update', 'set', 'change', 'bump', 'upgrade', 'switch', 'use', 'move', 'modify', 'patch',
  ],
  delete: [
    'delete', 'remove', 'rm', 'destroy', 'drop', 'terminate', 'evict', 'erase', 'purge', 'wipe',
  ],
  kill: [
    'kill', 'murder', 'shoot', 'die', 'nuke',
  ],
  stop: [
    'stop', 'end', 'halt', 'cancel', 'quit', 'cease',
  ],
  add: [
    'add', 'increase', 'raise', 'grow', 'bump-up', 'more', 'bigger', 'larger',
  ],
  reduce: [
    'reduce', 'decrease', 'lower', 'shrink', 'fewer', 'less', 'trim', 'smaller',
  ],
  list: [
    'list', 'ls', 'show', 'display', 'get', 'view', 'see', 'give', 'enumerate', 'print', 'fetch', 'find', 'tell', 'pull',
    'read', 'dump', 'grab',
  ],
  describe: [
    'describe', 'desc', 'status', 'paused', 'degraded', 'ready', 'inspect', 'details', 'detail', 'info', 'information', 'health', 'healthy', 'check', 'state',
    'doing', 'going', 'progress', 'look', 'overview', 'summary', 'double-check', 'recheck', 'explain',
    // States, not commands: "the aborted canary", "pods restarting", "api is broken" describe what happened.
    'aborted', 'restarting', 'failing', 'crashing', 'broken', 'crashlooping', 'crashloop', 'crashloopbackoff', 'oomkilled',
  ],
  logs: [
    'log', 'logs', 'logging', 'logged', 'stdout', 'stderr', 'output', 'tail',
  ],
  pod: [
    'pod', 'pods', 'container', 'containers',
  ],
  replicas: [
    'replica', 'replicas', 'copies', 'copy', 'replica-count', 'instance', 'instances',
  ],
  cost: [
    'cost', 'costs', 'costing', 'spend', 'spent', 'spending', 'spender', 'spenders', 'costly', 'pricey', 'bill', 'billing', 'expensive', 'price', 'pricing',
    'money', 'dollars', 'budget', 'cheap', 'cheapest', 'pay', 'paid', 'expenses', 'expense', 'opencost',
  ],
  chaos: [
    'chaos', 'experiment', 'experiments', 'simulation', 'simulations', 'chaossimulation', 'chaossimulations', 'fault',
    'faults', 'drill', 'test', 'sim', 'sims',
  ],
  workload: [
    'workload', 'workloads', 'deployment', 'deployments', 'app', 'apps', 'application', 'applications', 'service',
    'services', 'svc', 'canary', 'canaries', 'deploys',
  ],
  namespace: [
    'namespace', 'namespaces', 'ns', 'env', 'environment', 'environments',
  ],
  image: [
    'image', 'images', 'img', 'tag', 'version', 'container-image',
  ],
  revision: [
    'revision', 'revisions', 'rev', 'generation',
  ],
  latency: [
    'latency', 'delay', 'delays', 'lag', 'slow', 'slower', 'slowdown', 'jitter', 'network-delay',
  ],
  packets: [
    'packet', 'packets', 'network-loss', 'packet-loss', 'loss', 'lose',
  ],
  partition: [
    'partition', 'network-partition', 'isolate', 'disconnect', 'sever', 'blackhole',
  ],
  network: [
    'network', 'networking', 'connectivity', 'connection', 'connections', 'traffic', 'net',
  ],
  cpu: [
    'cpu', 'cpus', 'processor', 'compute', 'cores',
  ],
  memory: [
    'memory', 'mem', 'ram', 'heap', 'oom',
  ],
  stress: [
    'stress', 'stressed', 'burn', 'hog', 'spike', 'pressure', 'saturate', 'max', 'exhaust', 'fill', 'eat', 'load',
    'leak', 'consume', 'hammer', 'cpu-stress', 'memory-stress',
  ],
  fail: [
    'fail', 'failure', 'failures', 'failing', 'crash', 'crashing', 'pod-failure', 'broken',
  ],
  break: [
    'break', 'cut', 'block', 'partitioned',
  ],
  double: [
    'double', 'twice', 'x2', 'doubled',
  ],
  triple: [
    'triple', 'thrice',
  ],
  halve: [
    'halve', 'half',
  ],
  full: [
    'fully', 'full', 'completely', 'entirely', 'skip', 'all-the-way', 'finish', 'complete',
  ],
  help: [
    'help', 'commands', 'usage', 'capabilities', 'manual', 'howto', 'examples',
  ],
  running: [
    'running', 'deployed', 'live', 'exists', 'up',
  ],
};

/** Reference words the rules read that are not synonyms of anything. */
// biome-ignore format: word lists read better packed
export const PLAIN = [
  'in', 'to', 'of', 'for', 'on', 'from', 'with', 'by', 'at', 'and', 'then', 'me', 'it', 'is', 'are', 'what', 'how',
  'which', 'who', 'where', 'all', 'every', 'everything', 'each', 'entire', 'whole', 'last', 'past', 'previous', 'since',
  'ago', 'lines', 'line', 'level', 'port', 'top', 'most', 'least', 'per', 'yesterday', 'yday', 'today', 'week', 'month', 'hour',
  'minute', 'day', 'called', 'named', 'as', 'into', 'down', 'one', 'step', 'steps', 'next', 'way', 'back', 'go', 'roll',
  'rolling', 'random', 'percent', 'much', 'many', 'did', 'does', 'we', 'us', 'you', 'do', 'be', 'there', 'any', 'again',
  'try', 'secret', 'secrets', 'exec', 'shell', 'bash', 'kubectl', 'policy', 'approve', 'weather', 'joke', 'namespace',
  'image', 'replicas', 'remaining', 'node', 'nodes', 'intensity', 'severity', 'blast', 'radius', 'duration', 'currently',
  'current', 'latest', 'recent', 'other', 'them', 'their', 'her', 'his', 'him', 'he', 'she', 'when', 'why', 'lets', 'could', 'would',
  'should', 'want', 'need', 'know', 'think', 'sure', 'here', 'quick', 'soon', 'hey', 'guys', 'team', 'i', 'has', 'have',
  'had', 'was', 'were', 'can', 'not', 'no', 'yes', 'than', 'so', 'up', 'like', 'cluster', 'clusters',
];

/**
 * Everyday words that are close to a command word ("about" is one letter from "abort", "lets" from "less"):
 * they are never typo-corrected, so a chatty sentence cannot turn into a different verb.
 */
// biome-ignore format: word lists read better packed
export const COMMON = new Set([
  'about', 'above', 'across', 'after', 'again', 'against', 'along', 'already', 'always', 'around', 'because', 'before',
  'behind', 'below', 'between', 'both', 'bring', 'came', 'come', 'could', 'doing', 'done', 'during', 'either', 'else',
  'enough', 'even', 'ever', 'fine', 'first', 'good', 'great', 'hang', 'happen', 'happened', 'happening', 'having',
  'here', 'into', 'issue', 'issues', 'just', 'keep', 'kind', 'know', 'later', 'least', 'left', 'like', 'little', 'long',
  'looks', 'made', 'main', 'many', 'mean', 'might', 'mine', 'must', 'near', 'need', 'needs', 'never', 'nice', 'once',
  'only', 'onto', 'other', 'ours', 'over', 'part', 'really', 'said', 'same', 'seem', 'seems', 'should', 'since', 'some',
  'something', 'soon', 'still', 'stuck', 'such', 'sure', 'take', 'away', 'trouble', 'than', 'that', 'their', 'them', 'these', 'they',
  'thing', 'things', 'think', 'those', 'though', 'through', 'told', 'took', 'under', 'until', 'very', 'wait', 'want',
  'wants', 'were', 'what', 'whats', 'when', 'where', 'while', 'will', 'with', 'within', 'without', 'work', 'worked',
  'working', 'works', 'would', 'wrong', 'your', 'yours', 'problem', 'problems', 'using', 'used', 'thanks', 'please',
  'hello', 'there', 'tool', 'tools', 'team', 'guys', 'folks', 'everyone', 'anyone', 'someone', 'quick', 'quickly',
  'slowly', 'asap', 'today', 'tomorrow', 'tonight', 'morning', 'evening', 'currently', 'happy', 'sorry', 'oops', 'cool',
  'awesome', 'okay', 'alright', 'maybe', 'perhaps', 'probably', 'whether', 'makes', 'went', 'gone', 'gets', 'goes',
  'says', 'wanted', 'needed', 'tried', 'trying', 'lets', 'able', 'real',
  // Real words one edit from a command word (found by auditing common English against the vocabulary).
  'area', 'ball', 'bank', 'base', 'beat', 'best', 'book', 'born', 'building', 'call', 'cancer', 'care', 'catch',
  'cell', 'chance', 'charge', 'close', 'cold', 'collection', 'computer', 'consumer', 'dead', 'decision', 'east',
  'education', 'example', 'exist', 'film', 'four', 'fund', 'hand', 'hard', 'heat', 'land', 'lead', 'mind', 'mother',
  'mouth', 'movie', 'name', 'news', 'none', 'others', 'pain', 'pass', 'pick', 'play', 'point', 'police', 'power',
  'professor', 'quite', 'reach', 'recently', 'rest', 'rise', 'road', 'role', 'room', 'save', 'seat', 'security',
  'seek', 'sell', 'send', 'seven', 'short', 'shoulder', 'situation', 'skill', 'sort', 'sport', 'star', 'teach', 'tend',
  'term', 'this', 'three', 'town', 'trip', 'turn', 'wall', 'watch', 'well', 'west', 'whom', 'whose', 'wide', 'wife',
  'wind', 'wish', 'world',
  'black', 'head', 'hear', 'life', 'thank', 'match',
]);

/** Multi-word expressions read as one canonical word (after typo correction, before the rules). */
// biome-ignore format: word lists read better packed
export const PHRASES: [string[], string][] = [
  [['roll', 'back'], 'rollback'], [['rolled', 'back'], 'rollback'], [['go', 'back'], 'rollback'],
  [['back', 'out'], 'rollback'], [['rolling', 'restart'], 'restart'], [['rollout', 'restart'], 'restart'],
  [['try', 'again'], 'retry'], [['take', 'away'], 'reduce'], [['take', 'off'], 'reduce'],
  [['next', 'step'], 'promote'], [['double', 'check'], 'describe'], [['all', 'of', 'the', 'way'], 'full'], [['all', 'of', 'way'], 'full'], [['forward', '1', 'step'], 'promote'], [['1', 'step', 'forward'], 'promote'],
  [['step', 'forward'], 'promote'], [['another', 'try'], 'retry'], [['another', 'go'], 'retry'],
  [['another', 'shot'], 'retry'], [['another', 'attempt'], 'retry'], [['all', 'the', 'way'], 'full'], [['all', 'way'], 'full'],
  [['all', 'remaining', 'steps'], 'full'], [['remaining', 'steps'], 'full'], [['all', 'steps'], 'full'],
  [['all', 'of', 'steps'], 'full'], [['to', '100', '%'], 'full'], [['to', '100', 'percent'], 'full'],
  [['until', '100', '%'], 'full'], [['till', '100', '%'], 'full'], [['up', 'to', '100', '%'], 'full'],
  [['spin', 'up'], 'create'], [['stand', 'up'], 'create'], [['set', 'up'], 'create'], [['scale', 'up'], 'scale-up'],
  [['scale', 'down'], 'scale-down'], [['scale', 'out'], 'scale-up'], [['scale', 'in'], 'scale-down'],
  [['how', 'much'], 'cost'], [['kube', 'system'], 'kube-system'],
];
