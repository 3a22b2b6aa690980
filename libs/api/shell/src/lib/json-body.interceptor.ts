import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy, DomainError } from '@rapport/api-core';
import { json, type Request, type RequestHandler, type Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';

/**
 * Largest JSON body per kind of route, counted after gzip/deflate inflation. Ingestion routes take a
 * 10,000-conversation batch of chat transcripts; everything else (sign-in, settings, reviews) is small.
 */
export const JSON_BODY_LIMITS = {
  public: 16 * 1024,
  session: 1024 * 1024,
  ingestion: 50 * 1024 * 1024,
} as const;

/**
 * Deepest nesting of a JSON body: far more than any request of the API needs, and far less than what overflows the
 * stack of code that walks the value recursively (JSON.stringify, validation).
 */
export const MAX_JSON_DEPTH = 64;

const PARSERS: Record<keyof typeof JSON_BODY_LIMITS, RequestHandler> = {
  public: json({ limit: JSON_BODY_LIMITS.public }),
  session: json({ limit: JSON_BODY_LIMITS.session }),
  ingestion: json({ limit: JSON_BODY_LIMITS.ingestion }),
};

/**
 * Reads JSON bodies after the guards, not as middleware before them: the caller is authenticated and rate-limited
 * first, so an anonymous or refused request never makes the server read (or inflate) a large body, and only
 * routes that API keys may call (ingestion) get the large limit.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') {
      return next.handle();
    }
    const http = context.switchToHttp();
    const kind = this.routeKind(context);
    return from(
      readJson(PARSERS[kind], http.getRequest<Request>(), http.getResponse<Response>(), JSON_BODY_LIMITS[kind]),
    ).pipe(switchMap(() => next.handle()));
  }

  private routeKind(context: ExecutionContext): keyof typeof JSON_BODY_LIMITS {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy || policy.roles === 'public') {
      return 'public';
    }
    return policy.apiKey === true ? 'ingestion' : 'session';
  }
}

function readJson(parser: RequestHandler, request: Request, response: Response, limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    void parser(request, response, (error?: unknown) => {
      if (error === undefined || error === null) {
        if (nestedDeeperThan(request.body, MAX_JSON_DEPTH)) {
          reject(DomainError.invalid(`The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`));
        } else {
          resolve();
        }
      } else if ((error as { type?: unknown }).type === 'entity.too.large') {
        reject(
          new DomainError(
            413,
            'payload_too_large',
            `The request body is larger than this route accepts (${formatBytes(limit)}, counted after decompression)`,
          ),
        );
      } else {
        reject(error as Error);
      }
    });
  });
}

/** Walks the value without recursion, so the check itself cannot overflow the stack. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) {
      continue;
    }
    if (depth >= limit) {
      return true;
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      pending.push([child, depth + 1]);
    }
  }
  return false;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}
