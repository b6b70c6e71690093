import type { KnownBlock } from '@slack/types';
import type { Result } from '../../../core/result.ts';
import { costChart } from './chart.ts';
import { costRows, costTable } from './costs.ts';
import { isRecord, rowsOf, splitToolResult } from './data.ts';
import { diffLines, isChangeList } from './diff.ts';
import { chaosTable, podTable, workloadTable } from './lists.ts';
import { logBlock } from './logs.ts';
import { codeBlock, mrkdwnEscape, type SlackMessage, section } from './message.ts';
import { workloadStatus } from './rollout.ts';

/** The tool-specific part of an answer: a table, a status, a log block, or the data as JSON. */
function body(tool: string | undefined, data: unknown): { text?: string; chart?: SlackMessage['chart'] } {
  const rows = rowsOf(data);
  switch (tool) {
    case 'list_workloads':
      return { text: rows ? workloadTable(rows) : undefined };
    case 'list_pods':
      return { text: rows ? podTable(rows) : undefined };
    case 'list_chaos':
      return { text: rows ? chaosTable(rows) : undefined };
    case 'describe_workload': {
      const obj = isRecord(data) ? ((isRecord(data.workload) ? data.workload : data) as Record<string, unknown>) : undefined;
      return { text: obj ? workloadStatus(obj) : undefined };
    }
    case 'get_logs':
      return { text: logBlock(data) };
    case 'query_costs': {
      const costs = costRows(rows ?? []);
      if (costs.length === 0) return {};
      const window = isRecord(data) && typeof data.window === 'string' ? data.window : undefined;
      return { text: costTable(costs), chart: costChart(costs, `Cost${window ? ` over ${window}` : ''}`) };
    }
    default: {
      // Writes report what they changed: show it as the card's diff does, not as raw JSON.
      if (isRecord(data) && isChangeList(data.changes)) return { text: codeBlock(diffLines(data.changes)) };
      return { text: data === undefined ? undefined : codeBlock(JSON.stringify(data, null, 2)) };
    }
  }
}

/** A read answer or an executed write: the tool's summary, then its data formatted for Slack. */
export function renderToolResult(result: Result, lead?: string): SlackMessage {
  const { summary, data } = splitToolResult(result.result);
  const head = [lead, summary ?? result.reason]
    .filter(Boolean)
    .map((s) => mrkdwnEscape(String(s)))
    .join('\n');
  const { text, chart } = body(result.tool, data);
  const blocks: KnownBlock[] = [];
  if (head) blocks.push(section(head));
  if (text) blocks.push(section(text));
  const fallback = head || `${result.tool ?? 'coxswain'} answered`;
  return { text: fallback, blocks: blocks.length ? blocks : undefined, chart };
}
