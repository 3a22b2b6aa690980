/** Error body every API error uses: a machine-readable code, a human message and, for imports, where it happened. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: RowError[];
}

/** One rejected input row (file line, batch item index) and why. */
export interface RowError {
  line: number;
  field?: string;
  reason: string;
}
