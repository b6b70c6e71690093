import type { PlanContext } from '../../plan.ts';
import { workloadNames } from '../inventory-names.ts';
import type { Reading } from '../read.ts';

/**
 * "double the steps of checkout", "restart the network of api", "scale the replica set of web to 0", "roll back the
 * memory of web": the verb acts on something of the workload that is not the workload, its replicas or what the tool
 * changes. The things a call may act on are a closed list per tool; any other noun tied to the workload ("the X of W",
 * "W's X", "N more X") makes the call the requester's to confirm (red-team round 169).
 */
export function objectOfTheVerb(r: Reading, plain: string, ctx: PlanContext): Reading {
  if (r.plan.outcome !== 'tool' || !r.confident) return r;
  const allowed = ALLOWED[r.plan.tool];
  if (!allowed) return r;
  const name = String(r.plan.args.name ?? r.plan.args.target ?? '');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return r;
  const text = plain.toLowerCase().replace(/\breplica ?sets?\b/g, 'replicaset');
  const heads = namePatterns(name)
    .flatMap((re) => [...text.matchAll(re)].map((m) => m[1]))
    .filter((h) => !PLACE_OR_LINK.test(h) && !/ed$/.test(h));
  const names = workloadNames(ctx);
  // (A workload's own name, a number or a value with digits is no other object: "one more worker replica".)
  const other = heads.find((h) => !allowed.test(h) && !ANY_TOOL.test(h) && !names.has(h) && !/\d/.test(h));
  return other ? { ...r, confident: false, unsure: `an object other than the workload ("${other}")` } : r;
}

/**
 * Where a noun stands tied to the workload's name: "the X of W", "W's X", "N more X", and said as a compound ("the web
 * network", "checkout steps in staging", "web in prod network", "to 2 revisions"; red-team round 171). Built once per
 * name: the reader runs on every message.
 */
function namePatterns(name: string): RegExp[] {
  let found = PATTERNS.get(name);
  if (!found) {
    found = [
      new RegExp(
        `([a-z][\\w-]*)(?:\\s+(count|number|total|amount))?\\s+(?:of|on|for|to|from|in|at)\\s+(?:the\\s+)?${name}\\b`,
        'g',
      ),
      new RegExp(`\\b${name}(?:'s|s')\\s+([a-z][\\w-]*)`, 'g'),
      /\b(?:\d+|one|two|three|four|five|a few|a couple(?: of)?)\s+(?:more|fewer|less|extra|additional)\s+([a-z][\w-]*)/g,
      new RegExp(`\\bthe\\s+${name}\\s+([a-z][\\w-]*)`, 'g'),
      new RegExp(`\\b${name}\\s+([a-z][\\w-]*)\\s+in\\s`, 'g'),
      new RegExp(`\\b${name}\\s+in\\s+(?:the\\s+)?[a-z-]+\\s+([a-z][\\w-]*)\\s*(?:$|to\\s+\\d)`, 'g'),
      /\bto\s+\d+\s+([a-z][\w-]*s)\b/g,
    ];
    PATTERNS.set(name, found);
  }
  return found;
}
const PATTERNS = new Map<string, RegExp[]>();

/** Words that tie the name to its place or the rest of the sentence, never an object of their own. */
const PLACE_OR_LINK =
  /^(?:in|on|at|to|from|for|of|by|and|or|with|as|if|so|but|is|are|was|were|has|have|had|its|it|prod|production|staging|stg|stage|monitoring|kube-system|default|namespace|ns|cluster|bitte|por|favor|merci|grazie|gracias|danke|ty|tia|cheers|dashboard|link|here|there|right|asap|please|pls|plz|thanks|thx|first|again|too|also|then|now|today|tonight|quickly|immediately|fully|completely|entirely|once|twice|up|down|back|over|out|off|all|the|way|pod|pods|rollout|canary)$/;
/** What any call may be said to act on, and words that are no object (verbs, fillers, numbers). */
const ANY_TOOL =
  /^(?:\d+|it|them|one|ones|this|that|these|those|all|both|everything|replicas?|pods?|copies|copy|instances?|deployments?|deploy|app|apps|application|service|services|svc|workloads?|server|servers|backend|frontend|please|pls|now|again|back|up|down|out|over|just|only|also|too|more|less|fewer|then|thing|stuff|things|the|a|an|same|to|away|before|after|two|three|four|five|restart\w*|scal\w*|roll\w*|revert\w*|promot\w*|abort\w*|paus\w*|retr\w*|bounce|kill|delete|stop|set|update|add|remove|double|triple|halve|bump|reduce|increase|decrease|go|do|push|give|move|change|switch|apply|run|launch|start|inject)$/;

const WORKLOAD_THINGS =
  'rollout|rollouts|canary|canaries|preview|previews|release|releases|build|version|image|update|upgrade|change|changes|deployment';
const ALLOWED: Record<string, RegExp> = {
  scale: /^(?:count|size|capacity|scale|number|total|amount)$/,
  restart: new RegExp(`^(?:${WORKLOAD_THINGS}|containers?)$`),
  rollback: new RegExp(`^(?:${WORKLOAD_THINGS}|revision|revisions|rev|last|latest|previous|tag)$`),
  abort_rollout: new RegExp(`^(?:${WORKLOAD_THINGS}|step|steps|promotion|plug)$`),
  pause_rollout: new RegExp(`^(?:${WORKLOAD_THINGS}|step|steps|promotion)$`),
  promote_rollout: new RegExp(`^(?:${WORKLOAD_THINGS}|step|steps|promotion|stage|phase)$`),
  retry_rollout: new RegExp(`^(?:${WORKLOAD_THINGS}|step|steps|promotion)$`),
  set_image: /^(?:image|images|tag|version|container|containers|build|release)$/,
  delete_pod: /^(?:container|containers)$/,
  // An experiment's kind, its units and its verbs ("pod-kill on worker", "cut networking to api", "90 s on web").
  launch_chaos:
    /^(?:(?:pod|cpu|memory|mem|network|net)(?:-[a-z]+)+|latency|delay|lag|loss|packets?|traffic|network|networking|net|cpu|cpus|memory|mem|ram|stress|pressure|partition|failure|failures|fail|kill|killing|hog|hogging|drop|dropping|going|chaos|experiments?|tests?|faults?|load|jitter|ms|milliseconds|s|secs?|seconds?|mins?|minutes?|hours?|percent|%|level)$/,
};
