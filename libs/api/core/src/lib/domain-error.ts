import { RowError } from '@rapport/contracts';

/** A user-facing failure with a stable machine-readable code; the exception filter maps it to a 4xx body. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: RowError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(404, 'not_found', `${what} was not found`);
  }

  static invalid(message: string, details?: RowError[]): DomainError {
    return new DomainError(400, 'invalid_input', message, details);
  }
}
