import type { InventoryWorkload } from './plan.ts';

/** Words for a person: what one resolved tool call will do ("Scale staging/web from 2 to 4 replicas."). */
export function describeCall(tool: string, a: Record<string, unknown>, target?: InventoryWorkload): string {
  const ns = a.namespace as string | undefined;
  const ref = (name: unknown) => (ns ? `${ns}/${String(name)}` : String(name));
  const dur = (s: number) => (s % 60 === 0 ? `${s / 60} minute${s === 60 ? '' : 's'}` : `${s} seconds`);
  switch (tool) {
    case 'list_workloads':
      return ns ? `List the workloads in ${ns}.` : 'List the workloads in all namespaces.';
    case 'describe_workload':
      return `Describe ${ref(a.name)}.`;
    case 'list_pods':
      return a.workload ? `List the pods of ${ref(a.workload)}.` : `List the pods in ${ns}.`;
    case 'get_logs': {
      const since = typeof a.sinceSeconds === 'number' ? ` from the last ${dur(a.sinceSeconds)}` : '';
      return `Show the last ${a.tailLines} log lines of ${ref(a.name)}${since}.`;
    }
    case 'query_costs':
      return `Show costs for the window ${a.window} by ${a.aggregate}${ns ? ` in ${ns}` : ''}${a.top ? `, top ${a.top}` : ''}.`;
    case 'list_chaos':
      return ns ? `List the chaos experiments in ${ns}.` : 'List the chaos experiments in all namespaces.';
    case 'create_deployment':
      return `Create Deployment ${ref(a.name)} with image ${a.image} and ${a.replicas} replica${a.replicas === 1 ? '' : 's'}${a.port ? ` on port ${a.port}` : ''}.`;
    case 'scale':
      return target
        ? `Scale ${ref(a.name)} from ${target.replicas} to ${a.replicas} replicas.`
        : `Scale ${ref(a.name)} to ${a.replicas} replicas.`;
    case 'restart':
      return `Restart ${ref(a.name)} (a rolling restart of its pods).`;
    case 'rollback':
      return a.toRevision
        ? `Roll back ${ref(a.name)} to revision ${a.toRevision}.`
        : `Roll back ${ref(a.name)} to its previous revision.`;
    case 'set_image':
      return `Set the image of ${ref(a.name)} to ${a.image}${target?.images[0] ? ` (now ${target.images[0]})` : ''}.`;
    case 'promote_rollout':
      return a.full
        ? `Fully promote the ${ref(a.name)} rollout, skipping its remaining steps.`
        : `Promote the ${ref(a.name)} rollout to its next step.`;
    case 'abort_rollout':
      return `Abort the ${ref(a.name)} rollout (traffic goes back to the stable version).`;
    case 'retry_rollout':
      return `Retry the aborted ${ref(a.name)} rollout.`;
    case 'pause_rollout':
      return `Pause the ${ref(a.name)} rollout.`;
    case 'launch_chaos': {
      const extra = [a.latencyMs ? `${a.latencyMs} ms delay` : '', a.lossPercent ? `${a.lossPercent}% loss` : '']
        .filter(Boolean)
        .join(', ');
      return `Run a ${a.experiment} experiment${extra ? ` (${extra})` : ''} on ${ref(a.target)} at level ${a.level} for ${dur(a.durationSeconds as number)}.`;
    }
    case 'stop_chaos':
      return `Stop the chaos experiment ${ref(a.name)} and undo what it started.`;
    case 'delete_pod':
      return `Delete pod ${ref(a.name)} (its controller replaces it).`;
    default:
      return `Call ${tool}.`;
  }
}
