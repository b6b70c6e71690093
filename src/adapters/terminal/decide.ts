import { CoxswainError } from '../../core/errors.ts';
import type { DecisionInput } from '../../core/request.ts';
import type { Result } from '../../core/result.ts';
import { exitCode } from './render.ts';
import { parseTerminalArgs, runTerminal } from './session.ts';

/** `coxswain approve|reject|cancel APPROVAL_ID --as PERSON`: one decision; an approval that completes runs and is awaited. */
export function decideCommand(decision: DecisionInput['decision']): (argv: string[]) => Promise<number> {
  const usage = `usage: coxswain ${decision} APPROVAL_ID --as PERSON [--json] [--with-worker]`;
  return async (argv) => {
    const opts = parseTerminalArgs(argv, usage);
    if (!opts) return 0;
    const [approvalId, ...extra] = opts.positionals;
    if (!approvalId || extra.length)
      throw new CoxswainError('invalid_arguments', 'request', `Give exactly one approval id. ${usage}`);
    // A reject or cancel that was taken comes back `denied` (the request is now denied): for this command, success.
    const exit = (r: Result) => (decision !== 'approve' && r.outcome === 'denied' ? 0 : exitCode(r));
    return runTerminal(
      opts,
      (rt) => rt.core.decide({ approvalId, decision, channel: 'terminal', actor: { personId: opts.as } }),
      exit,
    );
  };
}
