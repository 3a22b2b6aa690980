/** PostgreSQL states a retry can cure: connection lost or shut down, serialization failure, deadlock victim. */
const RETRYABLE_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '40001', '40P01']);
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'SQLITE_BUSY']);

/**
 * Whether a database error says nothing about the data: the same work run again later may succeed (a dropped
 * connection, a deadlock victim). A job that meets one is retried from its last commit instead of failing.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, message, driverError } = current as { code?: unknown; message?: unknown; driverError?: unknown };
    if ((typeof code === 'string' && (RETRYABLE_STATES.has(code) || RETRYABLE_CODES.has(code))) || (typeof message === 'string' && /Connection terminated|connection is closed|Client has encountered a connection error/i.test(message))) {
      return true;
    }
    current = driverError;
  }
  return false;
}
