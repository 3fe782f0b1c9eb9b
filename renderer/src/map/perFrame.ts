// Cytoscape fires some events many times a frame (every step of a pan, every element of a
// batch); what they trigger needs doing once a frame at most.
import type { Core } from 'cytoscape';

/** Calls `act` at most once per frame while `events` fire on the instance; returns the unsubscribe. */
export function perFrame(cy: Core, events: string, act: () => void): () => void {
  let frame = 0;
  const listener = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      act();
    });
  };
  cy.on(events, listener);
  return () => {
    cy.removeListener(events, listener);
    cancelAnimationFrame(frame);
  };
}
