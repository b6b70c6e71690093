import type { Plan, PlanContext, Planner } from './plan.ts';

/** The offline planner's answer and whether it is sure of it (see src/planner/offline). */
export type OfflinePlan = (text: string, ctx: PlanContext) => { plan: Plan; confident: boolean };

/**
 * PLANNER=auto: the offline planner answers when it is confident (fast, free, no network); otherwise the model
 * is asked, when one is configured; otherwise the offline answer stands. A question (clarify) is never a sure
 * answer: the model may read what the offline reader could not. Whatever the model proposes, the Core checks a
 * write against the offline reading of the same words and asks the requester to confirm when they differ.
 */
export class AutoPlanner implements Planner {
  readonly #offline: OfflinePlan;
  readonly #llm: Planner | undefined;

  constructor(offline: OfflinePlan, llm?: Planner) {
    this.#offline = offline;
    this.#llm = llm;
  }

  async plan(text: string, ctx: PlanContext): Promise<Plan> {
    const { plan, confident } = this.#offline(text, ctx);
    if ((confident && plan.outcome !== 'clarify') || !this.#llm) return plan;
    return this.#llm.plan(text, ctx);
  }
}
