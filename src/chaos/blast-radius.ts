/**
 * Level → blast radius, the one mapping both engines use:
 *   1–3  one pod
 *   4–6  up to 25% of the target's pods
 *   7–9  up to 50% of the target's pods
 *   10   all of them
 * "Up to" because a percentage of a few pods rounds down (never below one pod).
 */
export type ChaosMeshMode = 'one' | 'fixed-percent' | 'all';

export interface BlastRadius {
  /** Chaos Mesh `mode`. */
  mode: ChaosMeshMode;
  /** Chaos Mesh `value`: the percentage for `fixed-percent`, absent otherwise. */
  value?: string;
  /** For people: "1 pod", "up to 25% of the pods", "all pods". */
  words: string;
}

export function blastRadius(level: number): BlastRadius {
  if (!Number.isInteger(level) || level < 1 || level > 10) {
    throw new RangeError(`a chaos level is a whole number from 1 to 10, not ${level}`);
  }
  if (level <= 3) return { mode: 'one', words: '1 pod' };
  if (level <= 6) return { mode: 'fixed-percent', value: '25', words: 'up to 25% of the pods' };
  if (level <= 9) return { mode: 'fixed-percent', value: '50', words: 'up to 50% of the pods' };
  return { mode: 'all', words: 'all pods' };
}

/** How many of `total` pods the native engine hits at this level (0 only when there are no pods). */
export function podCount(level: number, total: number): number {
  if (total <= 0) return 0;
  const r = blastRadius(level);
  if (r.mode === 'one') return 1;
  if (r.mode === 'all') return total;
  return Math.max(1, Math.floor((total * Number(r.value)) / 100));
}
