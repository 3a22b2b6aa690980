import type { ApiErrorBody } from '@rapport/contracts';
import type { NextFunction, Request, Response } from 'express';

/**
 * No route takes a NUL character in its path or query, and PostgreSQL refuses one in any text parameter (the
 * query fails: a 500). Such requests are a 400 before routing, on every route and both databases alike.
 */
export function refuseNulInUrl(request: Request, response: Response, next: NextFunction): void {
  if (!/%00|\0/i.test(request.url)) {
    next();
    return;
  }
  const body: ApiErrorBody = {
    statusCode: 400,
    code: 'invalid_input',
    message: 'The URL contains a NUL character (%00)',
  };
  response.status(400).json(body);
}
