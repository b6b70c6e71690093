import type { CostImpact, Notice } from '../core/notices.ts';

/** A monthly cost change in words: "+$12.34/month", "−$3.00/month", or "unknown". */
export function costWords(c: CostImpact): string {
  if (c.monthly === null) return `Cost: unknown (${c.basis.replace(/^cost unknown: /, '')})`;
  const sign = c.monthly > 0 ? '+' : c.monthly < 0 ? '−' : '±';
  const symbol = c.currency === 'USD' ? '$' : `${c.currency} `;
  return `Cost: ${sign}${symbol}${Math.abs(c.monthly).toFixed(2)}/month (${c.basis})`;
}

export function noticeWords(n: Notice): string {
  return `GitOps: ${n.message} Instead: ${n.instead.join(' ')}`;
}

/** The plain-text lines every text adapter (terminal, MCP) adds under a write: notices, the cost, the planner's note. */
export function noticeLines(r: { notices?: Notice[]; costImpact?: CostImpact; note?: string }): string[] {
  return [...(r.notices ?? []).map(noticeWords), ...(r.costImpact ? [costWords(r.costImpact)] : []), ...(r.note ? [r.note] : [])];
}
