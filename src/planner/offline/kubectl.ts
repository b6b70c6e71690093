/**
 * A request typed as a kubectl command ("kubectl get po -n kube-system", "kubectl scale deploy/worker --replicas=2
 * -n staging"), said in the person's own words (not quoted), is the same request in plain words: this turns the
 * commands of the catalog into the sentence the reader understands. Nothing is run as a command; anything else
 * (a pipe, another verb, another kind) is left to the refusals. Pure.
 */

/** Words after the command that ask for nothing more: "… equivalent pls", "… for me, thanks". */
const TRAILER =
  /^[\s,.!?\u2014-]*((can you )?(do |run )?(the |that )?equivalent( of that)?|(can|could|would) (you|u) (please )?(do|run) (that|this|it)|(go ahead and )?(run|do) (it|that|this)|please|pls|plz|for me|thanks|thx|ty|via you|through you|so it'?s audited)?([\s,.!?\u2014-]+(please|pls|plz|thanks|thx|ty|for me|equivalent))*[\s,.!?]*$/i;

interface Parsed {
  verb: string[];
  args: string[];
  namespace?: string;
  flags: Map<string, string>;
  /** A flag or the namespace given twice ("-n staging -n production"): which one is meant is not settled. */
  repeated: boolean;
  /** Words after the command that say why ("… — we want the 1.7.1 build back"): the requester confirms a write. */
  reason?: string;
}

/** Words after a command that may change it: a correction, a negation, a condition, another verb of change. */
const CHANGES_IT =
  /\b(no|not|nope|actually|wait|instead|rather|don'?t|never|sorry|oops|meant|mean|typo|scratch|make it|make that|but|except|though|however|prod|production|staging|stg|stage|monitoring|kube-system|namespace|cluster|if|when|unless|after|before|until|then|also|and then|restart|roll|scale|promote|abort|retry|pause|delete|kill|set|undo|revert)\b|\?/i;

export function kubectlRequest(text: string): string | undefined {
  return kubectlCommand(text)?.sentence;
}

/**
 * Whether a command typed as the request settles every value once: no flag or namespace given twice and at most one
 * container's image ("web=…:1.9 sidecar=…" names two). Such a command is as exact as the catalog's own words.
 */
export function kubectlSettled(text: string): boolean {
  const c = kubectlCommand(text);
  // A flag of yes or no said with a value ("--full=false", "--full=0") is not the catalog's word for it.
  // A flag the command does not take ("rollout restart … --replicas=4") is dropped by the reading: not settled.
  const takes = c ? (FLAGS_OF[c.parsed.verb.filter((v) => v !== 'rollout').join(' ') || 'rollout'] ?? []) : [];
  if (c && [...c.parsed.flags.keys()].some((f) => !takes.includes(f))) return false;
  const full = c?.parsed.flags.get('full');
  const plainFlags = full === undefined || full === 'true';
  return (
    c !== undefined &&
    !c.parsed.repeated &&
    c.parsed.reason === undefined &&
    plainFlags &&
    c.parsed.args.filter((a) => a.includes('=')).length <= 1
  );
}

/** "please run:", "can you run …": the person asks for the command's equivalent. */
const ASKED_TO_RUN = String.raw`(?:(?:please|pls|plz|can you|could you|can u|would you|just)\s+)*(?:(?:run|execute|do)\s*:?\s+)?`;
/** "@Botkube kubectl …": the command addressed to the bot another tool called by name. */
const OTHER_BOT = String.raw`(?:@?(?:botkube|kubebot|k8sbot)\b[:,]?\s+)?`;
const COMMAND_AFTER_ASK = new RegExp(String.raw`^\W*${OTHER_BOT}${ASKED_TO_RUN}(?:kubectl|k)(?:-argo-rollouts\s+|\s+)(.*)$`, 'i');
// (A command addressed to another bot by name is read, but a write so addressed is not the whole message's own.)
const ALONE_AFTER_ASK = new RegExp(String.raw`^${ASKED_TO_RUN}\`*\s*(?:kubectl|k)(?:\s|-argo-rollouts\s)`, 'i');

/**
 * The command is the whole message: one line of plain characters, no emoji and no :shortcode: ("🤷 kubectl …",
 * "kubectl … :joy:", a quoted question answered by the command all say something the command does not).
 */
export function kubectlAlone(text: string): boolean {
  const t = text.replace(/^\s*<@[^>]+>\s*/, '').trim();
  // It starts the message, and a question mark only ends a polite ask after it ("— can you do that for me?"), never
  // the command itself ("… -n production??", "(?) kubectl …").
  if (!ALONE_AFTER_ASK.test(t)) return false;
  if (t.includes('?') && !/\b(?:can|could|would) (?:you|u)\b[^?]*\?\s*$/i.test(t)) return false;
  // (Typographic dashes, quotes and an ellipsis are plain characters too.)
  return !t.includes('\n') && /^[\x20-\x7e\u2013\u2014\u2018\u2019\u201c\u201d\u2026]+$/.test(t) && !/:[a-z0-9_+-]+:/i.test(t);
}

function kubectlCommand(text: string): { sentence: string; parsed: Parsed } | undefined {
  // "k get po …": the usual shell alias of kubectl.
  // "please run: kubectl …", "can you run kubectl … for me": the person asks for the command's equivalent.
  const m = COMMAND_AFTER_ASK.exec(text.trim());
  if (!m || /[|;&`$#<>]/.test(m[1])) return undefined;
  // The Argo Rollouts plugin ("kubectl argo rollouts promote checkout -n staging"): its verbs take a rollout's name.
  const plugin = /^argo\s+rollouts\s+(.*)$/i.exec(m[1]) ?? (/^kubectl-argo-rollouts/i.test(text.trim()) ? m : null);
  if (plugin) {
    const r = parse(plugin[1], ROLLOUT_VERBS);
    const said =
      r && (r.flags.get('dry-run') ?? 'none') === 'none' && !widened(r, r.verb.filter((v) => v !== 'rollout').join(' '))
        ? rolloutSentence(r)
        : undefined;
    return r && said ? { sentence: said, parsed: r } : undefined;
  }
  const p = parse(m[1]);
  // "--dry-run=client": a rehearsal of the command, no change asked for (coxswain's own card shows the dry run).
  if (!p || (p.flags.get('dry-run') ?? 'none') !== 'none') return undefined;
  const said = sentence(p);
  return said ? { sentence: said, parsed: p } : undefined;
}

/**
 * "k get svc -n prod", "kubectl describe hpa api": a command of reading that names a kind other than pods and
 * workloads (secrets are left to their own refusal; ChaosSimulations are listed).
 */
export function kubectlOtherKind(text: string): boolean {
  const m = /^\W*(?:kubectl|k)\s+(get|describe)\s+([a-z.]+)(?:\/|\s|$)/i.exec(text.trim());
  return m !== null && !POD.test(m[2]) && !WORKLOAD.test(m[2]) && !/^(all|secrets?|chaos[a-z.]*)$/i.test(m[2]);
}

const KUBECTL_VERBS = /^(get|describe|logs|scale|rollout|restart|undo|set|image|delete|create|status)$/;
const ROLLOUT_VERBS = /^(promote|abort|retry|pause|resume|undo|restart|get|status|set|image|rollout|list)$/;
/** The first words of kubectl's two-word commands ("rollout restart", "set image"): no other verb takes a second. */
const TWO_WORD = /^(rollout|set)$/;

function parse(rest: string, verbs = KUBECTL_VERBS): Parsed | undefined {
  // "-n staging, could you do that": punctuation after a word ends the command; the words after it are the trailer.
  const tokens = rest
    .replace(/(\S)([,;!?]+|\.{1,3}|\u2026)(?=\s|$)/g, '$1 $2')
    .split(/\s+/)
    .filter(Boolean);
  const out: Parsed = { verb: [], args: [], flags: new Map(), repeated: false };
  const setNamespace = (ns: string | undefined) => {
    if (out.namespace !== undefined) out.repeated = true;
    out.namespace = ns;
  };
  const setFlag = (name: string, value: string) => {
    if (out.flags.has(name)) out.repeated = true;
    out.flags.set(name, value);
  };
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '-n' || t === '--namespace') {
      setNamespace(tokens[++i]);
      continue;
    }
    // "-l app=checkout", "--selector app=checkout": the selector's value.
    if ((t === '-l' || t === '--selector') && tokens[i + 1]) {
      setFlag('l', tokens[++i]);
      continue;
    }
    // "-c istio-proxy": the container's name.
    if ((t === '-c' || t === '--container') && tokens[i + 1]) {
      setFlag('container', tokens[++i]);
      continue;
    }
    // "--context sandbox": the cluster, said with its value apart.
    if (t === '--context' && tokens[i + 1]) {
      setFlag('context', tokens[++i]);
      continue;
    }
    const flag = /^--?([a-z-]+)=(.+)$/.exec(t) ?? (/^-n([a-z0-9-]+)$/.exec(t) ? ['', 'namespace', t.slice(2)] : null);
    if (flag) {
      if (flag[1] === 'namespace') setNamespace(flag[2]);
      else setFlag(flag[1], flag[2]);
      continue;
    }
    if (/^--?[a-z-]+$/.test(t)) {
      setFlag(t.replace(/^-+/, ''), 'true');
      continue;
    }
    if (!/^[a-z0-9][a-z0-9./:=@_-]*$/i.test(t)) break;
    // ("scale rollout checkout": a kind after the verb, not a second verb; only kubectl's two-word commands take one.)
    const second = out.verb.length === 1 && verbs === KUBECTL_VERBS && !TWO_WORD.test(out.verb[0]);
    if (out.verb.length < 2 && verbs.test(t) && !second && !(out.verb[0] === 'retry' && t !== 'rollout')) {
      out.verb.push(t);
    } else out.args.push(t);
  }
  const after = tokens.slice(i).join(' ');
  if (TRAILER.test(after)) return out;
  // "kubectl argo rollouts abort payments. the 4.1.0 preview is bad": the command, then why, apart from it.
  if (/^(?:[.;,(\u2014\u2013\u2026]|\.\.\.|-{1,2}(?=\s))/.test(after) && !CHANGES_IT.test(after)) {
    out.reason = after;
    return out;
  }
  return undefined;
}

const POD = /^(po|pod|pods)$/;
const WORKLOAD = /^(deploy|deployment|deployments|deployment\.apps|rollout|rollouts|rollouts\.argoproj\.io|ro)$/;

/** "deploy/web" or "deployment web" → "web"; a pod name as is. */
function target(args: string[], kind: RegExp): string | undefined {
  const slash = args.find((a) => a.includes('/'));
  if (slash) {
    // ("deploy/web/api": two names in one path, no object of kubectl's.)
    const [k, name, more] = slash.split('/');
    return kind.test(k) && more === undefined ? name : undefined;
  }
  const at = args.findIndex((a) => kind.test(a));
  return at >= 0 ? args[at + 1] : undefined;
}

/** The plugin's commands in plain words; a rollout is named bare ("promote checkout") or as "rollout checkout". */
function rolloutSentence(p: Parsed): string | undefined {
  const ns = p.namespace ? ` in ${p.namespace}` : '';
  const name = p.args.find((a) => !/^(rollouts?|ro)$/.test(a) && !a.includes('='));
  const verb = p.verb.filter((v) => v !== 'rollout').join(' ');
  // "kubectl argo rollouts list rollouts -n prod": the rollouts there, among the workloads.
  if (verb === 'list' || (verb === 'get' && !name && p.args.some((a) => /^(rollouts|ro)$/.test(a)))) return `list workloads${ns}`;
  if (!name) return undefined;
  switch (verb) {
    case 'promote':
      return `promote the rollout ${name}${ns}${p.flags.get('full') === 'true' ? ' fully' : ''}`;
    case 'abort':
    case 'retry':
    case 'pause':
    case 'resume':
      return `${verb} the rollout ${name}${ns}`;
    case 'undo': {
      const to = p.flags.get('to-revision');
      return `roll back ${name}${ns}${to ? ` to revision ${to}` : ''}`;
    }
    case 'restart':
      return `restart ${name}${ns}`;
    case 'get':
    case 'status':
      return `describe ${name}${ns}`;
    case 'set image': {
      // "checkout=ghcr.io/acme/checkout:3.3.0": the container named, then its image (as kubectl's own set image).
      const [container, image] = p.args.find((a) => /^[a-z0-9-]+=\S+$/i.test(a))?.split('=') ?? [];
      return image ? `set the image of ${name}${ns} container ${container} to ${image}` : undefined;
    }
    default:
      return undefined;
  }
}

/** The flags each command of the catalog takes (the namespace is always taken). */
const FLAGS_OF: Record<string, string[]> = {
  scale: ['replicas'],
  restart: [],
  undo: ['to-revision'],
  'set image': [],
  delete: [],
  create: ['image', 'replicas', 'port'],
  promote: ['full'],
  abort: [],
  retry: [],
  pause: [],
  resume: [],
  get: ['l', 'selector'],
  describe: [],
  logs: ['since', 'tail', 'container'],
  status: [],
  list: [],
};

/** Flags a write may carry: any other ("--all", "--context=…", "--kubeconfig=…", "-A") changes what it touches. */
const WRITE_FLAGS = new Set(['namespace', 'replicas', 'to-revision', 'dry-run', 'full', 'image', 'port']);
const WRITE_VERBS =
  /^(scale|rollout restart|rollout undo|set image|delete|promote|abort|retry|pause|resume|undo|restart|create)$/;

/** A write that names more than one object or carries a flag that widens it is no command of the catalog. */
function widened(p: Parsed, verb: string): boolean {
  if (!WRITE_VERBS.test(verb)) return false;
  if ([...p.flags.keys()].some((f) => !WRITE_FLAGS.has(f))) return true;
  const objects = p.args.filter((a) => !/^[a-z0-9-]+=\S+$/i.test(a));
  // "deploy/web deploy/api", "deploy/web,api", "deploy web api worker": several objects.
  if (objects.some((a) => a.includes(','))) return true;
  const named = objects.filter(
    (a) =>
      !WORKLOAD.test(a) && !POD.test(a) && !/^(rollouts?|ro|chaossimulations?|please|pls|plz|thanks|thx|ty|for|me|now)$/i.test(a),
  );
  return named.length > 1;
}

function sentence(p: Parsed): string | undefined {
  const verb = p.verb.join(' ');
  if (widened(p, verb)) return undefined;
  const context = p.flags.get('context');
  const ns = `${p.namespace ? ` in ${p.namespace}` : ''}${context ? ` on cluster ${context}` : ''}`;
  const [first] = p.args;
  switch (verb) {
    case 'get':
      // "-l app=checkout": the pods of that workload.
      if (POD.test(first ?? '')) {
        const app = /^(?:app|app\.kubernetes\.io\/name|name)=([a-z0-9-]+)$/.exec(
          p.flags.get('l') ?? p.flags.get('selector') ?? '',
        );
        return app ? `list pods of ${app[1]}${ns}` : `list pods${ns}`;
      }
      if (WORKLOAD.test(first ?? '') || first === 'all') {
        const name = p.args[1];
        return name ? `describe ${name}${ns}` : `list workloads${ns}`;
      }
      return undefined;
    case 'describe': {
      const name = target(p.args, WORKLOAD);
      return name ? `describe ${name}${ns}` : undefined;
    }
    case 'logs': {
      const name = target(p.args, WORKLOAD) ?? (p.args.length === 1 && !p.args[0].includes('/') ? p.args[0] : undefined);
      if (!name) return undefined;
      const since = p.flags.get('since');
      const tail = p.flags.get('tail');
      const container = p.flags.get('container');
      return `logs of ${name}${ns}${container ? ` container ${container}` : ''}${since ? ` for the last ${since}` : ''}${tail ? `, last ${tail} lines` : ''}`;
    }
    case 'scale': {
      const name = target(p.args, WORKLOAD);
      const replicas = p.flags.get('replicas');
      return name && replicas && /^\d+$/.test(replicas) ? `scale ${name}${ns} to ${replicas}` : undefined;
    }
    case 'rollout status': {
      const name = target(p.args, WORKLOAD);
      return name ? `describe ${name}${ns}` : undefined;
    }
    case 'rollout restart': {
      const name = target(p.args, WORKLOAD);
      return name ? `restart ${name}${ns}` : undefined;
    }
    case 'rollout undo': {
      const name = target(p.args, WORKLOAD);
      const to = p.flags.get('to-revision');
      return name ? `roll back ${name}${ns}${to ? ` to revision ${to}` : ''}` : undefined;
    }
    case 'set image': {
      // "api=ghcr.io/acme/api:2.4.0": the container named, then its image.
      const name = target(p.args, WORKLOAD);
      const [container, image] = p.args.find((a) => /^[a-z0-9-]+=\S+$/i.test(a))?.split('=') ?? [];
      return name && image ? `set the image of ${name}${ns} container ${container} to ${image}` : undefined;
    }
    case 'delete': {
      // "kubectl delete chaossimulation worker-pod-failure-3mzt -n staging": the experiment stopped.
      const experiment = target(p.args, /^(chaossimulations?|chaossimulations?\.[a-z.]+)$/);
      if (experiment) return `stop chaos experiment ${experiment}${ns}`;
      const pod = target(p.args, POD);
      return pod ? `delete pod ${pod}${ns}` : undefined;
    }
    case 'create': {
      // "kubectl create deployment hello --image=nginx:1.27 --replicas=2 --port=80 -n staging".
      const name = target(p.args, /^(deploy|deployment|deployments|deployment\.apps)$/);
      const image = p.flags.get('image');
      const replicas = p.flags.get('replicas');
      const port = p.flags.get('port');
      if (!name || !image || (replicas && !/^\d+$/.test(replicas)) || (port && !/^\d+$/.test(port))) return undefined;
      return `create deployment ${name}${ns} with image ${image}${replicas ? ` and ${replicas} replicas` : ''}${port ? ` on port ${port}` : ''}`;
    }
    default:
      return undefined;
  }
}
