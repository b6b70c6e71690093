import { parseTerminalArgs, runTerminal } from '../../adapters/terminal/session.ts';
import { CoxswainError } from '../../core/errors.ts';

const USAGE = 'usage: coxswain undo UNDO_ID --as PERSON [--json] [--with-worker]';

/**
 * `coxswain undo ID` (the undo id an executed write printed, or the approval id of an approved one): the inverse
 * call, as a new request of PERSON through the same policy and approvals, linked to the original in the audit.
 */
export default async function undo(argv: string[]): Promise<number> {
  const opts = parseTerminalArgs(argv, USAGE);
  if (!opts) return 0;
  const [undoId, ...extra] = opts.positionals;
  if (!undoId || extra.length) throw new CoxswainError('invalid_arguments', 'request', `Give exactly one undo id. ${USAGE}`);
  return runTerminal(opts, (rt) => rt.core.undo({ undoId, channel: 'terminal', actor: { personId: opts.as } }));
}
