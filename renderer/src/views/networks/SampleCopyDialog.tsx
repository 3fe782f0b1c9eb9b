// Loading the sample network when a network of its name is already there: another copy is
// fine (people start over), but under a name of its own, "… (2)" unless the person picks one.
import { useState } from 'react';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { nextFreeName } from '../../core/networks/uniqueName';
import { Dialog, FormActions, FormError } from '../dialogs/Dialog';
import { Field } from '../forms/Field';
import { NameTakenNote } from './NameTakenNote';

type Props = {
  sampleName: string;
  taken: readonly string[];
  pending: boolean;
  failure: string | null;
  onLoad: (name: string) => void;
  onClose: () => void;
};

export function SampleCopyDialog({ sampleName, taken, pending, failure, onLoad, onClose }: Props) {
  const [name, setName] = useState(() => nextFreeName(sampleName, taken));
  return (
    <Dialog title="Load the sample network again" onClose={onClose} testId="sample-copy-dialog">
      <form className="dialog__form" noValidate onSubmit={(event) => { event.preventDefault(); if (name.trim()) onLoad(name.trim()); }}>
        <p className="dialog__message">
          You already have “{sampleName}”. A fresh copy is loaded beside it under another name; your changes to the first one stay as they are.
        </p>
        <Field label="Name of the new copy" required>
          {(aria) => <input {...aria} type="text" autoFocus value={name} maxLength={NAME_MAX_LENGTH} data-testid="sample-copy-name" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <NameTakenNote name={name} taken={taken} onUse={setName} cameAs={sampleName} />
        <FormError message={failure} />
        <FormActions label="Load the copy" pendingLabel="Loading…" pending={pending} disabled={name.trim() === ''} testId="sample-copy-submit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
