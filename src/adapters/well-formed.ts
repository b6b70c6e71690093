import { CoxswainError } from '../core/errors.ts';

/**
 * Nothing people or clients send nests this deep (a Slack payload's blocks reach about 15 levels); JSON.parse
 * takes far deeper input in a small body, and walking it recursively overflowed the stack (a 500).
 */
const MAX_DEPTH = 100;

function checkDepth(depth: number): void {
  if (depth > MAX_DEPTH) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `The input is nested more than ${MAX_DEPTH} levels deep; nothing was done. Send flat JSON as the API describes.`,
    );
  }
}

/**
 * Input from people and clients may carry invalid UTF-16 (a lone surrogate such as `\ud800` in JSON). Nothing
 * downstream can store or hash it (the audit chain's canonical JSON refuses it), so every adapter repairs it to
 * U+FFFD before the Core sees it: the request is then handled and audited like any other.
 */
export function wellFormed<T>(value: T, depth = 0): T {
  checkDepth(depth);
  if (typeof value === 'string') return value.toWellFormed() as T;
  if (Array.isArray(value)) return value.map((v) => wellFormed(v, depth + 1)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toWellFormed(), wellFormed(v, depth + 1)])) as T;
  }
  return value;
}

/** True when some string in `value` (a key or a value, at any depth) is not well-formed UTF-16. */
export function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  checkDepth(depth);
  if (typeof value === 'string') return !value.isWellFormed();
  if (Array.isArray(value)) return value.some((v) => hasLoneSurrogate(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => !k.isWellFormed() || hasLoneSurrogate(v, depth + 1));
  }
  return false;
}
