/**
 * Input from people and clients may carry invalid UTF-16 (a lone surrogate such as `\ud800` in JSON). Nothing
 * downstream can store or hash it (the audit chain's canonical JSON refuses it), so every adapter repairs it to
 * U+FFFD before the Core sees it: the request is then handled and audited like any other.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === 'string') return value.toWellFormed() as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toWellFormed(), wellFormed(v)])) as T;
  }
  return value;
}

/** True when some string in `value` (a key or a value, at any depth) is not well-formed UTF-16. */
export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return !value.isWellFormed();
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => !k.isWellFormed() || hasLoneSurrogate(v));
  }
  return false;
}
