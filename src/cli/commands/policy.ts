import { loadConfig } from '../../config/config.ts';
import { parsePolicy, policyPath, readPolicyText } from '../../policy/load.ts';

const USAGE = 'usage: coxswain policy check [FILE]   (FILE defaults to COXSWAIN_POLICY, then deploy/policy/sandbox.yaml)';

/** `coxswain policy check FILE`: `FILE: ok (N people, M rules)`, or one `FILE:LINE:COL message` per problem and exit 1. */
export default async function policy(argv: string[]): Promise<number> {
  const [sub, file, ...extra] = argv;
  if (sub !== 'check' || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const path = file ?? policyPath(loadConfig());
  const text = readPolicyText(path, 'request', 'Give the path of a policy file.');
  const { policy, errors } = parsePolicy(text, path);
  if (!policy) {
    for (const e of errors) console.log(`${path}:${e.line}:${e.column} ${e.message}`);
    return 1;
  }
  console.log(`${path}: ok (${policy.people.length} people, ${policy.rules.length} rules)`);
  return 0;
}
