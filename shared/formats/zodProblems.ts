// Turns the domain schemas' validation issues into import problems a person can act on. The
// schemas' own messages are already written for people ("Trust level must be from 1 to 5.");
// zod's generic ones ("expected string, received undefined") are replaced here, and every
// message starts with the field in words and the value that was found.
import type { z } from 'zod';
import { fieldLabel } from './fieldLabels';
import { quoteValue } from './problems';
import type { ImportProblem, SourceRef } from './problems';

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return quoteValue(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a group of values';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const GENERIC = /^Invalid (input|discriminator|option|value)|^Too (big|small)|^Unrecognized/;

export function issueMessage(issue: z.core.$ZodIssue, value: unknown, field: string | null): string {
  const label = field ?? 'this value';
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    // A blank required cell: say it is missing (and what may go there), not that "nothing" is
    // outside the list.
    const values = issue.code === 'invalid_value' && 'values' in issue ? issue.values.map(String) : [];
    return values.length > 0 ? `${label} is missing; write one of: ${values.join(', ')}` : `${label} is missing`;
  }
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return `${label} ${describeValue(value)} is not one of: ${issue.options.join(', ')}`;
  }
  if (issue.code === 'invalid_type') {
    const expected = 'expected' in issue ? String(issue.expected) : 'another kind of value';
    const wanted = expected === 'number' || expected === 'int' ? 'a number' : expected === 'array' ? 'a list' : `a ${expected}`;
    return GENERIC.test(issue.message) ? `${label} should be ${wanted}, not ${describeValue(value)}` : `${label} ${describeValue(value)}: ${issue.message}`;
  }
  if (GENERIC.test(issue.message)) return `${label} ${describeValue(value)} is not allowed here`;
  return value === undefined ? issue.message : `${label} ${describeValue(value)}: ${issue.message}`;
}

/**
 * Problems for one record validated on its own (a party, a relationship): the record's place in
 * the file is known, and the issue path names the field.
 */
export function recordIssuesToProblems(error: z.ZodError, record: unknown, at: SourceRef): ImportProblem[] {
  return error.issues.map((issue) => {
    const key = issue.path[0];
    const field = typeof key === 'string' ? fieldLabel(key) : null;
    return { ...at, field, message: issueMessage(issue, valueAt(record, issue.path), field) };
  });
}

export { valueAt };
