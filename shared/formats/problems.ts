// A problem found in an imported file, located as precisely as the format allows (a line of a
// CSV file, an element of a GraphML or JSON file) and worded for someone who does not read
// code: "relationships.csv line 14: trust level 7 is outside 1–5".
import { MAX_REPORTED_PROBLEMS } from './limits';

export interface ImportProblem {
  file: string;
  /** 1-based line of the file, when the format has meaningful lines (CSV). */
  line: number | null;
  /** Which element, when there is no line: 'party 4 ("County Transit")', 'edge "e12"'. */
  element: string | null;
  /** The field in words ("trust level"), so the list can be scanned by column. */
  field: string | null;
  message: string;
}

/** Where a row or element came from, for problems found after parsing (in the merge plan). */
export interface SourceRef {
  file: string;
  line: number | null;
  element: string | null;
}

export function problemAt(at: SourceRef, message: string, field: string | null = null): ImportProblem {
  return { file: at.file, line: at.line, element: at.element, field, message };
}

export function problemLocation(problem: Pick<ImportProblem, 'file' | 'line' | 'element'>): string {
  if (problem.line !== null) return `${problem.file} line ${problem.line}`;
  if (problem.element !== null) return `${problem.file}, ${problem.element}`;
  return problem.file;
}

export function describeProblem(problem: ImportProblem): string {
  return `${problemLocation(problem)}: ${problem.message}`;
}

/**
 * Collects every problem but keeps the details of only the first ones (see limits.ts); the
 * total is always exact, so "and 4,812 more" can be said honestly.
 */
export interface ProblemCollector {
  add(problem: ImportProblem): void;
  readonly count: number;
  readonly list: readonly ImportProblem[];
}

export function createProblemCollector(keep = MAX_REPORTED_PROBLEMS): ProblemCollector {
  const list: ImportProblem[] = [];
  let count = 0;
  return {
    add(problem) {
      count += 1;
      if (list.length < keep) list.push(problem);
    },
    get count() {
      return count;
    },
    get list() {
      return list;
    },
  };
}

/** "party 4 ("County Transit")": 1-based, with the name when there is one to help find it. */
export function describeElement(what: string, index: number, name?: string | null): string {
  const shown = name && name.trim() ? ` ("${truncate(name.trim(), 60)}")` : '';
  return `${what} ${index + 1}${shown}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Quotes a value from a file for a message, shortened so one bad cell cannot flood the list. */
export function quoteValue(value: string): string {
  return `"${truncate(value, 40)}"`;
}
