// The fields of one relationship kind (DESIGN.md §3), with their defaults and errors. Text
// fields report on blur so the side panel can save then; choices report at once.
import { RESOURCE_KINDS, SUBSTITUTABILITY } from '../../../../shared/domain';
import { meanTrustScore } from '../../../../shared/domain';
import type { FieldErrors } from '../../core/errors/fieldIssues';
import type { RelationshipDraft, RelationshipDraftField } from '../../core/forms/relationshipDraft';
import { AgreementTermFields } from './AgreementTermFields';
import { Field } from './Field';

type Props = {
  draft: RelationshipDraft;
  errors: FieldErrors<RelationshipDraftField>;
  onChange: (change: Partial<RelationshipDraft>, commit: boolean) => void;
  onBlur: () => void;
};

const SUBSTITUTE_WORDS = { none: 'none — nobody else could do it', limited: 'limited — someone could, with effort', ready: 'ready — others could step in' };
const SCORE_WORDS = ['', '1 — very low', '2 — low', '3 — middling', '4 — high', '5 — very high'];

function ScoreSelect({ label, value, error, optional, onChange, testId }: {
  label: string; value: string; error?: string | undefined; optional?: boolean; onChange: (value: string) => void; testId: string;
}) {
  return (
    <Field label={label} error={error}>
      {(aria) => (
        <select {...aria} value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
          {optional && <option value="">not rated</option>}
          {[1, 2, 3, 4, 5].map((score) => (
            <option key={score} value={String(score)}>
              {SCORE_WORDS[score]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function TextInput({ label, value, error, onChange, onBlur, placeholder, testId, required, type = 'text' }: {
  label: string; value: string; error?: string | undefined; onChange: (value: string) => void; onBlur: () => void;
  placeholder?: string; testId: string; required?: boolean; type?: string;
}) {
  return (
    <Field label={label} error={error} required={required ?? false}>
      {(aria) => (
        <input {...aria} type={type} value={value} placeholder={placeholder} data-testid={testId} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
    </Field>
  );
}

export function RelationshipFieldsForm({ draft, errors, onChange, onBlur }: Props) {
  const text = (field: RelationshipDraftField) => (value: string) => onChange({ [field]: value }, false);
  const choose = (field: RelationshipDraftField) => (value: string) => onChange({ [field]: value }, true);
  switch (draft.kind) {
    case 'RELIES_ON':
      return (
        <>
          <TextInput label="Service relied on" value={draft.service} error={errors.service} onChange={text('service')} onBlur={onBlur} placeholder="e.g. discharge placement" testId="rel-service" required />
          <ScoreSelect label="Criticality" value={draft.criticality} error={errors.criticality} onChange={choose('criticality')} testId="rel-criticality" />
          <Field label="Substitutes" error={errors.substitutability}>
            {(aria) => (
              <select {...aria} value={draft.substitutability} data-testid="rel-substitutability" onChange={(e) => choose('substitutability')(e.target.value)}>
                {SUBSTITUTABILITY.map((value) => (
                  <option key={value} value={value}>
                    {SUBSTITUTE_WORDS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <AgreementTermFields draft={draft} errors={errors} onChange={onChange} onBlur={onBlur} />
        </>
      );
    case 'RESOURCE_FLOW':
      return (
        <>
          <Field label="Resource" error={errors.resource}>
            {(aria) => (
              <select {...aria} value={draft.resource} data-testid="rel-resource" onChange={(e) => choose('resource')(e.target.value)}>
                {RESOURCE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <TextInput label="Amount" value={draft.amount} error={errors.amount} onChange={text('amount')} onBlur={onBlur} placeholder="unknown" testId="rel-amount" type="text" />
            <TextInput label="Unit" value={draft.unit} error={errors.unit} onChange={text('unit')} onBlur={onBlur} placeholder="e.g. beds, USD" testId="rel-unit" />
            <TextInput label="Per" value={draft.period} error={errors.period} onChange={text('period')} onBlur={onBlur} placeholder="e.g. month" testId="rel-period" />
          </div>
          <AgreementTermFields draft={draft} errors={errors} onChange={onChange} onBlur={onBlur} />
        </>
      );
    case 'TRUSTS': {
      const mean = meanTrustScore({
        reliability: draft.reliability === '' ? null : Number(draft.reliability),
        missionSupport: draft.missionSupport === '' ? null : Number(draft.missionSupport),
        openness: draft.openness === '' ? null : Number(draft.openness),
      });
      return (
        <>
          <Field label="Trust level" error={errors.level} hint={mean !== null && draft.level === '' ? `The mean of the scores below: ${mean}` : undefined}>
            {(aria) => (
              <select {...aria} value={draft.level} data-testid="rel-level" onChange={(e) => choose('level')(e.target.value)}>
                <option value="">{mean !== null ? `mean of the scores (${mean})` : 'choose a level'}</option>
                {[1, 2, 3, 4, 5].map((score) => (
                  <option key={score} value={String(score)}>
                    {SCORE_WORDS[score]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <ScoreSelect label="Reliability" value={draft.reliability} error={errors.reliability} optional onChange={choose('reliability')} testId="rel-reliability" />
            <ScoreSelect label="Mission support" value={draft.missionSupport} error={errors.missionSupport} optional onChange={choose('missionSupport')} testId="rel-mission" />
            <ScoreSelect label="Openness" value={draft.openness} error={errors.openness} optional onChange={choose('openness')} testId="rel-openness" />
          </div>
          <div className="field-row">
            <TextInput label="Assessed on" value={draft.assessedAt} error={errors.assessedAt} onChange={text('assessedAt')} onBlur={onBlur} testId="rel-assessed" type="date" />
            <TextInput label="Assessed by" value={draft.assessedBy} error={errors.assessedBy} onChange={text('assessedBy')} onBlur={onBlur} placeholder="who rated it" testId="rel-assessed-by" />
          </div>
        </>
      );
    }
  }
}

export function NotesField({ value, error, onChange, onBlur, testId }: { value: string; error?: string | undefined; onChange: (value: string) => void; onBlur: () => void; testId: string }) {
  return (
    <Field label="Notes" error={error}>
      {(aria) => <textarea {...aria} rows={3} value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />}
    </Field>
  );
}
