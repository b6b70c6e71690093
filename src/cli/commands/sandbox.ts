import { resolve } from 'node:path';
import { CoxswainError } from '../../core/errors.ts';
import { startSandbox } from '../../sandbox/index.ts';
import { parseCommandArgs } from '../args.ts';
import { parseScale } from '../scale.ts';

const USAGE = 'usage: coxswain sandbox [--port N] [--host ADDR] [--kubeconfig PATH] [--scale N]';

/** `coxswain sandbox`: the sandbox cluster in the foreground, with a kubeconfig kubectl can use. */
export default async function sandbox(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, USAGE, {
    port: { type: 'string' },
    host: { type: 'string' },
    kubeconfig: { type: 'string' },
    scale: { type: 'string' },
  });
  if (!parsed) return 0;
  const { values } = parsed;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CoxswainError(
      'invalid_arguments',
      'request',
      `--port must be a number from 0 to 65535, not "${values.port}". ${USAGE}`,
    );
  }
  const kubeconfigPath = resolve(values.kubeconfig ?? '.coxswain/sandbox.kubeconfig');
  const scale = parseScale(values.scale ?? process.env.COXSWAIN_SANDBOX_SCALE, '--scale');
  let sb: Awaited<ReturnType<typeof startSandbox>>;
  try {
    sb = await startSandbox({ port, host: values.host, kubeconfigPath, scale });
  } catch (e) {
    throw new CoxswainError(
      'unavailable',
      'system',
      `The sandbox could not listen on port ${port}: ${(e as Error).message}. Pick another with --port.`,
      { cause: e },
    );
  }
  console.log(`sandbox cluster listening on ${sb.url} (OpenCost: ${sb.url}/allocation)${scale > 1 ? `, scale ${scale}` : ''}`);
  console.log(`kubeconfig written to ${kubeconfigPath}`);
  console.log(`try: kubectl --kubeconfig ${kubeconfigPath} get deploy -A`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sb.stop();
  console.log('sandbox stopped');
  return 0;
}
