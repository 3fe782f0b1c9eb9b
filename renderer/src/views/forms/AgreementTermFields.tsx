// An agreement's term on a reliance or resource flow (issue 12): when it starts, when it ends and
// whether it renews by itself. Dates save when the person leaves the field, the box at once.
import type { FieldErrors } from '../../core/errors/fieldIssues';
import type { RelationshipDraft, RelationshipDraftField } from '../../core/forms/relationshipDraft';
import { Field } from './Field';

type Props = {
  draft: RelationshipDraft;
  errors: FieldErrors<RelationshipDraftField>;
  onChange: (change: Partial<RelationshipDraft>, commit: boolean) => void;
  onBlur: () => void;
};

export function AgreementTermFields({ draft, errors, onChange, onBlur }: Props) {
  return (
    <fieldset className="field--choices" data-testid="agreement-term">
      <legend>Agreement term</legend>
      <div className="field-row">
        <Field label="Starts on" error={errors.startsOn}>
          {(aria) => <input {...aria} type="date" value={draft.startsOn} data-testid="rel-starts" onChange={(e) => onChange({ startsOn: e.target.value }, false)} onBlur={onBlur} />}
        </Field>
        <Field label="Ends on" error={errors.endsOn} hint={draft.endsOn === '' ? 'No known end' : undefined}>
          {(aria) => <input {...aria} type="date" value={draft.endsOn} data-testid="rel-ends" onChange={(e) => onChange({ endsOn: e.target.value }, false)} onBlur={onBlur} />}
        </Field>
      </div>
      <label className="choice">
        <input type="checkbox" checked={draft.renews} data-testid="rel-renews" onChange={(e) => onChange({ renews: e.target.checked }, true)} /> Renews by itself when it ends
      </label>
    </fieldset>
  );
}
