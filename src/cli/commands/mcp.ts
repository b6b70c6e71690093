import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createMcpServer } from '../../adapters/mcp/server.ts';
import { currentOsUser, terminalPerson } from '../../adapters/terminal/identity.ts';
import { buildRuntime, startWorkers } from '../../app/runtime.ts';
import { loadConfig } from '../../config/config.ts';
import { logger } from '../../observability/logger.ts';
import { startTracing } from '../../observability/tracing.ts';
import { loadPolicyFile, policyPath } from '../../policy/load.ts';
import { findPerson } from '../../policy/people.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = 'usage: coxswain mcp [--as PERSON] [--with-worker]   (COXSWAIN_TOKEN or the OS user identify you)';

/**
 * `coxswain mcp --as PERSON`: the 18 tools over MCP on stdin/stdout, every call as PERSON through the Core. Like
 * the terminal it is a client of the shared runtime (REDIS_URL, KUBECONFIG): writes run on a `coxswain worker` or
 * `serve`, or in this process with --with-worker. It ends when the client closes stdin, or on SIGTERM/SIGINT.
 * stdout carries JSON-RPC only; logs go to stderr.
 */
export default async function mcp(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, USAGE, { as: { type: 'string' }, 'with-worker': { type: 'boolean' } });
  if (!parsed) return 0;
  const { values } = parsed;
  const config = loadConfig();
  // Like the terminal: --as is a claim, honoured only where the policy lets the terminal assert identities.
  const person = terminalPerson(loadPolicyFile(policyPath(config)), {
    as: values.as,
    token: config.COXSWAIN_TOKEN,
    osUser: currentOsUser(),
  });
  const tracing = startTracing(config);
  const runtime = await buildRuntime(config);
  // Not fatal: the Core denies every call of an unknown person with the sentence saying whom to ask.
  if (!findPerson(runtime.policy(), { personId: person }))
    logger.warn({ person }, 'this person is not in the policy: every call will be denied');
  const workers = values['with-worker'] ? startWorkers(runtime, { chaos: false }) : undefined;
  // A client may close stdin right after its last request: those calls finish and are answered before the exit.
  const running = new Set<Promise<unknown>>();
  const track = <T>(call: Promise<T>): Promise<T> => {
    running.add(call);
    call.finally(() => running.delete(call)).catch(() => {});
    return call;
  };
  const server = createMcpServer(
    {
      handle: (req) => track(runtime.core.handle(req)),
      confirm: (input) => track(runtime.core.confirm(input)),
      undo: (input) => track(runtime.core.undo(input)),
    },
    person,
  );
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', resolve);
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await server.connect(transport);
  logger.info({ person, prefix: runtime.prefix }, 'coxswain mcp on stdio');
  await closed;
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  await tick(); // a request read just before the end has reached its handler
  await Promise.allSettled([...running]);
  await tick(); // and its answer is written
  await server.close();
  await workers?.close();
  await runtime.close();
  await tracing?.shutdown();
  return 0;
}
