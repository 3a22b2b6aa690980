import type { Server } from 'node:http';
import type { HttpTimeoutConfig } from '@rapport/api-core';
import type { ApiErrorBody } from '@rapport/contracts';
import type { NextFunction, Request, Response } from 'express';

/** A socket silent this much longer than the request deadline is closed, whatever stage its request is in. */
const IDLE_MARGIN_MS = 2_000;

/**
 * Node's own limits: headers must arrive within `headersTimeoutMs`, a whole request (an upload included) within
 * `uploadTimeoutMs`, idle kept-alive connections close after `keepAliveTimeoutMs`, and a connection that sends
 * nothing for longer than the request deadline is closed (a client that stalls in the middle of its headers or body).
 */
export function applyServerTimeouts(server: Server, timeouts: HttpTimeoutConfig): void {
  server.requestTimeout = timeouts.uploadTimeoutMs;
  server.headersTimeout = Math.min(timeouts.headersTimeoutMs, timeouts.uploadTimeoutMs);
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  server.setTimeout(timeouts.requestTimeoutMs + IDLE_MARGIN_MS);
}

/**
 * Every request but a file upload is answered within `requestTimeoutMs`: past it, if nothing was sent yet, the
 * client gets a 503 with the API's error body and the connection is closed, so a client that trickles its body (or a
 * handler that never finishes) cannot hold the connection. Uploads are bounded by the upload timeout instead; a
 * response already streaming (a large export) is left to finish.
 */
export function requestDeadline(timeouts: HttpTimeoutConfig) {
  const seconds = Math.round(timeouts.requestTimeoutMs / 1000);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.is('multipart/form-data')) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (response.headersSent) {
        return;
      }
      const body: ApiErrorBody = {
        statusCode: 503,
        code: 'request_timeout',
        message: `The request was not answered within ${seconds} seconds; try again, or ask for less at once`,
      };
      response.setHeader('Connection', 'close');
      response.setHeader('Retry-After', '5');
      response.status(503).json(body);
    }, timeouts.requestTimeoutMs);
    response.once('close', () => clearTimeout(timer));
    next();
  };
}
