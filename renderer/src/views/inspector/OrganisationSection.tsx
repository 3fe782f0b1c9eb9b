// A party's organisation in the side panel (issue 15): which organisation it is part of (any
// party but itself and those inside it), and, for an organisation, its departments and whether the
// map shows it collapsed. Changes are saved at once, as one undoable step.
import './organisation.css';
import { useMemo, useState } from 'react';
import type { NetworkGraph, Party } from '../../../../shared/domain';
import { allMembers } from '../../../../shared/domain';
import { departmentCount } from '../../core/organisations/membershipWords';
import type { Organisations } from '../../hooks/useOrganisations';
import { PartyCombobox } from '../search/PartyCombobox';

type Props = {
  party: Party;
  graph: NetworkGraph;
  organisations: Organisations;
  onSelectParty: (partyId: string) => void;
};

export function OrganisationSection({ party, graph, organisations, onSelectParty }: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const byId = useMemo(() => new Map(graph.parties.map((candidate) => [candidate.id, candidate])), [graph.parties]);
  const inside = useMemo(() => allMembers(organisations.members, party.id), [organisations.members, party.id]);
  // A party cannot be part of itself, nor of anyone inside it.
  const choices = useMemo(() => {
    const excluded = new Set([party.id, ...inside]);
    return graph.parties.filter((candidate) => !excluded.has(candidate.id));
  }, [graph.parties, inside, party.id]);
  const organisation = party.partOf ? byId.get(party.partOf) ?? null : null;
  const direct = organisations.members.get(party.id) ?? [];

  const join = async (partOf: string | null) => {
    setFailure(null);
    const result = await organisations.change([{ id: party.id, partOf }]);
    if (!result.ok) setFailure(result.error.message);
  };

  return (
    <div className="inspector__subsection organisation-section" data-testid="organisation-section">
      <h3>Organisation</h3>
      <PartyCombobox
        key={organisation?.id ?? 'none'}
        label="Part of"
        parties={choices}
        value={organisation}
        keepChoice
        testId="party-part-of"
        placeholder="None — type an organisation's name"
        onChoose={(chosen) => void join(chosen.id)}
      />
      {organisation && (
        <div className="organisation-section__actions">
          <button type="button" className="button button--small button--quiet" data-testid="leave-organisation" onClick={() => void join(null)}>
            Take out of {organisation.name}
          </button>
        </div>
      )}
      {failure && <p className="field__error" role="alert">{failure}</p>}
      {direct.length > 0 && (
        <>
          <p className="organisation-section__hint" data-testid="organisation-members">
            An organisation of {departmentCount(inside.length)}. Drag a party into its box on the map to add it, or out to take it out.
          </p>
          <ul className="organisation-section__members">
            {direct.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => onSelectParty(id)}>
                  {byId.get(id)?.name ?? id}
                </button>
              </li>
            ))}
          </ul>
          <div className="organisation-section__actions">
            <button type="button" className="button button--small" data-testid="toggle-collapsed" onClick={() => organisations.toggle(party.id)}>
              {organisations.collapsed.has(party.id) ? 'Expand on the map' : 'Collapse on the map'}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
