import type { z } from 'zod';

/** Turns schema issues (parsed with `reportInput: true`) into one row error: the first issue's field and a readable reason listing up to three issues. */
export function describeIssues(error: z.ZodError): { field?: string; reason: string } {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.reduce<string>(
      (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? String(key) : `${path}.${String(key)}`),
      '',
    );
    return { field, text: describeIssue(issue, field) };
  });
  const more = error.issues.length > 3 ? `; and ${error.issues.length - 3} more problems` : '';
  const first = issues[0];
  return {
    ...(first !== undefined && first.field !== '' ? { field: first.field } : {}),
    reason: issues.map((i) => i.text).join('; ') + more,
  };
}

function describeIssue(issue: z.core.$ZodIssue, field: string): string {
  const name = field === '' ? 'record' : field;
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `${name} is required` : `${name} must be ${issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `unknown ${name} ${JSON.stringify(issue.input)} (expected one of ${issue.values.map(String).join(', ')})`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
    return `${name} is empty`;
  }
  return `${name}: ${issue.message}`;
}
