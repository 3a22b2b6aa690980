import type { CookieOptions, Request, Response } from 'express';
import type { AuthConfig } from '@rapport/api-core';
import type { OpenedSession } from './sessions.service';

/** httpOnly: scripts (and so injected scripts) cannot read the session id. */
export const SESSION_COOKIE = 'rapport_session';
/**
 * Readable by the dashboard's scripts, which echo it in `X-XSRF-TOKEN`: Angular's HttpClient does this by
 * default with exactly these names, for same-origin state-changing requests.
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

function baseOptions(request: Request, config: AuthConfig): CookieOptions {
  return { sameSite: 'strict', secure: config.cookieSecure === 'auto' ? request.secure : config.cookieSecure };
}

export function setSessionCookies(response: Response, request: Request, session: OpenedSession, config: AuthConfig): void {
  const options = { ...baseOptions(request, config), expires: session.expiresAt };
  // The session id is only ever needed by the API; the CSRF cookie must be visible to the dashboard's pages.
  response.cookie(SESSION_COOKIE, session.token, { ...options, httpOnly: true, path: '/api' });
  response.cookie(CSRF_COOKIE, session.csrfToken, { ...options, httpOnly: false, path: '/' });
}

export function clearSessionCookies(response: Response, request: Request, config: AuthConfig): void {
  response.clearCookie(SESSION_COOKIE, { ...baseOptions(request, config), httpOnly: true, path: '/api' });
  response.clearCookie(CSRF_COOKIE, { ...baseOptions(request, config), httpOnly: false, path: '/' });
}
