import { pino } from 'pino';

/** Structured JSON logs on stderr (stdout is for command output). Tokens and keys are redacted by path. */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
    base: { app: 'coxswain' },
    redact: {
      paths: ['*.token', '*.apiKey', '*.authorization', '*.headers.authorization', '*.password', '*.secret', 'token', 'apiKey'],
      censor: '[redacted]',
    },
  },
  pino.destination(2),
);
export type Logger = typeof logger;
