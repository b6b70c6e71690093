const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `30s`, `30m`, `2h`, `1d`, `1h30m` → seconds; undefined when it is not such a duration (or is zero). */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+[smhd])+$/.test(trimmed)) return undefined;
  let seconds = 0;
  for (const [, n, unit] of trimmed.matchAll(/(\d+)([smhd])/g)) seconds += Number(n) * UNIT_SECONDS[unit];
  return seconds > 0 ? seconds : undefined;
}

/** Seconds → the shortest of `45s`, `30m`, `2h`, `1h30m` for messages. */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const unit of ['d', 'h', 'm', 's']) {
    const n = Math.floor(rest / UNIT_SECONDS[unit]);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * UNIT_SECONDS[unit];
  }
  return parts.join('') || '0s';
}
