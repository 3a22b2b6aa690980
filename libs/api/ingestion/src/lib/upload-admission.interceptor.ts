import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { statfs } from 'node:fs/promises';
import type { Request, Response } from 'express';
import { catchError, from, type Observable, switchMap, throwError } from 'rxjs';
import { APP_CONFIG, AppConfig, DomainError } from '@rapport/api-core';
import { importStorageDir } from './import-storage';
import { admitUpload, tooLarge } from './upload-admission';

/**
 * Runs before multer writes a byte: refuses an upload without a stated size (411), over the per-upload limit (413)
 * or that would leave less than the reserve free on the upload folder's disk (507), counting uploads of this
 * process still arriving. Multer's own limit (the file's exact size) is reported with the same clear message.
 */
@Injectable()
export class UploadAdmissionInterceptor implements NestInterceptor {
  private inFlightBytes = 0;
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dir = importStorageDir(config);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.admit(request, response)).pipe(
      switchMap(() => next.handle()),
      catchError((error: unknown) => {
        const limit = this.config.uploads.maxBytes;
        return throwError(() => (error instanceof PayloadTooLargeException ? toDomainError(tooLarge(limit)) : error));
      }),
    );
  }

  private async admit(request: Request, response: Response): Promise<void> {
    const header = request.headers['content-length'];
    const declaredBytes = header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
    const disk = await statfs(this.dir);
    const decision = admitUpload(
      { declaredBytes, freeBytes: disk.bavail * disk.bsize, inFlightBytes: this.inFlightBytes },
      this.config.uploads,
    );
    if (!decision.admit) {
      // Nothing of the body will be read: close the connection rather than receive it.
      response.setHeader('Connection', 'close');
      throw toDomainError(decision);
    }
    const reserved = declaredBytes ?? 0;
    this.inFlightBytes += reserved;
    response.once('close', () => (this.inFlightBytes -= reserved));
  }
}

function toDomainError(refusal: { status: number; code: string; message: string }): DomainError {
  return new DomainError(refusal.status, refusal.code, refusal.message);
}
