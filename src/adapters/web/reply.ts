import type { ApprovalState } from '../../approvals/approval.ts';
import type { Core } from '../../core/core.ts';
import type { Result } from '../../core/result.ts';
import { costChart } from '../slack/render/chart.ts';
import { costRows } from '../slack/render/costs.ts';
import { isRecord, rowsOf, splitToolResult } from '../slack/render/data.ts';

/**
 * What the playground's HTTP API answers for a request or a decision: the Core's Result as it is, the approval
 * it names (the page draws the plan card from it), and for costs the chart as an image.
 */
export interface WebReply {
  result: Result;
  approval?: ApprovalState;
  /** A PNG data URL of the cost chart (the same echarts rendering the Slack adapter uploads). */
  chart?: string;
}

function chartOf(result: Result): string | undefined {
  if (result.tool !== 'query_costs' || result.outcome !== 'answer') return undefined;
  const { data } = splitToolResult(result.result);
  const rows = costRows(rowsOf(data) ?? []);
  if (rows.length === 0) return undefined;
  const window = isRecord(data) && typeof data.window === 'string' ? data.window : undefined;
  const { png } = costChart(rows, `Cost${window ? ` over ${window}` : ''}`);
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

export async function webReply(core: Core, result: Result): Promise<WebReply> {
  const approval = result.approvalId ? await core.getApproval(result.approvalId) : undefined;
  const chart = chartOf(result);
  return { result, ...(approval ? { approval } : {}), ...(chart ? { chart } : {}) };
}
