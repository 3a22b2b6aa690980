import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from '@rapport/api-core';
import { ApiKeysService } from './api-keys.service';
import { apiKeyPrincipal, userPrincipal } from './principals';
import { SESSION_COOKIE } from './session-cookies';
import { SessionsService } from './sessions.service';

/** A request after the access guard: who is calling and, for browser sessions, the CSRF token it must echo. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  csrfHash?: string;
  sessionToken?: string;
}

export interface Authentication {
  principal: Principal;
  csrfHash?: string;
  sessionToken?: string;
  /** The user signed in with a password an administrator gave out and must replace it first. */
  passwordChangeRequired?: boolean;
}

/**
 * Finds the caller: an API key in `Authorization: Bearer rk_…` (ingestion systems), otherwise the session
 * cookie (people using the dashboard). A bearer header that is present but wrong is never combined with a cookie.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly sessions: SessionsService,
  ) {}

  async authenticate(request: Request): Promise<Authentication | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const key = match?.[1] ? await this.apiKeys.resolve(match[1]) : null;
      return key ? { principal: apiKeyPrincipal(key) } : null;
    }
    const token: unknown = (request.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) {
      return null;
    }
    const session = await this.sessions.resolve(token);
    return session
      ? {
          principal: userPrincipal(session.user),
          csrfHash: session.csrfHash,
          sessionToken: token,
          passwordChangeRequired: session.user.mustChangePassword,
        }
      : null;
  }
}
