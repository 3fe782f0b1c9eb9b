// The first step of an import: what can be imported, the file chooser (the page's own in
// browser mode, main's dialog in the desktop app), the options for connections without a kind
// and for spreadsheet dates that could be read either way, and the spreadsheet template.
import { useId, useState } from 'react';
import { RELATIONSHIP_KINDS } from '../../../../shared/domain';
import type { RelationshipKind } from '../../../../shared/domain';
import { DATA_FORMAT_IDS, DATA_FORMATS } from '../../../../shared/formats/registry';
import { KIND_VERBS } from '../../../../shared/formats/fieldLabels';
import { toApiError } from '../../core/errors/toApiError';
import type { DateOrder } from '../../../../shared/formats/localeValues';
import type { ImportChoices } from '../../hooks/useImportJob';
import { FormError } from '../dialogs/Dialog';
import { ChooseFileButton } from './ChooseFileButton';

type Props = {
  intoName: string | null;
  error: string | null;
  /** The desktop app chooses files through main's dialog, browser mode through the page's. */
  choosesInMain: boolean;
  onFiles: (files: File[], choices: ImportChoices) => void;
  onChooseInMain: (choices: ImportChoices) => void;
  saveTemplate: () => Promise<string[] | null>;
};

export function ImportChooser({ intoName, error, choosesInMain, onFiles, onChooseInMain, saveTemplate }: Props) {
  const inputId = useId();
  const [defaultKind, setDefaultKind] = useState<RelationshipKind>('RELIES_ON');
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const choices: ImportChoices = { defaultKind, dateOrder };
  const [templateMessage, setTemplateMessage] = useState<string | null>(null);

  const downloadTemplate = async () => {
    try {
      const saved = await saveTemplate();
      setTemplateMessage(saved ? `Saved ${saved.join(', ')}. Fill in parties.csv and relationships.csv; allowed-values.csv explains every column.` : null);
    } catch (caught) {
      setTemplateMessage(toApiError(caught).message);
    }
  };

  return (
    <div className="dialog__form" data-testid="import-chooser">
      <p>
        {intoName ? (
          <>
            Add to <strong>{intoName}</strong> or update it from a file. Parties and relationships already in the network are matched by id, or by name
            when the file has none; you will see what changes before anything is saved.
          </>
        ) : (
          <>Create a network from a file. You will see what the file holds before anything is saved.</>
        )}
      </p>
      <ul className="exchange-formats">
        {DATA_FORMAT_IDS.map((id) => (
          <li key={id}>
            <strong>{DATA_FORMATS[id].label}</strong> — {DATA_FORMATS[id].description}
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={`${inputId}-kind`}>GraphML connections that do not say what kind they are become</label>
        <select id={`${inputId}-kind`} value={defaultKind} onChange={(event) => setDefaultKind(event.target.value as RelationshipKind)}>
          {RELATIONSHIP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              “{KIND_VERBS[kind]}” relationships
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${inputId}-dates`}>Spreadsheet dates such as 03/04/2026 are</label>
        <select id={`${inputId}-dates`} data-testid="import-date-order" value={dateOrder ?? 'file'} onChange={(event) => setDateOrder(event.target.value === 'file' ? null : (event.target.value as DateOrder))}>
          <option value="file">as the file shows (month first when it cannot tell)</option>
          <option value="day-first">day first: 3 April 2026</option>
          <option value="month-first">month first: March 4, 2026</option>
        </select>
      </div>
      <FormError message={error} />
      <div className="dialog__actions">
        <ChooseFileButton label="Choose file…" testId="import-choose" inputTestId="import-file-input" choosesInMain={choosesInMain}
          onFiles={(files) => onFiles(files, choices)} onChooseInMain={() => onChooseInMain(choices)} />
        <button type="button" className="button" data-testid="import-template" onClick={() => void downloadTemplate()}>
          Download the spreadsheet template
        </button>
      </div>
      <p className="field__note">For a spreadsheet, choose parties.csv and relationships.csv together (or one of them).</p>
      {templateMessage && <p className="field__note" role="status">{templateMessage}</p>}
    </div>
  );
}
