import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ApiErrorBody } from '@rapport/contracts';
import type { Response } from 'express';
import { DomainError } from './domain-error';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
};

/** Every error leaves as `ApiErrorBody`; unexpected ones are logged with their stack and never leak it. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      // The request deadline already answered (503); the handler finished or failed afterwards.
      this.logger.warn({
        msg: 'a handler finished after its response was sent',
        error: exception instanceof Error ? exception.message : String(exception),
      });
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception : String(exception));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const message =
        typeof raw === 'string'
          ? raw
          : Array.isArray((raw as { message?: unknown }).message)
            ? (raw as { message: string[] }).message.join('; ')
            : String((raw as { message?: unknown }).message ?? exception.message);
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'http_error'),
        message,
      };
    }
    if (isBodyParserError(exception)) {
      return {
        statusCode: exception.status,
        code: CODE_BY_STATUS[exception.status] ?? 'invalid_input',
        message: exception.message,
      };
    }
    return {
      statusCode: 500,
      code: 'internal_error',
      message: 'An unexpected error occurred',
    };
  }
}

/** Express body-parser errors (malformed JSON, entity too large) are user mistakes, not server faults. */
function isBodyParserError(exception: unknown): exception is { status: number; message: string } {
  const candidate = exception as { status?: unknown; type?: unknown };
  return typeof candidate?.status === 'number' && candidate.status < 500 && typeof candidate.type === 'string';
}
