import { HttpErrorResponse } from '@angular/common/http';
import { toLoadError } from './to-load-error';

describe('toLoadError', () => {
  it.each([
    [
      'the API error body when there is one',
      new HttpErrorResponse({ status: 422, error: { statusCode: 422, code: 'INVALID_MONTH', message: 'Month must be YYYY-MM.' } }),
      { status: 422, code: 'INVALID_MONTH', message: 'Month must be YYYY-MM.' },
    ],
    [
      'the API’s per-field reasons for a refused input',
      new HttpErrorResponse({
        status: 400,
        error: { statusCode: 400, code: 'invalid_input', message: 'name: Too small', details: [{ line: 0, field: 'name', reason: 'Too small' }] },
      }),
      { status: 400, code: 'invalid_input', message: 'name: Too small', details: [{ field: 'name', reason: 'Too small' }] },
    ],
    [
      'a network failure',
      new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }),
      { status: 0, code: 'NETWORK_ERROR', message: 'The server could not be reached. Check your connection and try again.' },
    ],
    [
      'an ended session',
      new HttpErrorResponse({ status: 401, error: 'Unauthorized' }),
      { status: 401, code: 'UNAUTHENTICATED', message: 'Your session has ended. Sign in again to continue.' },
    ],
    [
      'a missing permission',
      new HttpErrorResponse({ status: 403, error: null }),
      { status: 403, code: 'FORBIDDEN', message: 'Your role does not allow you to see this page.' },
    ],
    [
      'any other HTTP error',
      new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }),
      { status: 502, code: 'HTTP_ERROR', message: 'The server answered with an error (HTTP 502).' },
    ],
    [
      'a body that only looks like an API error',
      new HttpErrorResponse({ status: 500, error: { code: 42, message: 'x' } }),
      { status: 500, code: 'HTTP_ERROR', message: 'The server answered with an error (HTTP 500).' },
    ],
    ['something that is not an HTTP error', new TypeError('bad json'), { status: 0, code: 'CLIENT_ERROR', message: 'The page could not read the server’s answer.' }],
  ])('describes %s', (_case, error, expected) => {
    expect(toLoadError(error)).toEqual(expected);
  });
});
