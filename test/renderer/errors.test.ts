import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { splitIssuesByField } from '../../renderer/src/core/errors/fieldIssues';
import { toApiError } from '../../renderer/src/core/errors/toApiError';

describe('toApiError', () => {
  it('passes an ApiError through unchanged', () => {
    const error = new ApiError('conflict', 'Someone else changed this network.');
    expect(toApiError(error)).toBe(error);
  });

  it('rebuilds an ApiError-shaped object', () => {
    const shaped = { name: 'ApiError', code: 'not_found', message: 'That network is gone.', issues: [] };
    expect(toApiError(shaped)).toMatchObject({ code: 'not_found', message: 'That network is gone.' });
  });

  it.each([new TypeError('Failed to fetch'), 'a string', undefined])(
    'turns %s into an internal error that says what to do',
    (thrown) => {
      const error = toApiError(thrown);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.code).toBe('internal');
      expect(error.message).toMatch(/Try again/);
    },
  );

  it('keeps the original message as a detail', () => {
    expect(toApiError(new Error('Unexpected token <')).message).toContain('Unexpected token <');
  });
});

describe('splitIssuesByField', () => {
  const fields = ['name', 'description'] as const;

  it('puts issues next to their fields and keeps the first message per field', () => {
    const result = splitIssuesByField(
      [
        { path: 'name', message: 'A name is required.' },
        { path: 'name', message: 'Second name problem.' },
        { path: 'description', message: 'Too long.' },
      ],
      fields,
    );
    expect(result).toEqual({
      fieldErrors: { name: 'A name is required.', description: 'Too long.' },
      otherIssues: [],
    });
  });

  it('matches nested paths by their first segment and leaves unknown ones for the banner', () => {
    const result = splitIssuesByField(
      [
        { path: 'name.0', message: 'Bad start.' },
        { path: '', message: 'The whole request is wrong.' },
        { path: 'color', message: 'Unknown field.' },
      ],
      fields,
    );
    expect(result.fieldErrors).toEqual({ name: 'Bad start.' });
    expect(result.otherIssues.map((issue) => issue.path)).toEqual(['', 'color']);
  });

  it('handles an error without issues', () => {
    expect(splitIssuesByField(undefined, fields)).toEqual({ fieldErrors: {}, otherIssues: [] });
  });
});
