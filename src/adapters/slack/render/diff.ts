import type { Change } from '../../../catalog/tool.ts';
import { cell } from './table.ts';

/** One line per changed field: `path: before → after`. */
export function diffLines(changes: Change[]): string {
  return changes.map((c) => `${c.path}: ${cell(c.before)} → ${cell(c.after)}`).join('\n');
}

export function isChangeList(v: unknown): v is Change[] {
  return (
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((c) => typeof c === 'object' && c !== null && typeof (c as Change).path === 'string')
  );
}
