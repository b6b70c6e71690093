/** Compact monospace tables for Slack code blocks: one header row, columns padded, rows and cell width capped. */
export interface TableOptions {
  maxRows?: number;
  maxCell?: number;
}

export function cell(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (Array.isArray(value)) return value.map(cell).join(',');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Renders rows as an aligned text table inside a code block; says how many rows were left out. */
export function monoTable(headers: string[], rows: unknown[][], opts: TableOptions = {}): string {
  const maxRows = opts.maxRows ?? 30;
  const maxCell = opts.maxCell ?? 48;
  const shown = rows.slice(0, maxRows).map((r) => r.map((v) => clip(cell(v), maxCell)));
  const widths = headers.map((h, i) => Math.max(h.length, ...shown.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const body = [line(headers.map((h) => h.toUpperCase())), ...shown.map(line)].join('\n');
  const more = rows.length > maxRows ? `\n… ${rows.length - maxRows} more` : '';
  return `\`\`\`\n${body}${more}\n\`\`\``;
}
