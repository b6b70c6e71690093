/**
 * Tolerant readers of tool result data. Tools return JSON the adapter does not own, so renderers look for the
 * fields they know by a few common names and fall back to the tool's own summary when nothing matches.
 */
export type Row = Record<string, unknown>;

export function isRecord(v: unknown): v is Row {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The tool's words and data, whether the Core passed a ToolResult `{summary, data}` or the data alone. */
export function splitToolResult(result: unknown): { summary?: string; data: unknown } {
  if (isRecord(result) && typeof result.summary === 'string') return { summary: result.summary, data: result.data };
  return { data: result };
}

/** The first array of objects: the data itself, or one of its list fields. */
export function rowsOf(
  data: unknown,
  keys: string[] = ['items', 'workloads', 'pods', 'rows', 'allocations', 'experiments'],
): Row[] | undefined {
  if (Array.isArray(data)) return data.filter(isRecord);
  if (!isRecord(data)) return undefined;
  for (const k of keys) {
    const v = data[k];
    if (Array.isArray(v)) return v.filter(isRecord);
  }
  return undefined;
}

/** The first present field among `names`, looking in the object and then in its `status`/`rollout` parts. */
export function pick(obj: Row, ...names: string[]): unknown {
  for (const scope of [obj, obj.status, obj.rollout, obj.canary]) {
    if (!isRecord(scope)) continue;
    for (const n of names) if (scope[n] !== undefined && scope[n] !== null) return scope[n];
  }
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
