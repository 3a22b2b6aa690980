import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from './session-store';

/** Requests whose 401 is an answer, not a sign that the session ended. */
const SESSION_PROBES = ['/api/auth/login', '/api/auth/me'];

/** When the API says the session is gone (expired, revoked, user disabled), go to sign-in and come back after. */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !SESSION_PROBES.includes(request.url) && session.status() === 'signed-in') {
        session.expire();
        void router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
