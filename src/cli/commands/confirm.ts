import { exitCode } from '../../adapters/terminal/render.ts';
import { parseTerminalArgs, runTerminal } from '../../adapters/terminal/session.ts';
import { CoxswainError } from '../../core/errors.ts';

const USAGE = 'usage: coxswain confirm CONFIRMATION_ID --as PERSON [--drop] [--json] [--with-worker]';

/**
 * `coxswain confirm ID`: the requester runs the exact call coxswain was unsure of (policy, dry run, approval and
 * queue follow as usual); `--drop` says "not that" and nothing runs.
 */
export default async function confirm(argv: string[]): Promise<number> {
  const opts = parseTerminalArgs(argv, USAGE, { drop: true });
  if (!opts) return 0;
  const [confirmationId, ...extra] = opts.positionals;
  if (!confirmationId || extra.length)
    throw new CoxswainError('invalid_arguments', 'request', `Give exactly one confirmation id. ${USAGE}`);
  const decision = opts.drop ? 'drop' : 'confirm';
  return runTerminal(
    opts,
    (rt) => rt.core.confirm({ confirmationId, decision, channel: 'terminal', actor: { personId: opts.as } }),
    // A drop that was taken comes back `denied` (nothing runs): for this command, success.
    (r) => (decision === 'drop' && r.outcome === 'denied' ? 0 : exitCode(r)),
  );
}
