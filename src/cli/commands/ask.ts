import { parseTerminalArgs, runTerminal } from '../../adapters/terminal/session.ts';
import { CoxswainError } from '../../core/errors.ts';

const USAGE = 'usage: coxswain ask --as PERSON [--reply-to CLARIFY_ID] [--json] [--with-worker] "TEXT"';

/**
 * `coxswain ask`: plain words as a person; waits for the answer, the executed result, or who may approve.
 * `--reply-to` answers a question coxswain asked (a clarify's id): the original request is planned again with it.
 */
export default async function ask(argv: string[]): Promise<number> {
  const opts = parseTerminalArgs(argv, USAGE, { replyTo: true });
  if (!opts) return 0;
  const text = opts.positionals.join(' ').trim();
  if (!text) throw new CoxswainError('invalid_arguments', 'request', `Say what you want in quotes. ${USAGE}`);
  return runTerminal(opts, (rt) =>
    rt.core.handle({
      channel: 'terminal',
      actor: { personId: opts.as },
      text,
      ...(opts.replyTo ? { clarifyId: opts.replyTo } : {}),
    }),
  );
}
