import { buildRuntime, type Runtime, startWorkers } from '../../app/runtime.ts';
import { parseCommandArgs } from '../../cli/args.ts';
import { loadConfig } from '../../config/config.ts';
import type { Result } from '../../core/result.ts';
import type { ExecutionWorker } from '../../execution/worker.ts';
import { loadPolicyFile, policyPath } from '../../policy/load.ts';
import { currentOsUser, terminalPerson } from './identity.ts';
import { exitCode, renderResult, resultJson } from './render.ts';

/**
 * The terminal adapter: one person, one request or decision, one Result printed. The person is verified
 * (COXSWAIN_TOKEN or the OS user, see identity.ts); `--as` is taken on trust only under a sandbox policy. It is a client of the
 * shared runtime (REDIS_URL, KUBECONFIG): writes run on whatever `coxswain worker`/`serve` is running, or on an
 * in-process worker with `--with-worker` (handy on a laptop and in tests).
 */
export interface TerminalOptions {
  /** The policy person this command acts for, verified by terminalPerson. */
  as: string;
  json: boolean;
  withWorker: boolean;
  positionals: string[];
  /** `ask --reply-to CLARIFY_ID`: the text answers that question. */
  replyTo?: string;
  /** `confirm --drop`: drop the confirmation instead of running it. */
  drop: boolean;
}

/** The flags every terminal command shares; `undefined` after `--help` has printed the usage. */
export function parseTerminalArgs(
  argv: string[],
  usage: string,
  flags: { replyTo?: boolean; drop?: boolean } = {},
): TerminalOptions | undefined {
  const parsed = parseCommandArgs(
    argv,
    usage,
    {
      as: { type: 'string' },
      json: { type: 'boolean' },
      'with-worker': { type: 'boolean' },
      // Only the commands that take them accept them; elsewhere they are unknown flags.
      ...(flags.replyTo ? { 'reply-to': { type: 'string' as const } } : {}),
      ...(flags.drop ? { drop: { type: 'boolean' as const } } : {}),
    },
    true,
  );
  if (!parsed) return undefined;
  const { positionals } = parsed;
  const values = parsed.values as { as?: string; json?: boolean; 'with-worker'?: boolean; 'reply-to'?: string; drop?: boolean };
  const config = loadConfig();
  const as = terminalPerson(loadPolicyFile(policyPath(config)), {
    as: values.as,
    token: config.COXSWAIN_TOKEN,
    osUser: currentOsUser(),
  });
  return {
    as,
    json: values.json ?? false,
    withWorker: values['with-worker'] ?? false,
    positionals,
    ...(values['reply-to'] ? { replyTo: values['reply-to'] } : {}),
    drop: values.drop ?? false,
  };
}

/** Builds the runtime (and a worker when asked), runs one call on the Core, prints it, and closes everything. */
export async function runTerminal(
  opts: TerminalOptions,
  call: (runtime: Runtime) => Promise<Result>,
  exit: (r: Result) => number = exitCode,
): Promise<number> {
  const runtime = await buildRuntime(loadConfig());
  let workers: ExecutionWorker | undefined;
  try {
    if (opts.withWorker) workers = startWorkers(runtime, { chaos: false });
    const result = await call(runtime);
    console.log(opts.json ? JSON.stringify(resultJson(result)) : renderResult(result, opts.as));
    return exit(result);
  } finally {
    await workers?.close();
    await runtime.close();
  }
}
