// What an import will do, before anything is written: how many parties and relationships are
// added, changed and left alone, some of each by name, and what the reader noticed.
import type { ImportJob } from '../../../../shared/api';
import type { ImportPreview as Preview } from '../../../../shared/formats/importReport';
import { plural } from '../../core/exchange/importProgress';

type Props = {
  job: ImportJob;
  preview: Preview;
  networkName: string;
  onNetworkName: (name: string) => void;
};

function Samples({ title, items, total }: { title: string; items: readonly string[]; total: number }) {
  if (total === 0) return null;
  return (
    <details className="exchange-samples">
      <summary>
        {title} ({total.toLocaleString('en-US')})
      </summary>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
        {total > items.length && <li className="field__note">…and {(total - items.length).toLocaleString('en-US')} more</li>}
      </ul>
    </details>
  );
}

export function ImportPreview({ job, preview, networkName, onNetworkName }: Props) {
  const { parties, relationships, samples } = preview;
  const changed = (items: readonly { label: string; fields: string[] }[]) => items.map((item) => `${item.label} — ${item.fields.join(', ')}`);
  return (
    <div className="exchange-preview" data-testid="import-preview">
      {preview.newNetwork ? (
        <div className="field">
          <label htmlFor="import-network-name">Name of the new network</label>
          <input id="import-network-name" data-testid="import-network-name" value={networkName} maxLength={200} onChange={(event) => onNetworkName(event.target.value)} />
        </div>
      ) : (
        <p>
          Into <strong>{preview.networkName}</strong>. Parties are matched by id, or by name when the file has no ids; only what the file says is changed.
        </p>
      )}
      <table className="exchange-table exchange-table--counts">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Added</th>
            <th scope="col">Changed</th>
            <th scope="col">Left as they are</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="preview-parties">
            <th scope="row">Parties</th>
            <td>{parties.added.toLocaleString('en-US')}</td>
            <td>{parties.changed.toLocaleString('en-US')}</td>
            <td>{parties.unchanged.toLocaleString('en-US')}</td>
          </tr>
          <tr data-testid="preview-relationships">
            <th scope="row">Relationships</th>
            <td>{relationships.added.toLocaleString('en-US')}</td>
            <td>{relationships.changed.toLocaleString('en-US')}</td>
            <td>{relationships.unchanged.toLocaleString('en-US')}</td>
          </tr>
        </tbody>
      </table>
      <Samples title="Parties added" items={samples.addedParties} total={parties.added} />
      <Samples title="Parties changed" items={changed(samples.changedParties)} total={parties.changed} />
      <Samples title="Parties left as they are" items={samples.unchangedParties} total={parties.unchanged} />
      <Samples title="Relationships added" items={samples.addedRelationships} total={relationships.added} />
      <Samples title="Relationships changed" items={changed(samples.changedRelationships)} total={relationships.changed} />
      <Samples title="Relationships left as they are" items={samples.unchangedRelationships} total={relationships.unchanged} />
      {job.notes.length > 0 && (
        <div className="exchange-notes" data-testid="import-notes">
          <p className="dialog__summary">What Careweave did with the file</p>
          <ul>
            {job.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="field__note">Nothing has been saved yet. {plural(parties.added + parties.changed + relationships.added + relationships.changed, 'change')} will be made when you choose Import.</p>
    </div>
  );
}
