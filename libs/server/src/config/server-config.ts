import { z } from 'zod';

/**
 * Configuration comes only from environment variables, validated here with defaults that match
 * the embedded dev stack (tools/stack). Production sets the variables; nothing is read from files.
 */
const port = z.coerce.number().int().min(1).max(65535);
const serverConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url().default('postgres://childfirst:childfirst@localhost:54329/childfirst'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: z.string().min(1).default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TLS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  KEYCLOAK_URL: z.url().default('http://localhost:8080'),
  /** The issuer as browsers see it, when it differs from KEYCLOAK_URL (e.g. behind a proxy). */
  KEYCLOAK_PUBLIC_URL: z.url().optional(),
  KEYCLOAK_REALM: z.string().min(1).default('childfirst'),
  KEYCLOAK_AUDIENCE: z.string().min(1).default('childfirst-api'),
  API_PORT: port.default(3000),
  WORKERS_HEALTH_PORT: port.default(3001),
  STAFF_WEB_URL: z.url().default('http://localhost:5173'),
  FAMILY_PORTAL_URL: z.url().default('http://localhost:5174'),
  /** The task queue the referrals worker polls (tests run a worker of their own on another queue). */
  REFERRALS_TASK_QUEUE: z.string().min(1).default('referrals'),
  /** Outgoing mail (the dev stack's catcher by default). */
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(1025),
  MAIL_FROM: z.string().min(3).default('Childfirst front door <front-door@childfirst.invalid>'),
  /** Reports of a concern accepted from one address in 10 minutes (the public form is open to anyone). */
  PUBLIC_CONCERN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** The prevention rule's thresholds (PRODUCT.md: configuration, not code). */
  PREVENTION_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  PREVENTION_MINIMUM_AGENCIES: z.coerce.number().int().min(2).max(6).default(2),
  PREVENTION_MINIMUM_CONCERNS: z.coerce.number().int().min(2).max(20).default(2),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;

export class ConfigurationError extends Error {}

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = serverConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigurationError(`Invalid configuration in environment variables:\n${problems}`);
  }
  return result.data;
}

export const SERVER_CONFIG = Symbol('SERVER_CONFIG');
