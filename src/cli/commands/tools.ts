import { describeTools } from '../../catalog/registry.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = 'usage: coxswain tools [--json]';

/** `coxswain tools`: the allowlist, as a table or as JSON (name, description, risk, inputSchema). */
export default async function tools(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, USAGE, { json: { type: 'boolean' } });
  if (!parsed) return 0;
  const { values } = parsed;
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
