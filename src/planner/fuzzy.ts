/**
 * Edit distance for typo tolerance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours — "resatrt" is one step from "restart"). Pure and allocation-light: the planner calls it
 * for every unknown word against a small vocabulary.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three reused rows (two back for the swap), so a call allocates nothing once the rows are large enough.
  if (rows[0].length < n + 1) rows = [new Uint16Array(n + 1), new Uint16Array(n + 1), new Uint16Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

let rows = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/** How many typos a word of this length may carry and still be recognised. Short words must be exact. */
export function typoBudget(word: string): number {
  if (word.length <= 3) return 0;
  if (word.length <= 7) return 1;
  return 2;
}

/** Every candidate at the smallest distance within the word's typo budget (empty when none is close enough). */
export function closestAll(word: string, candidates: Iterable<string>, budget = typoBudget(word)): string[] {
  if (budget <= 0) return [];
  let bestD = budget + 1;
  let best: string[] = [];
  for (const c of candidates) {
    const d = editDistance(word, c, budget);
    if (d < bestD) {
      bestD = d;
      best = [c];
    } else if (d === bestD && !best.includes(c)) best.push(c);
  }
  return bestD <= budget ? best : [];
}

/**
 * The single closest candidate; when several are as close, the first letter may settle it (people rarely mistype
 * the first letter: "rstart" → restart, not start). `same` says when two candidates mean the same thing.
 */
export function closestUnique(
  word: string,
  candidates: Iterable<string>,
  budget = typoBudget(word),
  same: (a: string, b: string) => boolean = (a, b) => a === b,
): string | undefined {
  const best = closestAll(word, candidates, budget);
  const pick = (xs: string[]) => (xs.length > 0 && xs.every((x) => same(x, xs[0])) ? xs[0] : undefined);
  return pick(best) ?? pick(best.filter((c) => c[0] === word[0]));
}

/** Candidates ordered by closeness (for "did you mean ..." suggestions), at most `limit`, within `max` edits. */
export function closestMatches(
  word: string,
  candidates: Iterable<string>,
  limit = 3,
  max = Math.max(2, Math.ceil(word.length / 2)),
): string[] {
  const scored: { c: string; d: number }[] = [];
  for (const c of new Set(candidates)) {
    const d = editDistance(word, c, max);
    if (d <= max || c.includes(word) || word.includes(c)) scored.push({ c, d });
  }
  return scored
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((s) => s.c);
}
