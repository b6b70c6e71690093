import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Redis } from 'ioredis';
import { AuditLog } from '../../audit/log.ts';
import { loadConfig } from '../../config/config.ts';
import { CoxswainError } from '../../core/errors.ts';
import { parseCommandArgs } from '../args.ts';

const USAGE = 'usage: coxswain audit export [--since ISO_TIME|STREAM_ID] [--out FILE]\n       coxswain audit verify';

/** `coxswain audit export` writes JSONL (stdout or --out); `coxswain audit verify` exits 1 naming the first broken link. */
export default async function audit(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'export' && sub !== 'verify') {
    console.error(USAGE);
    return 2;
  }
  const parsed = parseCommandArgs(rest, USAGE, { since: { type: 'string' }, out: { type: 'string' } });
  if (!parsed) return 0;
  const { values } = parsed;
  if (sub === 'verify' && (values.since !== undefined || values.out !== undefined))
    throw new CoxswainError('invalid_arguments', 'request', `audit verify takes no options.\n${USAGE}`);
  const config = loadConfig();
  const redisUrl = config.REDIS_URL;
  if (!redisUrl) {
    throw new CoxswainError(
      'config',
      'request',
      'The audit log lives in Redis and REDIS_URL is not set. Set it, e.g. REDIS_URL=redis://127.0.0.1:6379.',
    );
  }
  // A command, not a server: fail at once when Redis is not there instead of retrying forever.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, retryStrategy: () => null, lazyConnect: true });
  // The socket's own error (e.g. ECONNREFUSED) says more than connect()'s "Connection is closed", and a listener
  // keeps ioredis from printing it as an unhandled error event.
  let socketError: Error | undefined;
  redis.on('error', (err: Error) => {
    socketError = err;
  });
  try {
    await redis.connect().catch((err: unknown) => {
      throw new CoxswainError(
        'unavailable',
        'system',
        `Redis at ${redisHost(redisUrl)} (REDIS_URL) cannot be reached (${socketError?.message ?? (err instanceof Error ? err.message : String(err))}). Check REDIS_URL and that Redis is running.`,
      );
    });
    const log = new AuditLog(redis, { prefix: config.REDIS_PREFIX });
    return sub === 'export' ? await exportJsonl(log, values.since, values.out) : await verify(log);
  } finally {
    redis.disconnect();
  }
}

/** Host and port only: a REDIS_URL may carry a password, and this sentence is printed. */
function redisHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'REDIS_URL';
  }
}

async function exportJsonl(log: AuditLog, since: string | undefined, out: string | undefined): Promise<number> {
  const sink = out ? createWriteStream(out) : process.stdout;
  let count = 0;
  for await (const entry of log.entries({ since })) {
    if (!sink.write(`${JSON.stringify(entry)}\n`)) await new Promise<void>((r) => sink.once('drain', () => r()));
    count++;
  }
  if (out) {
    sink.end();
    await finished(sink);
    console.error(`${count} audit entries from ${log.key} written to ${out}`);
  }
  return 0;
}

async function verify(log: AuditLog): Promise<number> {
  const r = await log.verify();
  if (r.ok) {
    console.log(`${log.key}: ok (${r.count} entries, hash chain intact)`);
    return 0;
  }
  const { index, streamId, reason } = r.brokenAt;
  console.log(
    `${log.key}: BROKEN at entry ${index}${streamId ? ` (stream id ${streamId})` : ''}: ${reason}. ` +
      `The ${r.count} entries before it verify; treat everything from there on as untrusted and compare with your last export.`,
  );
  return 1;
}
