import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '@rapport/contracts';
import { parseTrustProxy, TrustProxy } from './trust-proxy';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const databaseUrl = z.string().refine((url) => url.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(url), {
  message: 'must be sqlite:<file path>, sqlite::memory: or postgres://user@host:port/database',
});

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrl.default('sqlite:data/rapport.sqlite'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be redis://host:port')
    .optional(),
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be letters, digits, colons, dashes or underscores').default('rapport'),
  JOB_LOCK_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  DEMO_DATA: booleanFlag.default(true),
  DASHBOARD_DIR: z.string().min(1).default('dist/apps/dashboard/browser'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .refine((value) => splitList(value).every(isOrigin), {
      message: 'must be a comma-separated list of origins such as https://qa.example.com (no wildcard, no path)',
    }),
  ADMIN_EMAIL: z.string().trim().toLowerCase().pipe(z.email()).optional(),
  ADMIN_PASSWORD: z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  SESSION_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  INGESTION_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  ANALYTICS_CACHE_MB: z.coerce.number().int().min(0).max(4_096).default(64),
  CUSTOMER_ID_KEY: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
  CONNECTOR_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes, e.g. openssl rand -hex 32)')
    .optional(),
  ZENDESK_BASE_URL: z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^/]+$/.test(value), { message: 'must be an origin such as https://proxy.example.com (no path)' })
    .optional(),
  REVIEW_DISPUTE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, context) => {
      const parsed = parseTrustProxy(value);
      if ('problem' in parsed) {
        context.addIssue({ code: 'custom', message: parsed.problem });
        return z.NEVER;
      }
      return parsed.value;
    }),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  UPLOAD_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  IMPORTS_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1_048_576).default(20_480),
  UPLOAD_DISK_RESERVE_MB: z.coerce.number().int().min(0).max(1_048_576).default(1_024),
});

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

export interface AuthConfig {
  /** The first administrator, created when no user exists yet; there is no default password. */
  firstAdmin?: { email: string; password: string };
  /** Demo mode only: every demo user gets this password instead of a random one printed at first start. */
  demoPassword?: string;
  sessionHours: number;
  /** `auto` marks cookies Secure when the request came over HTTPS (directly or through a trusted proxy). */
  cookieSecure: 'auto' | boolean;
}

/** Requests per minute: sign-in attempts per client address, ingestion calls per API key or user. */
export interface RateLimitConfig {
  loginPerMinute: number;
  ingestionPerMinute: number;
}

/** How long the HTTP server waits, so no client can hold a connection or the event loop indefinitely. */
export interface HttpTimeoutConfig {
  /** Deadline for answering a request (file uploads excepted): past it the client gets a 503. */
  requestTimeoutMs: number;
  /** A client must have sent its request headers within this. */
  headersTimeoutMs: number;
  /** A file upload must have been received within this. */
  uploadTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
}

/** File uploads are refused beyond `maxBytes`, or when they would leave less than `diskReserveBytes` free. */
export interface UploadConfig {
  maxBytes: number;
  diskReserveBytes: number;
  /** Where uploads wait for their import (IMPORTS_DIR); by default beside the SQLite file or under the temporary directory. */
  dir?: string;
}

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  redisUrl?: string;
  /** BullMQ jobs, rate-limit counters: present when REDIS_URL is set. */
  redis?: RedisConfig;
  /** `worker` in `npm run worker` processes, which run the queued jobs and serve no HTTP. */
  role: 'api' | 'worker';
  workerConcurrency: number;
  demoData: boolean;
  dashboardDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  corsOrigins: string[];
  auth: AuthConfig;
  rateLimits: RateLimitConfig;
  /** Memory for cached analytics answers (scorecard, comparison, gaps) per process; 0 turns the cache off. */
  analyticsCacheMegabytes: number;
  /** How many days after a review is submitted a partner user may still dispute it. */
  reviewDisputeDays: number;
  /**
   * Key of the HMAC that pseudonymises customer ids (the 72-hour recontact signal); customer ids are only ever stored as
   * that HMAC. Unset: customer ids are dropped at ingestion and no recontact is measured.
   */
  customerIdKey?: string;
  connectors: ConnectorConfig;
  /** Express's `trust proxy`: which proxies may tell the client's address and protocol. */
  trustProxy: TrustProxy;
  http: HttpTimeoutConfig;
  uploads: UploadConfig;
}

export interface ConnectorConfig {
  /** AES-256-GCM key (hex) that seals help-desk API tokens at rest; unset, no token can be saved. */
  secretKey?: string;
  /** Replaces `https://<subdomain>.zendesk.com` (an egress proxy; a fake Zendesk in tests). */
  zendeskBaseUrl?: string;
}

export interface RedisConfig {
  url: string;
  /** Prefix of every Redis key (several deployments or test runs can share one Redis). */
  prefix: string;
  /** A job whose worker stops renewing its lock this long is taken over by another worker. */
  jobLockMs: number;
}

const MEGABYTE = 1024 * 1024;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A bare origin (scheme, host, optional port): credentials are only ever shared with listed origins. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    return { kind: 'sqlite', file: url.slice('sqlite:'.length) };
  }
  // `?schema=name` selects a schema, so several environments (or parallel test runs) can share one database.
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return schema ? { kind: 'postgres', url: parsed.toString(), schema } : { kind: 'postgres', url };
}

/** Reads and validates the environment once at boot; any bad value stops start-up with every problem listed. */
export function loadAppConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  if ((values.ADMIN_EMAIL === undefined) !== (values.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(['ADMIN_EMAIL and ADMIN_PASSWORD: set both to create the first administrator, or neither']);
  }
  return {
    port: values.PORT,
    host: values.HOST,
    database: parseDatabaseUrl(values.DATABASE_URL),
    redisUrl: values.REDIS_URL,
    redis: values.REDIS_URL ? { url: values.REDIS_URL, prefix: values.REDIS_PREFIX, jobLockMs: values.JOB_LOCK_SECONDS * 1000 } : undefined,
    role: 'api',
    workerConcurrency: values.WORKER_CONCURRENCY,
    demoData: values.DEMO_DATA,
    dashboardDir: values.DASHBOARD_DIR,
    logLevel: values.LOG_LEVEL,
    corsOrigins: splitList(values.CORS_ORIGINS),
    auth: {
      firstAdmin:
        values.ADMIN_EMAIL && values.ADMIN_PASSWORD
          ? { email: values.ADMIN_EMAIL, password: values.ADMIN_PASSWORD }
          : undefined,
      demoPassword: values.DEMO_PASSWORD,
      sessionHours: values.SESSION_HOURS,
      cookieSecure: values.COOKIE_SECURE === 'auto' ? 'auto' : values.COOKIE_SECURE === 'true',
    },
    rateLimits: {
      loginPerMinute: values.LOGIN_RATE_LIMIT,
      ingestionPerMinute: values.INGESTION_RATE_LIMIT,
    },
    analyticsCacheMegabytes: values.ANALYTICS_CACHE_MB,
    reviewDisputeDays: values.REVIEW_DISPUTE_DAYS,
    customerIdKey: values.CUSTOMER_ID_KEY,
    connectors: { secretKey: values.CONNECTOR_SECRET_KEY, zendeskBaseUrl: values.ZENDESK_BASE_URL },
    trustProxy: values.TRUST_PROXY,
    http: {
      requestTimeoutMs: values.REQUEST_TIMEOUT_SECONDS * 1000,
      headersTimeoutMs: values.HEADERS_TIMEOUT_SECONDS * 1000,
      uploadTimeoutMs: values.UPLOAD_TIMEOUT_MINUTES * 60_000,
      keepAliveTimeoutMs: 5_000,
    },
    uploads: {
      maxBytes: values.UPLOAD_MAX_MB * MEGABYTE,
      diskReserveBytes: values.UPLOAD_DISK_RESERVE_MB * MEGABYTE,
      dir: values.IMPORTS_DIR,
    },
  };
}
