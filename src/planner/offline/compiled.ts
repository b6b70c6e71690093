/**
 * Patterns built from a value of the message or the inventory (a name, a count, a tag), compiled once per source: a
 * message is read in about a millisecond, and compiling the same pattern per message would cost more than reading it.
 */
const compiled = new Map<string, RegExp>();

export function compiledOnce(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    if (compiled.size > 10_000) compiled.clear();
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}

/** A value as a literal inside a pattern. */
export function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
