// Renderless: the selection both ways. What the person selects on the map is reported once per
// gesture; the selection the app holds (from the side panel, search, undo) is shown on the map
// without being reported back.
import { useEffect, useRef } from 'react';
import type { Selection } from '../../../core/selection/selection';
import { useMap } from '../../../hooks/useMap';
import { applySelection, readSelection } from '../../../map/canvasSync';

type Props = { selection: Selection; onChange: (selection: Selection) => void };

export function SelectionController({ selection, onChange }: Props) {
  const { cy, elements, drawnVersion } = useMap();
  const applying = useRef(false);
  const report = useRef(onChange);
  report.current = onChange;

  useEffect(() => {
    let timer = 0;
    const selected = () => {
      if (applying.current) return;
      // Box selection fires one event per element; report once they are all in.
      window.clearTimeout(timer);
      timer = window.setTimeout(() => report.current(readSelection(cy)), 0);
    };
    cy.on('select unselect', selected);
    return () => {
      cy.removeListener('select unselect', selected);
      window.clearTimeout(timer);
    };
  }, [cy]);

  useEffect(() => {
    applying.current = true;
    try {
      applySelection(cy, selection);
    } finally {
      applying.current = false;
    }
  }, [cy, selection, elements, drawnVersion]);

  return null;
}
