import { ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { ACCESS_POLICY, AccessPolicy, AppConfig } from '@rapport/api-core';
import type { AuthenticatedRequest } from './request-authenticator';

const LOGIN_RATE_LIMITED = 'rapport:login-rate-limited';

/** Sign-in attempts per client address are limited, on top of the per-email lock-out. */
export const LoginRateLimit = () => SetMetadata(LOGIN_RATE_LIMITED, true);

/** Whether a handler may answer 429: sign-in routes, and every route that ingestion or read keys may call. */
export function isRateLimited(handler: object, policy: AccessPolicy | undefined): boolean {
  return Reflect.getMetadata(LOGIN_RATE_LIMITED, handler) === true || policy?.apiKey === true || policy?.readKey === true;
}

const MINUTE_MS = 60_000;

/**
 * Two limits, each applied only where it belongs: `login` to routes marked `@LoginRateLimit()`, per client
 * address; `ingestion` to every route that ingestion keys may call and to every request of a read key, per key or
 * user across all such routes.
 * Counters live in memory, per API process, or with REDIS_URL in Redis, shared by every instance.
 */
export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  const reflector = new Reflector();
  const isLogin = (context: ExecutionContext) => reflector.get<boolean | undefined>(LOGIN_RATE_LIMITED, context.getHandler()) === true;
  const isIngestion = (context: ExecutionContext) =>
    reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()])?.apiKey === true ||
    context.switchToHttp().getRequest<AuthenticatedRequest>().principal?.role === 'reader';
  return {
    errorMessage: 'Too many requests; wait a minute and try again',
    throttlers: [
      {
        name: 'login',
        ttl: MINUTE_MS,
        limit: config.rateLimits.loginPerMinute,
        skipIf: (context) => !isLogin(context),
        getTracker: (request) => (request as AuthenticatedRequest).ip ?? 'unknown',
      },
      {
        name: 'ingestion',
        ttl: MINUTE_MS,
        limit: config.rateLimits.ingestionPerMinute,
        skipIf: (context) => !isIngestion(context),
        getTracker: (request) => {
          const principal = (request as AuthenticatedRequest).principal;
          return principal ? `${principal.kind}:${principal.id}` : ((request as AuthenticatedRequest).ip ?? 'unknown');
        },
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
      },
    ],
  };
}
