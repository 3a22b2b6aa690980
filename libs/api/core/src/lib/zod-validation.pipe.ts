import { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { DomainError } from './domain-error';

/** Validates a request part against a schema from `@rapport/contracts`; unknown keys are stripped. Answers 400. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    const result = this.schema.safeParse(value);
    if (result.success) {
      return result.data;
    }
    const details = result.error.issues.map((issue) => ({
      line: 0,
      field: issue.path.join('.') || undefined,
      reason: issue.message,
    }));
    const message = details.map((d) => (d.field ? `${d.field}: ${d.reason}` : d.reason)).join('; ');
    // A schema may name a more precise code than invalid_input (e.g. period_out_of_range) in the issue's params.
    const code = result.error.issues
      .map((issue) => (issue.code === 'custom' ? issue.params?.['code'] : undefined))
      .find((c) => typeof c === 'string');
    throw typeof code === 'string'
      ? new DomainError(400, code, message, details)
      : DomainError.invalid(message, details);
  }
}
