import { z } from 'zod';

// The one place that reads the environment. Everything else receives the typed AppConfig.
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const url = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol.replace(':', ''));
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`);

const DEV_SESSION_SECRET = 'development-only-session-secret-change-me-0000';
/** Node.js options of the export process (see docs/architecture.md, "Memory"). */
const DEFAULT_EXPORT_PROCESS_NODE_OPTIONS = '--max-old-space-size=160 --max-semi-space-size=1';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: int(1, 65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
    DATABASE_URL: url(['postgres', 'postgresql']),
    DATABASE_POOL_SIZE: int(1, 200).default(10),
    DATABASE_PREPARED_STATEMENTS: bool.default(true),
    REDIS_URL: url(['redis', 'rediss']),
    REDIS_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('fairpitch'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SESSION_SECRET),
    SESSION_TTL_HOURS: int(1, 24 * 30).default(12),
    LOGIN_MAX_FAILURES: int(1, 100).default(5),
    LOGIN_LOCKOUT_MINUTES: int(1, 24 * 60).default(15),
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    STORAGE_DIR: z.string().min(1).default('.data/storage'),
    S3_ENDPOINT: z.string().optional(),
    S3_REGION: z.string().default('eu-north-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: bool.default(true),
    UPLOAD_MAX_FILE_MB: int(1, 2048).default(25),
    UPLOAD_MAX_ENTRY_MB: int(1, 10240).default(100),
    UPLOAD_MAX_FILES: int(1, 500).default(30),
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: int(1, 65535).default(587),
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_FROM: z.string().default('Fairpitch <no-reply@fairpitch.local>'),
    OIDC_ISSUER: url(['https', 'http']).optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    WEB_DIST_DIR: z.string().optional(),
    SEED_DEMO: bool.default(false),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    MUNICIPALITY_NAME: z.string().default('Københavns Kommune'),
    MUNICIPALITY_CVR: z.string().regex(/^\d{8}$/).default('64942212'),
    MUNICIPALITY_STREET: z.string().default('Rådhuspladsen 1'),
    MUNICIPALITY_POSTAL_CODE: z.string().default('1550'),
    MUNICIPALITY_LOCALITY: z.string().default('København V'),
    OCDS_OCID_PREFIX: z.string().regex(/^ocds-[a-z0-9]{6}$/).default('ocds-fp0001'),
    SCREENING_CONCURRENCY: int(1, 64).default(2),
    SCREENING_FILE_TIMEOUT_MS: int(100, 600_000).default(30_000),
    SCREENING_MAX_EXPANDED_MB: int(1, 10_240).default(200),
    SCREENING_MAX_MEMORY_MB: int(64, 16_384).default(512),
    SCREENING_ISOLATION: z.enum(['thread', 'in-process']).default('thread'),
    EXPORT_ISOLATION: z.enum(['process', 'in-process']).default('process'),
    EXPORT_PROCESS_NODE_OPTIONS: z
      .string()
      .regex(/^\s*(--[a-z0-9-]+(=\S+)?\s*)*$/, 'must be Node.js options such as "--max-old-space-size=192", separated by spaces')
      .default(DEFAULT_EXPORT_PROCESS_NODE_OPTIONS),
    QUEUE_LOCK_MS: int(1000, 3_600_000).default(30_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.SESSION_SECRET === DEV_SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'must be set in production' });
    }
    if (env.NODE_ENV === 'production' && env.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'demo data is never seeded in production' });
    }
    if (env.STORAGE_DRIVER === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when STORAGE_DRIVER=s3' });
      }
    }
    if (env.SMTP_HOST && (env.SMTP_USER ? !env.SMTP_PASSWORD : false)) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_PASSWORD'], message: 'is required when SMTP_USER is set' });
    }
  });

export type AppEnv = z.infer<typeof envSchema>;

export interface AppConfig {
  env: AppEnv['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: URL;
  secureCookies: boolean;
  databaseUrl: string;
  databasePoolSize: number;
  /** Prepare parameterised statements once per connection (off behind a transaction-mode pooler). */
  databasePreparedStatements: boolean;
  redisUrl: string;
  redisPrefix: string;
  sessionSecret: string;
  sessionTtlMs: number;
  login: { maxFailures: number; lockoutMinutes: number };
  storage: {
    driver: 'local' | 's3';
    dir: string;
    s3: { endpoint?: string; region: string; bucket?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  };
  uploads: { maxFileBytes: number; maxEntryBytes: number; maxFiles: number };
  smtp: { host: string; port: number; secure: boolean; user?: string; password?: string } | null;
  mailFrom: string;
  oidc: { issuer: string; clientId: string; clientSecret?: string } | null;
  webDistDir?: string;
  seedDemo: boolean;
  logLevel: AppEnv['LOG_LEVEL'];
  municipality: { name: string; cvr: string; address: { streetAddress: string; postalCode: string; locality: string } };
  ocdsOcidPrefix: string;
  screening: { concurrency: number; fileTimeoutMs: number; maxExpandedBytes: number; maxMemoryMb: number; isolation: 'thread' | 'in-process' };
  exports: {
    /** 'process': each export is built in a process of its own, which exits when it is done; 'in-process': in the worker itself. */
    isolation: 'process' | 'in-process';
    /** Node.js options of the export process. */
    processNodeOptions: string[];
  };
  /** How long a worker holds a job's lock; a job whose worker died is taken over after about this long. */
  queueLockMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once and returns the typed configuration, or throws naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const missing = issue.code === 'invalid_type' && cleaned[name] === undefined;
        return missing ? `${name} is missing` : `${name} ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  const publicUrl = new URL(env.PUBLIC_URL);
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    secureCookies: publicUrl.protocol === 'https:',
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databasePreparedStatements: env.DATABASE_PREPARED_STATEMENTS,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    sessionSecret: env.SESSION_SECRET,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
    login: { maxFailures: env.LOGIN_MAX_FAILURES, lockoutMinutes: env.LOGIN_LOCKOUT_MINUTES },
    storage: {
      driver: env.STORAGE_DRIVER,
      dir: env.STORAGE_DIR,
      s3: {
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        bucket: env.S3_BUCKET,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      },
    },
    uploads: {
      maxFileBytes: env.UPLOAD_MAX_FILE_MB * 1024 * 1024,
      maxEntryBytes: env.UPLOAD_MAX_ENTRY_MB * 1024 * 1024,
      maxFiles: env.UPLOAD_MAX_FILES,
    },
    smtp: env.SMTP_HOST
      ? { host: env.SMTP_HOST, port: env.SMTP_PORT, secure: env.SMTP_SECURE, user: env.SMTP_USER, password: env.SMTP_PASSWORD }
      : null,
    mailFrom: env.SMTP_FROM,
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID
        ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET }
        : null,
    webDistDir: env.WEB_DIST_DIR,
    seedDemo: env.SEED_DEMO,
    logLevel: env.LOG_LEVEL,
    municipality: {
      name: env.MUNICIPALITY_NAME,
      cvr: env.MUNICIPALITY_CVR,
      address: { streetAddress: env.MUNICIPALITY_STREET, postalCode: env.MUNICIPALITY_POSTAL_CODE, locality: env.MUNICIPALITY_LOCALITY },
    },
    ocdsOcidPrefix: env.OCDS_OCID_PREFIX,
    screening: {
      concurrency: env.SCREENING_CONCURRENCY,
      fileTimeoutMs: env.SCREENING_FILE_TIMEOUT_MS,
      maxExpandedBytes: env.SCREENING_MAX_EXPANDED_MB * 1024 * 1024,
      maxMemoryMb: env.SCREENING_MAX_MEMORY_MB,
      isolation: env.SCREENING_ISOLATION,
    },
    exports: { isolation: env.EXPORT_ISOLATION, processNodeOptions: env.EXPORT_PROCESS_NODE_OPTIONS.split(/\s+/).filter(Boolean) },
    queueLockMs: env.QUEUE_LOCK_MS,
  };
}

/** The configuration as JSON carries it to another process (the export process): its URL as text. */
export type TransferredConfig = Omit<AppConfig, 'publicUrl'> & { publicUrl: string };

export function transferableConfig(config: AppConfig): TransferredConfig {
  return { ...config, publicUrl: config.publicUrl.href };
}

/** The configuration another process sent, as it was validated there. */
export function receivedConfig(config: TransferredConfig): AppConfig {
  return { ...config, publicUrl: new URL(config.publicUrl) };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
