import { z } from 'zod';
import { CoxswainError } from '../core/errors.ts';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no', '']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

/**
 * Every variable coxswain reads, validated once at start-up. `.env.example` documents each one.
 * An empty value counts as unset.
 */
export const ConfigSchema = z.object({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379')
    // Checked here: the Redis client's own "Invalid URL" (a port over 65535) named no variable.
    .refine((url) => URL.canParse(url), 'not a URL (check the host, and that the port is 1-65535), e.g. redis://127.0.0.1:6379')
    .optional(),
  /** Prefix of every Redis key and BullMQ queue, so several bots (or test runs) can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9:_-]+$/, 'letters, digits, :, _ and -')
    .default('coxswain'),
  KUBECONFIG: z.string().optional(),
  /** kubeconfig contexts the bot may use, as `name=context` or `context` (name = context). Empty = current context only. */
  COXSWAIN_CLUSTERS: csv.optional(),
  COXSWAIN_DEFAULT_CLUSTER: z.string().optional(),
  /** Impersonate the requesting person on every Kubernetes call. */
  COXSWAIN_IMPERSONATE: bool.default(false),
  COXSWAIN_POLICY: z.string().optional(),
  /** alias=namespace pairs, e.g. prod=production,stg=staging. */
  COXSWAIN_NAMESPACE_ALIASES: z
    .string()
    .regex(
      /^([a-z0-9-]+=[a-z0-9-]+)(,\s*[a-z0-9-]+=[a-z0-9-]+)*$/,
      'comma-separated alias=namespace pairs, e.g. prod=production,stg=staging',
    )
    .transform((s) => Object.fromEntries(s.split(',').map((p) => p.trim().split('=') as [string, string])))
    .optional(),
  COXSWAIN_DATA_DIR: z.string().default('.coxswain'),
  OPENCOST_URL: z.string().url().optional(),
  /** Resource requests of the container create_deployment makes, as name=quantity pairs. */
  COXSWAIN_DEFAULT_REQUESTS: z
    .string()
    .regex(
      /^[a-z0-9./-]+=[0-9A-Za-z.]+(,\s*[a-z0-9./-]+=[0-9A-Za-z.]+)*$/,
      'comma-separated resource=quantity pairs, e.g. cpu=100m,memory=128Mi',
    )
    .transform((s) => Object.fromEntries(s.split(',').map((p) => p.trim().split('=') as [string, string])))
    .default({ cpu: '100m', memory: '128Mi' }),
  PLANNER: z.enum(['auto', 'offline', 'llm']).default('auto'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, 'a bot token starting with xoxb-')
    .optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'an app-level token starting with xapp-')
    .optional(),
  SLACK_API_URL: z.string().url().optional(),
  /** The one workspace payloads are taken from; unset = the bot token's own workspace (from auth.test). */
  SLACK_TEAM_ID: z.string().optional(),
  /** An org-wide (Enterprise Grid) install: take payloads from every workspace of the token's organization. */
  SLACK_ORG_WIDE: bool.default(false),
  /** MCP over HTTP (/mcp): bearer tokens mapped to policy people, as person=token pairs. Never logged. */
  COXSWAIN_MCP_TOKENS: z
    .string()
    .regex(/^[^=,\s]+=[^,\s]+(,\s*[^=,\s]+=[^,\s]+)*$/, 'comma-separated person=token pairs, e.g. alice=s3cret,bob=0ther')
    .optional(),
  /** A file of person=token lines (# comments allowed), e.g. a mounted Kubernetes Secret; read at start-up. */
  COXSWAIN_MCP_TOKENS_FILE: z.string().optional(),
  /** The terminal's credential: the person whose terminalTokenSha256 in the policy is this token's SHA-256. Never logged. */
  COXSWAIN_TOKEN: z.string().min(16, 'at least 16 characters (e.g. openssl rand -hex 24)').optional(),
  /** OpenTelemetry: when set, spans (plan, policy, execute) are exported over OTLP/HTTP to this endpoint. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** The namespace coxswain runs in (the Downward API's metadata.namespace): the chaos reconciler's Lease lives there. Unset: `default`. */
  POD_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a namespace name, e.g. coxswain')
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /** Requests in flight per channel (adapter) and process; one more is answered "busy, try again" (HTTP 429). */
  MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).default(64),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; a bad variable is named with its fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .map((k) => [k, env[k]])
      .filter(([, v]) => v !== undefined && v !== ''),
  );
  const r = ConfigSchema.safeParse(raw);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new CoxswainError(
      'config',
      'system',
      `The configuration is not valid — ${lines.join('; ')}. Fix the variable (see .env.example) and start again.`,
    );
  }
  return r.data;
}
