import { pino } from 'pino';

/**
 * Secrets that can hide inside free text (an error message a provider echoed, a URL with a password): OpenAI-style
 * keys, Slack tokens, bearer tokens, and the password of a URL. Keys in objects are also redacted by path below.
 */
const SECRET_TEXT: [RegExp, string][] = [
  [/\bsk-[A-Za-z0-9_-]{6,}/g, 'sk-[redacted]'],
  [/\bxox[abprs]-[A-Za-z0-9-]{4,}/g, 'xox?-[redacted]'],
  [/\bxapp-[A-Za-z0-9-]{4,}/g, 'xapp-[redacted]'],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [redacted]'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@/\s]+@/gi, '$1[redacted]@'],
];

/** `text` with every secret-looking run replaced; for messages that reach logs, answers or the audit. */
export function redactText(text: string): string {
  return SECRET_TEXT.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** Strings at any depth, redacted; other values as they are. Bounded depth: log objects are small. */
function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 4 || !value || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, depth + 1)]));
}

/**
 * Structured JSON logs on stderr (stdout is for command output). Tokens and keys are redacted by path, and every
 * string (the message too) is scrubbed of secret-looking text, since errors from providers may quote a key.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
    base: { app: 'coxswain' },
    redact: {
      paths: ['*.token', '*.apiKey', '*.authorization', '*.headers.authorization', '*.password', '*.secret', 'token', 'apiKey'],
      censor: '[redacted]',
    },
    formatters: { log: (obj) => redactDeep(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>);
      },
    },
  },
  pino.destination(2),
);
export type Logger = typeof logger;
