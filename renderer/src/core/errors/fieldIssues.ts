// Splits a validation error's issues into the ones a form can show next to its fields and the
// rest, which go to the error banner.
import type { ApiIssue } from '../../../../shared/api';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export function splitIssuesByField<F extends string>(
  issues: readonly ApiIssue[] | undefined,
  fields: readonly F[],
): { fieldErrors: FieldErrors<F>; otherIssues: ApiIssue[] } {
  const fieldErrors: FieldErrors<F> = {};
  const otherIssues: ApiIssue[] = [];
  for (const issue of issues ?? []) {
    const head = issue.path.split('.')[0] ?? '';
    const field = fields.find((candidate) => candidate === head);
    if (field === undefined) otherIssues.push(issue);
    // The first message per field is the one the person can act on first.
    else if (fieldErrors[field] === undefined) fieldErrors[field] = issue.message;
  }
  return { fieldErrors, otherIssues };
}
