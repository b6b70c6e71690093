import { z } from 'zod';
import abortRollout from '../../tools/abort-rollout.ts';
import createDeployment from '../../tools/create-deployment.ts';
import deletePod from '../../tools/delete-pod.ts';
import describeWorkload from '../../tools/describe-workload.ts';
import getLogs from '../../tools/get-logs.ts';
import launchChaos from '../../tools/launch-chaos.ts';
import listChaos from '../../tools/list-chaos.ts';
import listPods from '../../tools/list-pods.ts';
import listWorkloads from '../../tools/list-workloads.ts';
import pauseRollout from '../../tools/pause-rollout.ts';
import promoteRollout from '../../tools/promote-rollout.ts';
import queryCosts from '../../tools/query-costs.ts';
import restart from '../../tools/restart.ts';
import retryRollout from '../../tools/retry-rollout.ts';
import rollback from '../../tools/rollback.ts';
import scale from '../../tools/scale.ts';
import setImage from '../../tools/set-image.ts';
import stopChaos from '../../tools/stop-chaos.ts';
import { CoxswainError } from '../core/errors.ts';
import type { Risk, ToolDefinition } from './tool.ts';

/** The allowlist: these 18 tools and nothing else. Order is the order of tools.md. */
export const TOOLS: readonly ToolDefinition[] = [
  listWorkloads,
  describeWorkload,
  listPods,
  getLogs,
  queryCosts,
  listChaos,
  createDeployment,
  scale,
  restart,
  rollback,
  setImage,
  promoteRollout,
  abortRollout,
  retryRollout,
  pauseRollout,
  launchChaos,
  stopChaos,
  deletePod,
] as unknown as ToolDefinition[];

const byName = new Map(TOOLS.map((t) => [t.name, t]));

export const TOOL_NAMES = TOOLS.map((t) => t.name);

export function findTool(name: string): ToolDefinition | undefined {
  return byName.get(name);
}

export function getTool(name: string): ToolDefinition {
  const tool = byName.get(name);
  if (!tool) {
    throw new CoxswainError(
      'unknown_tool',
      'request',
      `There is no tool called "${name}". Run \`coxswain tools\` to see the ${TOOLS.length} tools coxswain can use.`,
    );
  }
  return tool;
}

export function isReadTool(name: string): boolean {
  return findTool(name)?.risk === 'read';
}

export function riskOf(name: string): Risk {
  return getTool(name).risk;
}

/** Validates arguments against the tool's schema (defaults applied); errors name each bad field. */
export function parseArgs(tool: ToolDefinition, args: unknown): Record<string, unknown> {
  const r = tool.schema.safeParse(args ?? {});
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'arguments'}: ${i.message}`).join('; ');
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `The arguments for ${tool.name} are not valid (${problems}). Run \`coxswain tools --json\` to see what ${tool.name} takes.`,
    );
  }
  return r.data as Record<string, unknown>;
}

export function toolJsonSchema(tool: ToolDefinition): Record<string, unknown> {
  return z.toJSONSchema(tool.schema, { io: 'input' }) as Record<string, unknown>;
}

export function describeTools(): { name: string; description: string; risk: Risk; inputSchema: Record<string, unknown> }[] {
  return TOOLS.map((t) => ({ name: t.name, description: t.description, risk: t.risk, inputSchema: toolJsonSchema(t) }));
}
