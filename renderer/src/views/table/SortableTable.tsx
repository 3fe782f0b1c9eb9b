// A table whose column headers sort it (aria-sort says how), with a checkbox per row for the
// selection the table shares with the map, and cells the caller draws.
import type { ReactNode } from 'react';
import type { Sort, SortKey } from '../../core/table/tableRows';

export type Column<R> = { key: SortKey<R>; label: string; cell?: (row: R) => ReactNode; numeric?: boolean };

type Props<R extends { id: string }> = {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  sort: Sort<R>;
  onSort: (sort: Sort<R>) => void;
  selected: ReadonlySet<string>;
  onCheck: (id: string, checked: boolean) => void;
  /** The name of a row, for its checkbox's label. */
  nameOf: (row: R) => string;
  testId: string;
};

export function SortableTable<R extends { id: string }>({ caption, columns, rows, sort, onSort, selected, onCheck, nameOf, testId }: Props<R>) {
  return (
    <table className="data-table" data-testid={testId}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="data-table__check">
            <span className="visually-hidden">Selected</span>
          </th>
          {columns.map((column) => {
            const sorted = sort.key === column.key;
            return (
              <th key={column.key} scope="col" aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={column.numeric ? 'data-table__number' : undefined}>
                <button type="button" className="data-table__sort" onClick={() => onSort({ key: column.key, descending: sorted ? !sort.descending : false })}>
                  {column.label}
                  <span aria-hidden="true">{sorted ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} aria-selected={selected.has(row.id)} className={selected.has(row.id) ? 'data-table__row--selected' : undefined} data-row-id={row.id}>
            <td className="data-table__check">
              <input type="checkbox" checked={selected.has(row.id)} aria-label={`Select ${nameOf(row)}`} onChange={(event) => onCheck(row.id, event.target.checked)} />
            </td>
            {columns.map((column) => (
              <td key={column.key} className={column.numeric ? 'data-table__number' : undefined}>
                {column.cell ? column.cell(row) : String(row[column.key] ?? '')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
