/**
 * What is worked out while one message is planned, kept until its plan is returned: several checks read the same
 * clause again (a request beside its story, each clause of a list) or strip the same words of markup, and each of
 * those is a pure function of its words (and the context, the same for the whole message). Nothing outlives a message;
 * planning is synchronous, so one store serves one message at a time in a process.
 */
import type { PlanContext } from '../plan.ts';

let store: { ctx: PlanContext; byKind: Map<string, Map<string, unknown>> } | undefined;

/** Runs `plan` with one store for the message (a message planned inside another shares the outer one). */
export function withMessageStore<T>(ctx: PlanContext, plan: () => T): T {
  if (store) return plan();
  store = { ctx, byKind: new Map() };
  try {
    return plan();
  } finally {
    store = undefined;
  }
}

/** The value of `compute` for these words, worked out once per message (outside a message, every time). */
export function remembered<T>(kind: string, words: string, ctx: PlanContext | undefined, compute: () => T): T {
  if (!store || (ctx !== undefined && ctx !== store.ctx)) return compute();
  let byWords = store.byKind.get(kind);
  if (!byWords) {
    byWords = new Map();
    store.byKind.set(kind, byWords);
  }
  if (byWords.has(words)) return byWords.get(words) as T;
  const value = compute();
  byWords.set(words, value);
  return value;
}
