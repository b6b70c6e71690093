import type { PlanContext } from '../planner/plan.ts';

/**
 * A clarify's original words completed by the answer, to be planned again: a candidate `namespace/name` adds
 * "in namespace" when the name was already said, a bare namespace (or alias) adds "in …", anything else is
 * appended. What does not fit cleanly reads as a correction, so the planner is unsure and asks to confirm.
 */
export function withAnswer(original: string, answer: string, ctx: PlanContext): string {
  const a = answer.trim().replace(/^in\s+/i, '');
  const words = new Set(original.toLowerCase().split(/[^a-z0-9-]+/));
  const ref = /^([a-z0-9-]+)\/([a-z0-9.-]+)$/i.exec(a);
  if (ref) {
    const [, ns, name] = ref as unknown as [string, string, string];
    return words.has(name.toLowerCase()) ? `${original} in ${ns}` : `${original}, I mean ${name} in ${ns}`;
  }
  const lower = a.toLowerCase();
  if (ctx.inventory.namespaces.includes(lower) || lower in ctx.namespaceAliases) return `${original} in ${lower}`;
  return `${original} ${a}`;
}
