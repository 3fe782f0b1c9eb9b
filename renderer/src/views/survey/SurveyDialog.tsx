// A trust survey round (issue 12, the PARTNER practice of repeated captures). First: choose the
// partners to ask and write one form each — an Excel workbook with 1–5 drop-downs (or CSV). Later:
// choose the filled forms; they are checked like any import, every problem listed by file, row
// and field, and read in as dated trust assessments only when all of them read cleanly.
import '../exchange/exchange.css';
import './survey.css';
import { useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { partnersOf } from '../../../../shared/survey/surveyForms';
import { todayDay } from '../../../../shared/timeline';
import { useSurveyRound } from '../../hooks/useSurveyRound';
import type { SurveySummary } from '../../hooks/useSurveyRound';
import { Dialog } from '../dialogs/Dialog';
import { ProblemList } from '../exchange/ProblemList';

type Props = { graph: NetworkGraph; onClose: () => void; onRead: () => void };

export function SurveyDialog({ graph, onClose, onRead }: Props) {
  const round = useSurveyRound(graph.network.id);
  const [step, setStep] = useState<'send' | 'read'>('send');
  const candidates = useMemo(
    () => graph.parties.filter((party) => party.side === 'internal').map((party) => ({ party, partners: partnersOf(graph, party.id).length })).filter((entry) => entry.partners > 0).sort((a, b) => a.party.name.localeCompare(b.party.name)),
    [graph],
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [roundDate, setRoundDate] = useState(todayDay());
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');

  return (
    <Dialog title="Trust survey round" onClose={onClose} testId="survey-dialog" wide>
      <div className="sim-tabs" role="tablist" aria-label="Survey round">
        <button type="button" role="tab" aria-selected={step === 'send'} className="sim-tabs__tab" onClick={() => setStep('send')} data-testid="survey-tab-send">
          1. Send the forms
        </button>
        <button type="button" role="tab" aria-selected={step === 'read'} className="sim-tabs__tab" onClick={() => setStep('read')} data-testid="survey-tab-read">
          2. Read the filled forms
        </button>
      </div>
      {round.error && <p className="dialog__error" role="alert" data-testid="survey-error">{round.error}</p>}
      {step === 'send' ? (
        <form
          className="survey"
          onSubmit={(event) => {
            event.preventDefault();
            void round.writeForms(chosen, roundDate, format);
          }}
        >
          <p>
            Each partner you ask gets one form listing the partners it works with on the map, to rate on reliability, support of the shared mission and
            openness to discussion, from 1 to 5, with room for comments.
          </p>
          <fieldset className="survey__partners">
            <legend>Partners to ask ({chosen.length} chosen)</legend>
            <button type="button" className="link-button" onClick={() => setChosen(chosen.length === candidates.length ? [] : candidates.map((entry) => entry.party.id))}>
              {chosen.length === candidates.length ? 'Choose none' : 'Choose all'}
            </button>
            <ul>
              {candidates.map(({ party, partners }) => (
                <li key={party.id}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(party.id)}
                      onChange={(event) => setChosen(event.target.checked ? [...chosen, party.id] : chosen.filter((id) => id !== party.id))}
                      data-testid="survey-partner"
                      data-party-id={party.id}
                    />
                    {party.name} <span className="history-muted">rates {partners}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="field-row">
            <div className="field">
              <label htmlFor="survey-date">Round date</label>
              <input id="survey-date" type="date" required value={roundDate} onChange={(event) => setRoundDate(event.target.value)} data-testid="survey-date" />
            </div>
            <div className="field">
              <label htmlFor="survey-format">Forms as</label>
              <select id="survey-format" value={format} onChange={(event) => setFormat(event.target.value as 'xlsx' | 'csv')} data-testid="survey-format">
                <option value="xlsx">Excel workbooks (drop-down choices)</option>
                <option value="csv">CSV files</option>
              </select>
            </div>
          </div>
          {round.written && <p className="sim-ok" role="status" data-testid="survey-written">Saved {round.written.length === 1 ? round.written[0] : `${round.written.length} forms`}. Send each to its partner; read them back under “2. Read the filled forms”.</p>}
          <div className="dialog__actions">
            <button type="submit" className="button button--primary" disabled={chosen.length === 0 || round.busy} data-testid="survey-write">
              {round.busy ? 'Writing…' : `Write ${chosen.length === 1 ? 'the form' : `${chosen.length} forms`}`}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </form>
      ) : (
        <div className="survey">
          <label className="field">
            Choose the filled forms (.xlsx or .csv, several at once)
            <input type="file" multiple accept=".xlsx,.csv,.txt" onChange={(event) => event.target.files && void round.check([...event.target.files])} data-testid="survey-files" />
          </label>
          {round.checked && round.checked.problemCount > 0 && (
            <ProblemList
              job={round.checked}
              testId="survey-problems"
              summary={
                <>
                  <strong>Nothing was read in.</strong> {round.checked.problemCount === 1 ? '1 problem needs' : `${round.checked.problemCount} problems need`} fixing first:
                  correct the forms, save them, and choose them again.
                </>
              }
            />
          )}
          {round.checked?.summary && (
            <>
              <SummaryView summary={round.checked.summary} title="Ready to read in" />
              <div className="dialog__actions">
                <button type="button" className="button button--primary" disabled={round.busy} onClick={() => void round.apply().then((ok) => ok && onRead())} data-testid="survey-apply">
                  Read in {round.checked.summary.answered} {round.checked.summary.answered === 1 ? 'answer' : 'answers'}
                </button>
              </div>
            </>
          )}
          {round.applied && <SummaryView summary={round.applied} title="Read in" />}
        </div>
      )}
    </Dialog>
  );
}

const WORDS = { falling: 'fell', rising: 'rose', steady: 'about the same', first: 'first rating' } as const;

function SummaryView({ summary, title }: { summary: SurveySummary; title: string }) {
  return (
    <section className="survey__summary" data-testid="survey-summary" aria-label={title}>
      <h3>{title}</h3>
      <p>
        {summary.answered} {summary.answered === 1 ? 'rating' : 'ratings'} from {summary.forms} {summary.forms === 1 ? 'form' : 'forms'}
        {summary.unanswered > 0 ? `; ${summary.unanswered} left empty` : ''}. Since the last round: {summary.fell} fell, {summary.rose} rose, {summary.steady} about
        the same, {summary.firstRatings} {summary.firstRatings === 1 ? 'first rating' : 'first ratings'}.
      </p>
      <table className="history-table">
        <thead>
          <tr>
            <th scope="col">Who rates</th>
            <th scope="col">Whom</th>
            <th scope="col">Before</th>
            <th scope="col">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {summary.changes.map((change) => (
            <tr key={`${change.from}-${change.to}`} className={change.direction === 'falling' ? 'history-trend--falling' : undefined} data-testid="survey-change">
              <td>{change.fromName}</td>
              <td>{change.toName}</td>
              <td>{change.before ?? '–'}</td>
              <td>{change.after}</td>
              <td>{change.change === null ? WORDS.first : `${change.change > 0 ? '+' : ''}${change.change} (${WORDS[change.direction]})`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
