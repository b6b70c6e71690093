/**
 * OpenCost's `window` syntax, resolved to a [start, end) range in UTC: today, yesterday, week, lastweek,
 * month, lastmonth, `<N>d` (whole days up to the end of today), `<N>h` (whole hours up to the current one),
 * `<N>m`, and explicit `start,end` (RFC 3339 or unix seconds). Ranges snap to whole days or hours so the same
 * query gives the same numbers.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Range {
  start: number;
  end: number;
}

function startOfDay(t: number): number {
  return Math.floor(t / DAY) * DAY;
}

function parseInstant(s: string): number {
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`invalid window: "${s}" is neither RFC 3339 nor unix seconds`);
  return t;
}

export function parseWindow(window: string, now: Date): Range {
  const n = now.getTime();
  const today = startOfDay(n);
  const tomorrow = today + DAY;
  const w = window.trim().toLowerCase();
  const weekStart = today - now.getUTCDay() * DAY;
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  switch (w) {
    case 'today':
      return { start: today, end: tomorrow };
    case 'yesterday':
      return { start: today - DAY, end: today };
    case 'week':
      return { start: weekStart, end: tomorrow };
    case 'lastweek':
      return { start: weekStart - 7 * DAY, end: weekStart };
    case 'month':
      return { start: monthStart, end: tomorrow };
    case 'lastmonth':
      return { start: Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1), end: monthStart };
  }
  const rel = /^(\d+)(d|h|m)$/.exec(w);
  if (rel) {
    const count = Number(rel[1]);
    if (count <= 0) throw new Error(`invalid window: "${window}" must be positive`);
    if (rel[2] === 'd') return { start: tomorrow - count * DAY, end: tomorrow };
    const hourEnd = Math.floor(n / HOUR) * HOUR + HOUR;
    return { start: hourEnd - count * (rel[2] === 'h' ? HOUR : 60_000), end: hourEnd };
  }
  if (w.includes(',')) {
    const [a, b] = window.split(',').map((s) => parseInstant(s.trim()));
    if (!(b > a)) throw new Error(`invalid window: "${window}" ends before it starts`);
    return { start: a, end: b };
  }
  throw new Error(`invalid window "${window}": use today, yesterday, week, lastweek, month, lastmonth, <N>d, <N>h or start,end`);
}

/** `1d`, `24h`, `30m`: the length of one step, in milliseconds. */
export function parseStep(step: string): number {
  const m = /^(\d+)(d|h|m)$/.exec(step.trim());
  if (!m || Number(m[1]) <= 0) throw new Error(`invalid step "${step}": use <N>d, <N>h or <N>m`);
  return Number(m[1]) * (m[2] === 'd' ? DAY : m[2] === 'h' ? HOUR : 60_000);
}

export { DAY, HOUR };
