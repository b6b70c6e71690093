import { num, pick, type Row } from './data.ts';
import { monoTable } from './table.ts';

export interface CostRow {
  name: string;
  cpu?: number;
  ram?: number;
  total: number;
}

/** OpenCost allocation rows, whatever the tool called them; the most expensive first. */
export function costRows(rows: Row[]): CostRow[] {
  return rows
    .map((r) => ({
      name: String(pick(r, 'name', 'namespace', 'key') ?? '?'),
      cpu: num(pick(r, 'cpuCost', 'cpu')),
      ram: num(pick(r, 'ramCost', 'ram', 'memoryCost')),
      total: num(pick(r, 'totalCost', 'total', 'cost')) ?? Number.NaN,
    }))
    .filter((r) => Number.isFinite(r.total))
    .sort((a, b) => b.total - a.total);
}

const money = (v: number | undefined) => (v === undefined ? '-' : `$${v.toFixed(2)}`);

export function costTable(rows: CostRow[]): string {
  const sum = rows.reduce((s, r) => s + r.total, 0);
  return monoTable(
    ['name', 'cpu', 'ram', 'total'],
    [...rows.map((r) => [r.name, money(r.cpu), money(r.ram), money(r.total)]), ['TOTAL', '', '', money(sum)]],
    { maxRows: 31 },
  );
}
