import { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { DomainError } from './domain-error';

/** Validates a request part against a schema from `@rapport/contracts`; unknown keys are stripped. */
export class ZodValidationPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: ZodType<T>) {}

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
    throw DomainError.invalid(details.map((d) => (d.field ? `${d.field}: ${d.reason}` : d.reason)).join('; '), details);
  }
}
