import { asCoxswainError } from '../core/errors.ts';

/** Subcommands, loaded lazily so `coxswain tools` does not pay for Slack or BullMQ. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: (argv: string[]) => Promise<number> }> }> = {
  start: {
    summary: 'run everything locally: sandbox, Redis, worker and the web playground',
    load: () => import('./commands/start.ts'),
  },
  serve: { summary: 'run the bot (Slack, web, MCP over HTTP) with its workers', load: () => import('./commands/serve.ts') },
  worker: { summary: 'run execution workers only', load: () => import('./commands/worker.ts') },
  ask: {
    summary: 'ask in plain words as a person: coxswain ask --as alice "scale web in staging to 4"',
    load: () => import('./commands/ask.ts'),
  },
  approve: {
    summary: 'approve a pending request: coxswain approve APPROVAL_ID --as bob',
    load: () => import('./commands/approve.ts'),
  },
  reject: {
    summary: 'reject a pending request: coxswain reject APPROVAL_ID --as bob',
    load: () => import('./commands/reject.ts'),
  },
  confirm: {
    summary: 'run (or --drop) a request coxswain was unsure of, as its requester: coxswain confirm ID --as alice',
    load: () => import('./commands/confirm.ts'),
  },
  undo: {
    summary: 'undo an executed write as a new request: coxswain undo ID --as alice',
    load: () => import('./commands/undo.ts'),
  },
  plan: { summary: 'plan text into one tool call without running it', load: () => import('./commands/plan.ts') },
  tools: { summary: 'list the tools [--json]', load: () => import('./commands/tools.ts') },
  run: {
    summary: 'invoke one tool directly: coxswain run scale --args \'{"namespace":"staging","name":"web","replicas":4}\'',
    load: () => import('./commands/run.ts'),
  },
  sandbox: {
    summary: 'run the sandbox cluster in the foreground and write its kubeconfig',
    load: () => import('./commands/sandbox.ts'),
  },
  policy: { summary: 'check a policy file: coxswain policy check FILE', load: () => import('./commands/policy.ts') },
  audit: { summary: 'export or verify the audit log: coxswain audit export|verify', load: () => import('./commands/audit.ts') },
  mcp: { summary: 'serve the tools over MCP on stdio: coxswain mcp --as PERSON', load: () => import('./commands/mcp.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'coxswain — a ChatOps bot for Kubernetes',
    '',
    'usage: coxswain COMMAND [options]',
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || name === 'help') {
  console.log(usage());
  process.exit(0);
}
const command = COMMANDS[name];
if (!command) {
  console.error(`There is no command "${name}".\n\n${usage()}`);
  process.exit(2);
}
try {
  const mod = await command.load();
  const code = await mod.default(rest);
  process.exitCode = code;
} catch (err) {
  // Flag errors are already request faults: parseCommandArgs (args.ts) turns parseArgs' TypeError into one.
  const e = asCoxswainError(err);
  console.error(e.message);
  process.exitCode = e.fault === 'request' ? 2 : 1;
}
