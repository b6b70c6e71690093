import { findTool, parseArgs, TOOL_NAMES } from '../catalog/registry.ts';
import { CoxswainError } from '../core/errors.ts';
import { describeCall } from './describe-call.ts';
import { closestMatches } from './fuzzy.ts';
import type { InventoryWorkload, Plan, PlanContext } from './plan.ts';

type Source = 'offline' | 'llm' | 'direct';
type Args = Record<string, unknown>;

/** Which argument names an existing workload, per tool. */
const WORKLOAD_ARG: Record<string, string> = {
  describe_workload: 'name',
  get_logs: 'name',
  list_pods: 'workload',
  scale: 'name',
  restart: 'name',
  rollback: 'name',
  set_image: 'name',
  promote_rollout: 'name',
  abort_rollout: 'name',
  retry_rollout: 'name',
  pause_rollout: 'name',
  launch_chaos: 'target',
};
const ROLLOUT_ONLY = new Set(['promote_rollout', 'abort_rollout', 'retry_rollout', 'pause_rollout']);
/** Tools whose namespace cannot be found from a workload name, so the person must give it. */
const NEEDS_NAMESPACE = new Set(['create_deployment', 'stop_chaos', 'delete_pod', 'get_logs', 'list_pods']);

/** A pod name as controllers make them: `<workload>-<hash>[-<hash>]`, or any name with a digit after a dash. */
export function looksLikePodName(name: string): boolean {
  return /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) && /-[a-z0-9]*\d[a-z0-9]*(-|$)/.test(name);
}

export const ref = (w: { namespace: string; name: string }) => `${w.namespace}/${w.name}`;

/**
 * Re-validates one tool call against the catalog and the cluster inventory: the offline planner's own calls and
 * the LLM's calls go through here, so a model can never reach a tool, a name or an argument the planner would
 * not produce itself. Policy decides whether the call is allowed; this only decides whether it makes sense.
 */
export function resolveCall(tool: string, args: Args, ctx: PlanContext, source: Source = 'offline'): Plan {
  const def = findTool(tool);
  if (!def) {
    return {
      outcome: 'unsupported',
      source,
      message: `I cannot do "${tool}": it is not one of my tools. I can use: ${TOOL_NAMES.join(', ')}.`,
    };
  }
  const a: Args = Object.fromEntries(Object.entries(args ?? {}).filter(([, v]) => v !== undefined && v !== null));
  if (a.cluster !== undefined && a.cluster === ctx.defaultCluster) delete a.cluster;
  const clarify = (message: string, candidates?: string[]): Plan => ({
    outcome: 'clarify',
    source,
    message,
    ...(candidates?.length ? { candidates } : {}),
  });

  if (typeof a.namespace === 'string') {
    const ns = a.namespace.trim().toLowerCase();
    a.namespace = ctx.namespaceAliases[ns] ?? ns;
    const known = ctx.inventory.namespaces;
    if (known.length && !known.includes(a.namespace as string)) {
      const near = closestMatches(a.namespace as string, known);
      return clarify(
        `There is no namespace "${a.namespace}".${near.length ? ` Did you mean ${near.join(' or ')}?` : ''} Namespaces: ${known.join(', ')}.`,
        near,
      );
    }
  }

  let target: InventoryWorkload | undefined;
  const field = WORKLOAD_ARG[tool];
  if (field && typeof a[field] === 'string') {
    const found = findWorkload(tool, field, a, ctx);
    if (found.clarify) return clarify(found.clarify, found.candidates);
    target = found.workload;
    if (target) {
      a.namespace = target.namespace;
      a[field] = target.name;
    }
  }

  if (tool === 'create_deployment' && typeof a.name === 'string') {
    const existing = ctx.inventory.workloads.filter((w) => w.name === a.name);
    const same = existing.find((w) => w.namespace === a.namespace);
    if (same) {
      return clarify(
        `${ref(same)} already exists. To change its image, say "set the image of ${same.name} in ${same.namespace} to ${String(a.image ?? 'IMAGE')}".`,
        [ref(same)],
      );
    }
  }
  if ((tool === 'delete_pod' || tool === 'get_logs') && a.namespace === undefined && typeof a.name === 'string') {
    const pods = ctx.inventory.pods.filter((p) => p.name === a.name);
    // "delete pod coredns-5d78c9869d-x7k2p": a pod not seen yet, of a workload that lives in one namespace only.
    const owners = new Set(
      ctx.inventory.workloads.filter((w) => String(a.name).startsWith(`${w.name}-`)).map((w) => w.namespace),
    );
    if (pods.length === 1) a.namespace = pods[0].namespace;
    else if (pods.length === 0 && owners.size === 1 && looksLikePodName(String(a.name))) a.namespace = [...owners][0];
  }
  if (NEEDS_NAMESPACE.has(tool) && a.namespace === undefined) {
    return clarify(
      `Which namespace? Say it with "in NAMESPACE" (${ctx.inventory.namespaces.join(', ')}).`,
      ctx.inventory.namespaces,
    );
  }

  let parsed: Args;
  try {
    parsed = parseArgs(def, a);
  } catch (err) {
    if (err instanceof CoxswainError) return clarify(err.message);
    throw err;
  }
  return { outcome: 'tool', tool, args: parsed, source, message: describeCall(tool, parsed, target) };
}

interface Found {
  workload?: InventoryWorkload;
  clarify?: string;
  candidates?: string[];
}

function findWorkload(tool: string, field: string, a: Args, ctx: PlanContext): Found {
  const name = String(a[field]).trim().toLowerCase();
  const ns = a.namespace as string | undefined;
  const all = ctx.inventory.workloads.filter((w) => a.cluster === undefined || w.cluster === a.cluster);
  let named = all.filter((w) => w.name === name);

  // Logs of a pod: a pod in the inventory, or a name shaped like one, passes through (the API checks it).
  if (tool === 'get_logs' && named.length === 0) {
    const pod = ctx.inventory.pods.find((p) => p.name === name && (!ns || p.namespace === ns));
    if (pod) return {};
    if (looksLikePodName(name)) {
      if (!ns) {
        const owners = all.filter((w) => name.startsWith(`${w.name}-`));
        if (owners.length === 1) a.namespace = owners[0].namespace;
      }
      return {};
    }
  }
  if (named.length === 0) {
    const near = closestMatches(
      name,
      all.map((w) => w.name),
    );
    const where = near.flatMap((n) => all.filter((w) => w.name === n).map(ref));
    return {
      clarify: `I cannot find a workload called "${name}"${ns ? ` in ${ns}` : ''}.${where.length ? ` Did you mean ${where.join(', ')}?` : ' Say "list workloads" to see them.'}`,
      candidates: where,
    };
  }
  if (ns) {
    const inNs = named.find((w) => w.namespace === ns);
    if (!inNs) {
      return {
        clarify: `There is no "${name}" in ${ns}; it is in ${named.map((w) => w.namespace).join(', ')}. Which one did you mean?`,
        candidates: named.map(ref),
      };
    }
    named = [inNs];
  }
  if (ROLLOUT_ONLY.has(tool) && named.length > 1 && named.some((w) => w.kind === 'Rollout')) {
    named = named.filter((w) => w.kind === 'Rollout');
  }
  if (named.length > 1) {
    return {
      clarify: `"${name}" exists in ${named.length} namespaces: ${named.map(ref).join(', ')}. Which one? Add "in NAMESPACE".`,
      candidates: named.map(ref),
    };
  }
  const w = named[0];
  if (ROLLOUT_ONLY.has(tool) && w.kind !== 'Rollout') {
    const rollouts = all.filter((x) => x.kind === 'Rollout').map(ref);
    const verb = tool.replace('_rollout', '');
    return {
      clarify: `${ref(w)} is a Deployment, and ${verb} works on Argo Rollouts only (${rollouts.join(', ') || 'none here'}). For a Deployment you can restart, roll back, scale or set its image.`,
      candidates: rollouts,
    };
  }
  return { workload: w };
}
