// Renderless: the timeline's dimmed relationships (issue 12) — not yet started, already ended, or
// trust not yet assessed on the day shown — become a class on what Cytoscape holds, and the day
// and their count are written on the container for tests and assistive summaries.
import { useEffect } from 'react';
import { relationshipEdgeId } from '../../../core/graph/toCytoscapeElements';
import { useMap } from '../../../hooks/useMap';

export const OUT_OF_TERM_CLASS = 'cw-out-of-term';

type Props = { day: string | null; dimmed: ReadonlySet<string> | null };

export function TimelineController({ day, dimmed }: Props) {
  const { cy, container, elements, drawnVersion } = useMap();

  useEffect(() => {
    const wanted = new Set([...(dimmed ?? [])].map(relationshipEdgeId));
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const on = wanted.has(edge.id());
        if (edge.hasClass(OUT_OF_TERM_CLASS) === on) return;
        if (on) edge.addClass(OUT_OF_TERM_CLASS);
        else edge.removeClass(OUT_OF_TERM_CLASS);
      });
    });
    const data = container.dataset;
    if (day === null) {
      delete data.asOf;
      delete data.outOfTermCount;
    } else {
      data.asOf = day;
      data.outOfTermCount = String(wanted.size);
    }
  }, [cy, container, day, dimmed, elements, drawnVersion]);

  // Leaving the timeline takes the class away.
  useEffect(() => () => void cy.edges(`.${OUT_OF_TERM_CLASS}`).removeClass(OUT_OF_TERM_CLASS), [cy]);

  return null;
}
