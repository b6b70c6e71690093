/**
 * Errors carry a code and whose side the fault is on, and a sentence a person can act on.
 * Code never matches on message text; it matches on `code`.
 */
export type Fault = 'request' | 'policy' | 'cluster' | 'system' | 'model';

export type ErrorCode =
  | 'unknown_tool'
  | 'invalid_arguments'
  | 'not_found'
  | 'wrong_kind'
  | 'conflict'
  | 'forbidden'
  | 'invalid_state'
  | 'nothing_to_do'
  | 'unavailable'
  | 'config'
  | 'denied'
  | 'refused'
  | 'drift'
  | 'model_error'
  | 'internal';

export class CoxswainError extends Error {
  readonly code: ErrorCode;
  readonly fault: Fault;
  /** True when retrying the same call may succeed (429, 5xx, timeouts). */
  readonly transient: boolean;
  constructor(code: ErrorCode, fault: Fault, message: string, opts: { transient?: boolean; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'CoxswainError';
    this.code = code;
    this.fault = fault;
    this.transient = opts.transient ?? false;
  }
}

export function asCoxswainError(err: unknown): CoxswainError {
  if (err instanceof CoxswainError) return err;
  const message = err instanceof Error ? err.message : String(err);
  // ioredis aborts a transaction that was on the wire when Redis went away: it may or may not have been applied,
  // so it is not resent; the person is told to look before sending the request again.
  if (err instanceof Error && err.name === 'AbortError' && /connection close/i.test(message)) {
    return new CoxswainError(
      'unavailable',
      'system',
      'coxswain lost its connection to Redis in the middle of this request, so whether it was recorded is not known. Look at the thread or `coxswain audit export` before you send it again.',
      { transient: true, cause: err },
    );
  }
  return new CoxswainError(
    'internal',
    'system',
    `Something went wrong inside coxswain: ${message}. Check the logs for details.`,
    { cause: err },
  );
}
