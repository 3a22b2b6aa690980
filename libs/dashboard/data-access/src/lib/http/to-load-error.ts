import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@rapport/contracts';
import type { LoadError } from './load-state';

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const candidate = body as Partial<Record<keyof ApiErrorBody, unknown>>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** Turns whatever a request failed with into a LoadError; the API's own message wins when it sent one. */
export function toLoadError(error: unknown): LoadError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: 0, code: 'CLIENT_ERROR', message: 'The page could not read the server’s answer.' };
  }
  if (isApiErrorBody(error.error)) {
    const { code, message, details } = error.error;
    return details?.length
      ? { status: error.status, code, message, details: details.map(({ field, reason }) => ({ field, reason })) }
      : { status: error.status, code, message };
  }
  if (error.status === 0) {
    return { status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached. Check your connection and try again.' };
  }
  if (error.status === 401) {
    return { status: 401, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again to continue.' };
  }
  if (error.status === 403) {
    return { status: 403, code: 'FORBIDDEN', message: 'Your role does not allow you to see this page.' };
  }
  return { status: error.status, code: 'HTTP_ERROR', message: `The server answered with an error (HTTP ${error.status}).` };
}
