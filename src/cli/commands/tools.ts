import { parseArgs } from 'node:util';
import { describeTools } from '../../catalog/registry.ts';
import { CoxswainError } from '../../core/errors.ts';

const USAGE = 'usage: coxswain tools [--json]';

/** `coxswain tools`: the allowlist, as a table or as JSON (name, description, risk, inputSchema). */
export default async function tools(argv: string[]): Promise<number> {
  let values: { json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    throw new CoxswainError('invalid_arguments', 'request', `${(e as Error).message}. ${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const list = describeTools();
  if (values.json) {
    console.log(JSON.stringify(list, null, 2));
    return 0;
  }
  const nameWidth = Math.max(...list.map((t) => t.name.length));
  const riskWidth = Math.max(...list.map((t) => t.risk.length));
  console.log(`${'TOOL'.padEnd(nameWidth)}  ${'RISK'.padEnd(riskWidth)}  DESCRIPTION`);
  for (const t of list) console.log(`${t.name.padEnd(nameWidth)}  ${t.risk.padEnd(riskWidth)}  ${t.description}`);
  return 0;
}
