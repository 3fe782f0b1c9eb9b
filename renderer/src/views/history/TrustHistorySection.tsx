// A trust relationship's history in the side panel (issue 12): every assessment, the trend as a
// small chart and in words (a falling trend is said plainly), and "Record an assessment" for a
// re-assessment — dated today unless the person says otherwise; an earlier date adds to the history.
import './history.css';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { Relationship } from '../../../../shared/domain';
import { meanTrustScore } from '../../../../shared/domain';
import { sayDay, todayDay, trustHistoryOf, trustTrend } from '../../../../shared/timeline';
import type { TrustTrend } from '../../../../shared/timeline';
import { trustTrendOption } from '../../core/charts/trustTrendChart';
import type { NetworkHistory } from '../../hooks/useNetworkHistory';
import { EChart } from '../charts/EChart';
import { Field } from '../forms/Field';
import { FormEnd, ScoreChoice } from './historyFormParts';

type Trust = Extract<Relationship, { kind: 'TRUSTS' }>;
type Props = { relationship: Trust; history: NetworkHistory };

const score = (value: number | null) => (value === null ? '–' : String(value));

function trendSentence(trend: TrustTrend): string {
  if (!trend.previous) return 'One assessment so far.';
  const since = trend.previous.assessedOn ? ` since ${sayDay(trend.previous.assessedOn)}` : '';
  const move = `${trend.previous.level} → ${trend.latest.level}${since}`;
  if (trend.direction === 'falling') return `Falling: ${move}.`;
  if (trend.direction === 'rising') return `Rising: ${move}.`;
  return `Steady: ${move}.`;
}

export function TrustHistorySection({ relationship, history }: Props) {
  const [recording, setRecording] = useState(false);
  const earlier = history.trustAssessments;
  const points = useMemo(() => trustHistoryOf(relationship, earlier), [relationship, earlier]);
  const trend = trustTrend(points);
  const option = useMemo(() => trustTrendOption(points), [points]);
  const dated = points.filter((point) => point.assessedOn !== null).length;

  return (
    <section className="inspector__subsection history-section" aria-labelledby="trust-history-title" data-testid="trust-history">
      <div className="inspector__subheader">
        <h3 id="trust-history-title">Trust history</h3>
        {!recording && (
          <button type="button" className="button button--small" data-testid="record-assessment" onClick={() => setRecording(true)}>
            Record an assessment
          </button>
        )}
      </div>
      {trend && (
        <p className={trend.falling ? 'history-trend--falling' : 'history-muted'} data-testid="trust-trend">
          {trendSentence(trend)}
        </p>
      )}
      {dated >= 2 && <EChart option={option} label={`Chart of the trust level over time. ${trend ? trendSentence(trend) : ''}`} height={110} testId="trust-trend-chart" />}
      {recording && <AssessmentForm relationship={relationship} history={history} onDone={() => setRecording(false)} />}
      <table className="history-table" data-testid="trust-assessments">
        <thead>
          <tr>
            <th scope="col">Assessed</th>
            <th scope="col">Level</th>
            <th scope="col" title="reliability · mission support · openness">Scores</th>
            <th scope="col">By</th>
            <th scope="col"><span className="visually-hidden">Remove</span></th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((point) => (
            <tr key={point.assessmentId ?? 'current'} data-testid="trust-assessment">
              <td>
                {point.assessedOn ? sayDay(point.assessedOn) : 'undated'}
                {point.current && <span className="history-muted"> (current)</span>}
              </td>
              <td>{point.level}</td>
              <td>
                {score(point.reliability)} · {score(point.missionSupport)} · {score(point.openness)}
              </td>
              <td>{point.assessedBy}</td>
              <td>
                {point.assessmentId && (
                  <button
                    type="button"
                    className="link-button history-item__delete"
                    aria-label={`Remove the assessment of ${point.assessedOn ? sayDay(point.assessedOn) : 'no date'}`}
                    onClick={() => {
                      const assessment = earlier.find((candidate) => candidate.id === point.assessmentId);
                      if (assessment) void history.deleteAssessment(assessment);
                    }}
                  >
                    remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const SCORES = [
  ['reliability', 'Reliability'],
  ['missionSupport', 'Mission support'],
  ['openness', 'Openness'],
] as const;

function AssessmentForm({ relationship, history, onDone }: { relationship: Trust; history: NetworkHistory; onDone: () => void }) {
  const [assessedOn, setAssessedOn] = useState(todayDay());
  const [scores, setScores] = useState<Record<(typeof SCORES)[number][0], string>>({ reliability: '', missionSupport: '', openness: '' });
  const [level, setLevel] = useState('');
  const [assessedBy, setAssessedBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const value = (text: string) => (text === '' ? null : Number(text));
  const mean = meanTrustScore({ reliability: value(scores.reliability), missionSupport: value(scores.missionSupport), openness: value(scores.openness) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = await history.recordAssessment(relationship.id, relationship.version, {
      ...(level === '' ? {} : { level: Number(level) }),
      reliability: value(scores.reliability),
      missionSupport: value(scores.missionSupport),
      openness: value(scores.openness),
      assessedOn,
      assessedBy,
    });
    if (problem) setError(problem.message);
    else onDone();
  };

  return (
    <form className="history-form" onSubmit={(event) => void save(event)} data-testid="assessment-form">
      <div className="field-row">
        {SCORES.map(([key, label]) => (
          <Field key={key} label={label}>
            {(aria) => <ScoreChoice {...aria} value={scores[key]} empty="not rated" onChange={(value) => setScores({ ...scores, [key]: value })} testId={`assessment-${key}`} />}
          </Field>
        ))}
      </div>
      <div className="field-row">
        <Field label="Trust level" hint={mean !== null && level === '' ? `The mean of the scores: ${mean}` : undefined}>
          {(aria) => <ScoreChoice {...aria} value={level} empty={mean !== null ? `mean (${mean})` : 'choose'} onChange={setLevel} testId="assessment-level" />}
        </Field>
        <Field label="Assessed on">{(aria) => <input {...aria} type="date" required value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} data-testid="assessment-date" />}</Field>
      </div>
      <Field label="Assessed by">{(aria) => <input {...aria} type="text" value={assessedBy} onChange={(e) => setAssessedBy(e.target.value)} data-testid="assessment-by" />}</Field>
      <FormEnd error={error} submit="Record" testId="assessment-save" onCancel={onDone} />
    </form>
  );
}
