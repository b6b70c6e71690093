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
    'update', 'set', 'change', 'bump', 'upgrade', 'switch', 'use', 'move', 'modify', 'patch', 'pin',
  ],
  delete: [
    'delete', 'remove', 'rm', 'destroy', 'drop', 'terminate', 'evict', 'erase', 'purge', 'wipe', 'decommission',
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
    'dump', 'grab', 'eyeball', 'inventory',
  ],
  describe: [
    'describe', 'desc', 'status', 'paused', 'degraded', 'ready', 'inspect', 'details', 'detail', 'info', 'information', 'health', 'healthy', 'check', 'state',
    'doing', 'going', 'progress', 'look', 'overview', 'summary', 'double-check', 'recheck', 'explain', 'deets',
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
    'money', 'dollars', 'budget', 'cheap', 'cheapest', 'pay', 'paid', 'paying', 'expenses', 'expense', 'opencost', 'priciest',
    'costliest', 'pricier', 'costlier', 'cheaper', 'chargeback', 'chargebacks', 'showback',
  ],
  chaos: [
    'chaos', 'injection', 'injections', 'experiment', 'experiments', 'simulation', 'simulations', 'chaossimulation', 'chaossimulations', 'fault',
    'faults', 'drill', 'test', 'sim', 'sims',
  ],
  workload: [
    'workload', 'workloads', 'deployment', 'deployments', 'app', 'apps', 'application', 'applications', 'service',
    'services', 'svc', 'canary', 'canaries', 'deploys', 'server', 'servers',
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
    'leak', 'consume', 'hammer', 'cpu-stress', 'memory-stress', 'chew', 'peg', 'thrash', 'torture',
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
    'triple', 'thrice', 'tripled',
  ],
  halve: [
    'halve', 'half', 'halved',
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
  'had', 'was', 'were', 'can', 'not', 'no', 'yes', 'than', 'so', 'up', 'like', 'cluster', 'clusters', 'ticket',
  'vs', 'versus', 'desired',
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
  'black', 'head', 'hear', 'life', 'thank', 'match', 'tests',
]);

/**
 * English words one typo away from a verb of change ("batch" → patch, "sale" → scale, "lunch" → launch): a real
 * word is not a typo, so it is never corrected into a command. Listed by scripts/audit-real-words.mjs.
 */
// biome-ignore format: word lists read better packed
export const NOT_TYPOS = new Set([
  // Greetings and thanks in other languages.
  'etc', 'retro', 'retros', 'standup', 'standups', 'postmortem', 'postmortems', 'offsite', 'pending', 'crashlooping', 'evicted', 'terminating', 'fallback', 'failover', 'rollouts', 'shall', 'starts', 'started', 'lands', 'landed', 'begins',
  'hogging', 'wedged', 'burned', 'burnt', 'pin', 'pinned', 'post', 'posted', 'posting', 'fire', 'fires', 'sent',
  'hola', 'hallo', 'bonjour', 'salut', 'ciao', 'olá', 'oi', 'merci', 'gracias', 'danke', 'obrigado', 'grazie', 'servus',
  'aims', 'amply', 'apple', 'aptly', 'arise', 'atop', 'bait', 'bake', 'barn', 'basil', 'batch', 'bawl', 'began',
  'begun', 'bless', 'boil', 'bold', 'bore', 'bouncier', 'bouncy', 'bower', 'braise', 'breeze', 'brim', 'brow',
  'burg', 'burr', 'bury', 'bush', 'cake', 'calf', 'calve', 'caressed', 'chads', 'chancel', 'chancels', 'chaps',
  'chars', 'chase', 'chats', 'chip', 'clause', 'codify', 'continua', 'continual', 'continuum', 'convince', 'cove',
  'cower', 'crate', 'creative', 'creature', 'cremate', 'cremated', 'cremates', 'crop', 'crow', 'decease', 'deceased',
  'deceases', 'deduce', 'defaults', 'degenerate', 'delegate', 'deplete', 'depletes', 'determinate', 'digger', 'dill',
  'dims', 'distress', 'distressed', 'doable', 'doubly', 'doubted', 'dove', 'drily', 'drip', 'droll', 'droop', 'duke',
  'ease', 'edict', 'emulation', 'emulations', 'enervate', 'enlarger', 'enroll', 'escaping', 'ewer', 'exchange',
  'expedient', 'expedients', 'experimenters', 'exterminate', 'fake', 'federate', 'fest', 'fever', 'file', 'fold',
  'fore', 'freeload', 'frieze', 'frill', 'fullback', 'generals', 'germinate', 'germinated', 'germinates', 'gestated',
  'getup', 'glow', 'goad', 'gold', 'gore', 'grew', 'grill', 'grim', 'grog', 'grok', 'gush', 'haft', 'hake', 'hamper',
  'hart', 'hatch', 'haunch', 'hewer', 'hick', 'hilt', 'hims', 'hole', 'holy', 'hood', 'hoot', 'hove', 'hush',
  'induct', 'inducted', 'inductee', 'indue', 'infect', 'isms', 'jest', 'jigger', 'jounce', 'kiln', 'kilo', 'kilt',
  'kink', 'lager', 'lake', 'larder', 'latch', 'leaf', 'lean', 'leap', 'leek', 'leis', 'lens', 'letup', 'lick',
  'loaf', 'loam', 'loan', 'loner', 'lord', 'loud', 'lover', 'lunch', 'lush', 'mace', 'male', 'malt', 'mane', 'mate',
  'maze', 'mere', 'mess', 'mike', 'mire', 'moire', 'mold', 'morn', 'mower', 'mush', 'nest', 'newer', 'nick', 'ounce',
  'outrigger', 'parch', 'parse', 'path', 'paunch', 'peak', 'pease', 'penetrate', 'pest', 'pike', 'pipe', 'pitch',
  'pleasure', 'plush', 'pore', 'posh', 'pounce', 'praise', 'preceded', 'precision', 'pressurize', 'presume',
  'presumed', 'presumes', 'prim', 'procured', 'profusion', 'prompted', 'prompter', 'prop', 'provisos', 'prow',
  'pullback', 'pure', 'puree', 'purse', 'quiet', 'quilt', 'quip', 'quiz', 'quoit', 'radiance', 'rake', 'reassure',
  'redouble', 'redoubled', 'reforest', 'regenerate', 'rehearse', 'relegate', 'remote', 'reran', 'resale', 'reside',
  'resorted', 'restated', 'restates', 'restored', 'restores', 'retorted', 'revere', 'reverent', 'revery', 'rick',
  'rims', 'ripe', 'rove', 'rower', 'rush', 'sake', 'sale', 'salt', 'salve', 'sand', 'scabbing', 'scalded',
  'scalding', 'scalp', 'scalped', 'scalping', 'scaly', 'scamming', 'scanning', 'scanting', 'scare', 'scared',
  'scarfing', 'scaring', 'scarring', 'scathing', 'scatting', 'scolding', 'scoot', 'scowling', 'scram', 'scrawled',
  'scrawling', 'scrip', 'sculling', 'sealed', 'sealing', 'seduce', 'shale', 'shalt', 'shim', 'shims', 'shoaling',
  'shook', 'shoon', 'shout', 'shrank', 'shriek', 'shrine', 'shrunk', 'sick', 'sics', 'simulators', 'sins', 'sips',
  'sirs', 'sits', 'situations', 'skims', 'slims', 'smallest', 'smart', 'smellier', 'snailing', 'snarling', 'snitch',
  'snoot', 'sold', 'soot', 'sore', 'spake', 'span', 'spice', 'spiky', 'spire', 'spit', 'spite', 'spoke', 'spun',
  'staid', 'staled', 'stank', 'stark', 'starless', 'stimulate', 'stimulated', 'stimulates', 'stimulation',
  'stipulate', 'stipulation', 'stipulations', 'stitch', 'stomp', 'stoop', 'strand', 'strap', 'streaked', 'streamed',
  'strews', 'stringer', 'strop', 'suckling', 'suit', 'sums', 'surge', 'suspense', 'swatch', 'swims', 'swipe', 'swop',
  'tart', 'teak', 'tease', 'tent', 'terminable', 'terminal', 'terminals', 'terminator', 'text', 'thrive', 'tick',
  'toad', 'tore', 'tost', 'tower', 'tram', 'treasure', 'tress', 'tricycle', 'trifle', 'trig', 'trill', 'trio',
  'tripe', 'triply', 'troubled', 'twiggier', 'twine', 'twitch', 'unstressed', 'unto', 'upstarted', 'upstarts',
  'urge', 'valve', 'vault', 'vaults', 'venerate', 'venerated', 'venerates', 'vest', 'wake', 'weak', 'whip', 'wick',
  'wile', 'wine', 'wire', 'wise', 'witch', 'wive', 'wore', 'wove', 'wriggler', 'yammer', 'yest', 'yore', 'zest',
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
  [['until', 'end'], 'full'], [['till', 'end'], 'full'], [['to', 'end'], 'full'],
  [['rest', 'of', 'way'], 'full'], [['whole', 'way'], 'full'],
  [['all', 'remaining', 'steps'], 'full'], [['remaining', 'steps'], 'full'], [['all', 'steps'], 'full'],
  [['all', 'of', 'steps'], 'full'], [['to', '100', '%'], 'full'], [['to', '100', 'percent'], 'full'],
  [['until', '100', '%'], 'full'], [['till', '100', '%'], 'full'], [['up', 'to', '100', '%'], 'full'],
  [['spin', 'up'], 'create'], [['stand', 'up'], 'create'], [['set', 'up'], 'create'], [['scale', 'up'], 'scale-up'],
  [['scale', 'down'], 'scale-down'], [['scale', 'out'], 'scale-up'], [['scale', 'in'], 'scale-down'],
  [['how', 'much'], 'cost'], [['kube', 'system'], 'kube-system'], [['tear', 'down'], 'delete'], [['take', 'down'], 'delete'],
];
