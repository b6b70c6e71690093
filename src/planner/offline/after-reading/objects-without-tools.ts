/**
 * Objects no tool acts on, asked for beside a call that looks like one: a Service, an Ingress, a bare Pod or an Argo
 * Rollout beside a new Deployment, an experiment on the node under a workload (red-team rounds 166 to 168). Refused,
 * with what the bot can do instead.
 */

import type { Reading } from '../read.ts';

/** A second object asked for beside a new Deployment, one no tool creates: "… and a service", "with an ingress". */
const OTHER_OBJECT =
  /\b(?:and|with|plus|then|&)\s+(?:also\s+|then\s+)?(?:a |an |its |the |one |their )?(?:new )?(?:k8s |kubernetes )?(?:service|svc|ingress|load ?balancer|hpa|autoscaler|config ?map|secret|pvc|persistent volume|volume|route|cron ?job|network ?policy)s?\b/i;
/** A new Argo Rollout asked for by name: "create a rollout called cache", "spin up a new rollout cache". */
const NEW_ROLLOUT =
  /\b(?:create|make|spin up|set up|add|start|run|launch)\s+(?:a |an |the )?(?:new |fresh |single |bare |plain |standalone )?(?:argo )?(?:rollout|canary|blue-?green|pod|replica ?set|stateful ?set|daemon ?set|job|cron ?job)\b(?!\s+(?:of|for|to)\b)/i;
const NOT_A_DEPLOYMENT =
  'I create plain Deployments only: a Service, an Ingress, an Argo Rollout, a bare Pod or other objects have no tool here. Ask for the Deployment alone, e.g. "create deployment cache in staging with image redis:7", and set up the rest outside the bot.';

/** "create cache in staging with redis:7 and a service", "create a rollout called cache …" (red-team round 166). */
export function objectBesideCreate(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'create_deployment') return r;
  // "create a cache rollout", "… as a rollout", "… and also a svc": the object no tool makes, wherever it is said.
  if (
    !OTHER_OBJECT.test(plain) &&
    !NEW_ROLLOUT.test(plain) &&
    !/(?<!-|named |called |name )\b(?:(?:a|an|as a|in a|into a|make it a|the) (?:[a-z0-9-]+ )?(?:argo )?rollout|(?:create|make|spin up|start) [a-z0-9-]+ rollout|ingress(?:es)?|load ?balancers?|config ?maps?|pvcs?)\b(?!-)/i.test(
      plain.split(/[.;!?]\s/)[0] ?? '',
    )
  )
    return r;
  return { plan: { outcome: 'unsupported', message: NOT_A_DEPLOYMENT, source: 'offline' }, confident: true };
}

/** "stress cpu on the node running worker", "partition api's node": the node under a workload, not its pods. */
const ON_THE_NODE =
  /\b(?:worker nodes?|[a-z0-9-]+'s nodes?|(?:the|its|their) (?:[a-z0-9-]+ )?nodes?$|(?:the )?nodes? (?:running|hosting|under|behind|of|for|where|that runs?|that hosts?|with)|(?:on|to|of|at) (?:a|an|the|its|their|one|each|every|all)? ?(?:[a-z0-9-]+ )?nodes?)\b/i;
const NOT_ON_NODES =
  'I run experiments on a workload\'s pods, not on the nodes they run on. Name the workload, e.g. "stress cpu on worker in staging".';

/** An experiment aimed at the node a workload runs on (red-team round 167): no tool runs one there. */
export function experimentOnNode(r: Reading, plain: string): Reading {
  if (r.plan.outcome !== 'tool' || r.plan.tool !== 'launch_chaos') return r;
  // In the request's own clause: "… and let kubernetes put it on another node" says where its pods go next.
  const [request = '', next = ''] = plain.split(/[,;]|\s(?:and|so|then|because|since)\s/i);
  // "stress cpu on web in staging, on its node": a place said right after the request is still its place.
  if (!ON_THE_NODE.test(request.trim()) && !/^\s*on (?:its|the|their) nodes?\s*$/i.test(next)) return r;
  return { plan: { outcome: 'unsupported', message: NOT_ON_NODES, source: 'offline' }, confident: true };
}
