import { logger } from '../observability/logger.ts';

/**
 * Resolves on the first SIGTERM or SIGINT, after which `stop` runs once (workers finish their active job).
 * A second signal while stopping exits at once.
 */
export function untilSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(1);
      stopping = true;
      logger.info({ signal }, 'stopping: finishing active jobs');
      stop().then(resolve, (err: Error) => {
        logger.error({ err: err.message }, 'stopping failed');
        resolve();
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
}
