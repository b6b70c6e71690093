import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';
import { parsePolicy, policyPath } from '../../policy/load.ts';

const USAGE = 'usage: coxswain policy check [FILE]   (FILE defaults to COXSWAIN_POLICY, then deploy/policy/sandbox.yaml)';

/** `coxswain policy check FILE`: `FILE: ok (N people, M rules)`, or one `FILE:LINE:COL message` per problem and exit 1. */
export default async function policy(argv: string[]): Promise<number> {
  const [sub, file, ...extra] = argv;
  if (sub !== 'check' || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const path = file ?? policyPath(loadConfig());
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CoxswainError(
      'config',
      'request',
      `${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}). Give the path of a policy file.`,
      { cause: err },
    );
  }
  const { policy, errors } = parsePolicy(text, path);
  if (!policy) {
    for (const e of errors) console.log(`${path}:${e.line}:${e.column} ${e.message}`);
    return 1;
  }
  console.log(`${path}: ok (${policy.people.length} people, ${policy.rules.length} rules)`);
  return 0;
}
