/**
 * Every hardening promise prints the figure it measured, one line each, so a CI log (and docs/guarantees.md)
 * can quote it: `[figure] mediation: 300 runs, 0 denied writes reached the cluster`.
 */
export function figure(name: string, text: string): void {
  console.log(`[figure] ${name}: ${text}`);
}

export const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
