// The map's context menu on a relationship (right-click, issue 12): simulate the end of this
// agreement (DESIGN.md §4.9) alone, or add it to the simulation on screen. A trust rating carries
// no dependency, so it cannot end anything.
import './timeline.css';
import { useEffect, useRef } from 'react';
import { RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';
import { describeAgreement, isAgreementKind } from '../../../../shared/timeline';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

export function RelationshipMenu({ analysis }: { analysis: WithdrawalAnalysis }) {
  const ref = useRef<HTMLDivElement>(null);
  const { relationshipMenu: menu, setRelationshipMenu, graph } = analysis;
  const close = () => setRelationshipMenu(null);
  const closeRef = useRef(close);
  closeRef.current = close;

  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) closeRef.current();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeRef.current();
    };
    window.addEventListener('mousedown', away);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('keydown', escape);
    };
  }, []);

  const relationship = graph.relationships.find((candidate) => candidate.id === menu?.relationshipId);
  if (!menu || !relationship) return null;
  const nameOf = (id: string) => graph.parties.find((party) => party.id === id)?.name ?? id;
  const label = describeAgreement(relationship, nameOf);
  const question = analysis.simulation.state.question;
  const canAdd = question !== null && !question.endedRelationships.includes(relationship.id);

  return (
    <div ref={ref} className="party-menu" role="menu" aria-label={`Actions for ${label}`} style={{ left: menu.x, top: menu.y }} data-testid="relationship-menu">
      {isAgreementKind(relationship.kind) ? (
        <>
          <button type="button" role="menuitem" onClick={() => analysis.ask({ withdrawn: [], endedRelationships: [relationship.id] })} data-testid="simulate-agreement-end">
            Simulate the end of this agreement ({label})
          </button>
          {canAdd && (
            <button type="button" role="menuitem" onClick={() => analysis.ask({ ...question, endedRelationships: [...question.endedRelationships, relationship.id] })}>
              Add the end of this agreement to the simulation
            </button>
          )}
        </>
      ) : (
        <p className="party-menu__note" role="menuitem" aria-disabled="true">
          {RELATIONSHIP_KIND_LABELS[relationship.kind]}: a trust rating carries no dependency, so ending it changes nobody’s chances. Right-click a reliance or a resource flow.
        </p>
      )}
    </div>
  );
}
