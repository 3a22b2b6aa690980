/** Why a load failed, in words a user can act on, plus the API's machine-readable code for tests and logs. */
export interface LoadError {
  /** HTTP status; 0 when the server could not be reached at all. */
  status: number;
  code: string;
  message: string;
  /** The API's per-field reasons for a refused input (`criteria.0.weight`: "Too big…"), when it sent them. */
  details?: Array<{ field?: string; reason: string }>;
}

/** Where a remote read stands. `idle` means nothing was asked yet. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; error: LoadError };
