// The filter panel: relationship kinds, trust range, sides, party types and tags. Every change
// applies at once; the toolbar shows how many filters are on.
import { useState } from 'react';
import { PARTY_SIDES, RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';
import { filterActions } from '../../core/filters/filterState';
import type { FilterState } from '../../core/filters/filterState';
import { PARTY_SIDE_LABELS } from '../../core/parties/partyLabels';

type Props = {
  state: FilterState;
  choices: { types: string[]; tags: string[] };
  shown: { parties: number; relationships: number; totalParties: number; totalRelationships: number };
  onChange: (state: FilterState) => void;
  onClose: () => void;
};

function Check({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange: () => void; testId: string }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} data-testid={testId} onChange={onChange} />
      <span>{label}</span>
    </label>
  );
}

export function FilterPanel({ state, choices, shown, onChange, onClose }: Props) {
  const [low, high] = state.trustRange;
  // A lowest above the highest is swapped (filterState), and the panel says so.
  const [swapped, setSwapped] = useState(false);
  const setTrust = (wantedLow: number, wantedHigh: number) => {
    setSwapped(wantedLow > wantedHigh);
    onChange(filterActions.setTrustRange(state, [wantedLow, wantedHigh]));
  };
  return (
    <section className="filter-panel" aria-labelledby="filter-title" data-testid="filter-panel"
      onKeyDown={(event) => { if (event.key === 'Escape') onClose(); }}>
      <div className="filter-panel__header">
        <h2 id="filter-title">Filters</h2>
        <button type="button" className="button button--quiet button--small" onClick={() => onChange(filterActions.reset())}>Show everything</button>
        <button type="button" className="button button--quiet button--icon" aria-label="Close filters" onClick={onClose}>×</button>
      </div>
      <p className="filter-panel__count" aria-live="polite" data-testid="filter-count">
        Showing {shown.parties} of {shown.totalParties} parties and {shown.relationships} of {shown.totalRelationships} relationships
      </p>
      <fieldset className="filter-panel__group">
        <legend>Relationships</legend>
        {RELATIONSHIP_KINDS.map((kind) => (
          <Check key={kind} label={RELATIONSHIP_KIND_LABELS[kind]} checked={!state.hiddenKinds.includes(kind)} testId={`filter-kind-${kind}`}
            onChange={() => onChange(filterActions.toggleKind(state, kind))} />
        ))}
      </fieldset>
      <fieldset className="filter-panel__group">
        <legend>Trust from {low} to {high}</legend>
        <div className="field-row">
          <label className="field">
            <span>Lowest</span>
            <select value={low} data-testid="filter-trust-min" onChange={(e) => setTrust(Number(e.target.value), high)}>
              {[1, 2, 3, 4, 5].map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          </label>
          <label className="field">
            <span>Highest</span>
            <select value={high} data-testid="filter-trust-max" onChange={(e) => setTrust(low, Number(e.target.value))}>
              {[1, 2, 3, 4, 5].map((v) => <option key={v} value={v}>{v}</option>)}
            </select>
          </label>
        </div>
        <p className="field__note" role="status" data-testid="trust-swapped">{swapped ? `Lowest was above highest, so they were swapped: trust from ${low} to ${high}.` : ''}</p>
      </fieldset>
      <fieldset className="filter-panel__group">
        <legend>Sides</legend>
        {PARTY_SIDES.map((side) => (
          <Check key={side} label={PARTY_SIDE_LABELS[side]} checked={!state.hiddenSides.includes(side)} testId={`filter-side-${side}`}
            onChange={() => onChange(filterActions.toggleSide(state, side))} />
        ))}
      </fieldset>
      <fieldset className="filter-panel__group filter-panel__group--scroll">
        <legend>Party types</legend>
        {choices.types.map((type) => (
          <Check key={type} label={type} checked={!state.hiddenTypes.includes(type)} testId={`filter-type-${type}`}
            onChange={() => onChange(filterActions.toggleType(state, type))} />
        ))}
      </fieldset>
      {choices.tags.length > 0 && (
        <fieldset className="filter-panel__group filter-panel__group--scroll">
          <legend>Only parties tagged</legend>
          {choices.tags.map((tag) => (
            <Check key={tag} label={tag} checked={state.tags.includes(tag)} testId={`filter-tag-${tag}`} onChange={() => onChange(filterActions.toggleTag(state, tag))} />
          ))}
        </fieldset>
      )}
    </section>
  );
}
