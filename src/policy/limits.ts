import type { PolicyDecision } from '../core/result.ts';
import { formatDuration } from './duration.ts';
import type { PolicyInput } from './evaluate.ts';
import { anyGlobMatches } from './glob.ts';
import type { Limit, Policy } from './schema.ts';

const CHAOS_INJECT_LABEL = 'chaos-mesh.org/inject';

const REPLICA_TOOLS = ['scale', 'create_deployment'];
const IMAGE_TOOLS = ['create_deployment', 'set_image'];

/**
 * The first limit the call breaks, as a deny decision; undefined when it keeps within all of them. Every
 * limit block whose namespaces and clusters match applies. A value a limit needs but the call or the caller
 * does not give (e.g. the current replica count) is a breach: what cannot be checked is not allowed.
 */
/** Whether deciding `tool` reads the target namespace's labels, so callers fetch them only then. */
export function needsNamespaceLabels(policy: Policy, tool: string): boolean {
  return tool === 'launch_chaos' && policy.chaosRequiresInjectLabel;
}

export function checkLimits(policy: Policy, input: PolicyInput): PolicyDecision | undefined {
  const { tool, namespace } = input;
  if (needsNamespaceLabels(policy, tool) && input.namespaceLabels?.[CHAOS_INJECT_LABEL] !== 'enabled') {
    return breach(
      `chaos requires label ${CHAOS_INJECT_LABEL}=enabled`,
      `Chaos runs only in namespaces labelled ${CHAOS_INJECT_LABEL}=enabled, and ${namespace ?? 'this namespace'} is not. Label it first (kubectl label namespace ${namespace} ${CHAOS_INJECT_LABEL}=enabled) if chaos is welcome there.`,
    );
  }
  const blocks = policy.limits.filter(
    (l) =>
      anyGlobMatches(l.clusters, input.cluster) &&
      (namespace === undefined ? l.namespaces.includes('*') : anyGlobMatches(l.namespaces, namespace)),
  );
  for (const limit of blocks) {
    const found = checkBlock(limit, input);
    if (found) return found;
  }
  return undefined;
}

function checkBlock(limit: Limit, input: PolicyInput): PolicyDecision | undefined {
  const { tool, args } = input;
  const ns = input.namespace ?? 'every namespace';
  if (REPLICA_TOOLS.includes(tool) && limit.maxReplicas !== undefined) {
    const replicas = args.replicas;
    if (typeof replicas !== 'number' || replicas > limit.maxReplicas) {
      return breach(
        'limit maxReplicas',
        `${tool} to ${String(replicas)} replicas is above the limit of ${limit.maxReplicas} in ${ns}. Ask for ${limit.maxReplicas} or fewer.`,
      );
    }
  }
  if (tool === 'scale' && limit.maxReplicaChange !== undefined) {
    const replicas = args.replicas;
    const current = input.current?.replicas;
    if (typeof replicas !== 'number' || current === undefined) {
      return breach(
        'limit maxReplicaChange',
        `The change in replicas cannot be checked against the limit of ${limit.maxReplicaChange} in ${ns} because the current count is unknown. Try again once the workload can be read.`,
      );
    }
    if (Math.abs(replicas - current) > limit.maxReplicaChange) {
      return breach(
        'limit maxReplicaChange',
        `Going from ${current} to ${replicas} replicas changes more than ${limit.maxReplicaChange} at once in ${ns}. Scale in steps of at most ${limit.maxReplicaChange}.`,
      );
    }
  }
  if (IMAGE_TOOLS.includes(tool) && limit.registries) {
    const image = args.image;
    if (typeof image !== 'string' || !limit.registries.some((prefix) => imageFrom(image, prefix))) {
      return breach(
        'limit registries',
        `The image ${String(image)} is not from an allowed registry in ${ns} (${limit.registries.join(', ')}). Push it to one of those and use that reference.`,
      );
    }
  }
  if (tool === 'launch_chaos' && limit.chaos) {
    const { maxLevel, maxDuration } = limit.chaos;
    const level = args.level;
    if (maxLevel !== undefined && (typeof level !== 'number' || level > maxLevel)) {
      return breach(
        'limit chaos.maxLevel',
        `Chaos level ${String(level)} is above the limit of ${maxLevel} in ${ns}. Ask for level ${maxLevel} or lower.`,
      );
    }
    const seconds = args.durationSeconds;
    if (maxDuration !== undefined && (typeof seconds !== 'number' || seconds > maxDuration)) {
      return breach(
        'limit chaos.maxDuration',
        `A chaos experiment of ${typeof seconds === 'number' ? formatDuration(seconds) : 'unknown length'} is longer than the limit of ${formatDuration(maxDuration)} in ${ns}. Ask for a shorter one.`,
      );
    }
  }
  return undefined;
}

function breach(rule: string, reason: string): PolicyDecision {
  return { effect: 'deny', rule, reason };
}

/**
 * Whether `image` comes from `prefix` (a registry, an organisation or a whole repository), on a path boundary
 * so that ghcr.io/acme does not allow ghcr.io/acme-evil. Docker Hub short names are expanded first, the way
 * the container runtime reads them: nginx → docker.io/library/nginx, prom/prometheus → docker.io/prom/prometheus.
 */
export function imageFrom(image: string, prefix: string): boolean {
  const full = normalizeImage(image);
  const p = prefix.replace(/\/+$/, '');
  return full === p || [`${p}/`, `${p}:`, `${p}@`].some((start) => full.startsWith(start));
}

function normalizeImage(image: string): string {
  const slash = image.indexOf('/');
  if (slash === -1) return `docker.io/library/${image}`;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? image : `docker.io/${image}`;
}
