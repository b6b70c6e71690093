import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { CoxswainError } from '../core/errors.ts';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * A subcommand's flags (strict: an unknown flag is refused) plus `-h/--help`. A bad flag is an `invalid_arguments`
 * error ending with the usage; `--help` prints the usage and gives `undefined`, so the command returns 0.
 */
export function parseCommandArgs<O extends ParseArgsOptionsConfig, P extends boolean = false>(
  argv: string[],
  usage: string,
  options: O,
  allowPositionals?: P,
) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof HELP; allowPositionals: P; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: allowPositionals as P, strict: true });
  } catch (e) {
    // A usage of several lines starts on its own line.
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `${(e as Error).message}.${usage.includes('\n') ? '\n' : ' '}${usage}`,
    );
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return undefined;
  }
  return parsed;
}
