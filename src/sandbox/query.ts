/**
 * Query parameters read as the API server reads them: booleans with Go's strconv.ParseBool (`true`, `True`,
 * `TRUE`, `t`, `1`...), as the official Python client sends `watch=True` and `timestamps=True`.
 */
import { badRequest } from './status.ts';

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function flag(q: URLSearchParams, name: string): boolean {
  const v = q.get(name);
  if (v === null || v === '' || FALSE.has(v)) return false;
  if (TRUE.has(v)) return true;
  throw badRequest(`invalid boolean value for ${name}: strconv.ParseBool: parsing "${v}": invalid syntax`);
}
