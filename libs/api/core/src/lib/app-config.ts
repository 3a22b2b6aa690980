import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const databaseUrl = z
  .string()
  .refine((url) => url.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(url), {
    message: 'must be sqlite:<file path>, sqlite::memory: or postgres://user@host:port/database',
  });

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrl.default('sqlite:data/rapport.sqlite'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be redis://host:port').optional(),
  DEMO_DATA: booleanFlag.default(true),
  DASHBOARD_DIR: z.string().min(1).default('dist/apps/dashboard/browser'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  CORS_ORIGINS: z.string().default(''),
});

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface AppConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  redisUrl?: string;
  demoData: boolean;
  dashboardDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
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
  return {
    port: values.PORT,
    host: values.HOST,
    database: parseDatabaseUrl(values.DATABASE_URL),
    redisUrl: values.REDIS_URL,
    demoData: values.DEMO_DATA,
    dashboardDir: values.DASHBOARD_DIR,
    logLevel: values.LOG_LEVEL,
    corsOrigins: values.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
  };
}
