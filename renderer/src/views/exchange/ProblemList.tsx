// Every problem found in an imported file, in file and line order, worded for the person who
// will fix the spreadsheet: where (file and line, or element), which field, and what is wrong.
import type { ImportJob } from '../../../../shared/api';
import type { ReactNode } from 'react';
import { plural } from '../../core/exchange/importProgress';

// `summary` replaces the import's own first sentence (the trust survey reads its forms with it).
type ProblemListProps = { job: Pick<ImportJob, 'problems' | 'problemCount'>; summary?: ReactNode; testId?: string };

export function ProblemList({ job, summary, testId = 'import-problems' }: ProblemListProps) {
  const hidden = job.problemCount - job.problems.length;
  return (
    <div className="exchange-problems" data-testid={testId} role="alert">
      <p className="exchange-problems__summary">
        {summary ?? (<>
        <strong>Nothing was imported.</strong> {plural(job.problemCount, 'problem')} {job.problemCount === 1 ? 'needs' : 'need'} fixing
        in the file first. Correct {job.problemCount === 1 ? 'it' : 'them'} (in your spreadsheet or the other tool), save, and import again.
        </>)}
      </p>
      <div className="exchange-problems__scroll">
        <table className="exchange-table">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Field</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {job.problems.map((problem, index) => (
              <tr key={index} data-testid="import-problem">
                <td className="exchange-problems__where">
                  {problem.file}
                  {problem.line !== null ? ` line ${problem.line}` : problem.element ? `, ${problem.element}` : ''}
                </td>
                <td>{problem.field ?? ''}</td>
                <td>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && <p className="field__note">…and {plural(hidden, 'more problem')} of the same kinds, not listed.</p>}
    </div>
  );
}
