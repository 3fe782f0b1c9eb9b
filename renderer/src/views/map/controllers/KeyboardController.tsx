// Renderless: the map by keyboard (WCAG 2.1.1). With the map focused: arrow keys go to the
// nearest party that way (Shift adds it to the selection), Alt+arrows move the selected parties,
// Ctrl+arrows pan, + and − zoom, Tab walks through the selection, Space selects or unselects,
// Enter opens the party in the side panel, and Shift+F10 or the Menu key opens its menu. The
// party the keyboard is on carries a visible ring and is announced.
import type { NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { PartyPosition } from '../../../../../shared/api';
import { directionOf, nearestInDirection, nextInSelection, startingParty } from '../../../core/graph/keyboardNavigation';
import type { Placed } from '../../../core/graph/keyboardNavigation';
import { partyNodeId } from '../../../core/graph/toCytoscapeElements';
import { selectParties } from '../../../core/selection/selection';
import type { Selection } from '../../../core/selection/selection';
import { useMap } from '../../../hooks/useMap';
import { revealPoint, viewportCentre } from '../../../map/camera';
import type { PartyMenuRequest } from './EventsController';

export const KEY_FOCUS_CLASS = 'cw-keyfocus';
// One press moves a party this far (map units), pans this far (pixels), zooms by this factor.
const MOVE_STEP = 20;
const PAN_STEP = 80;
const ZOOM_STEP = 1.25;

type Props = {
  shownPartyIds: ReadonlySet<string>;
  selection: Selection;
  on: {
    select: (selection: Selection) => void;
    move: (positions: PartyPosition[]) => void;
    open: (partyId: string) => void;
    menu: (menu: PartyMenuRequest) => void;
    announce: (text: string) => void;
  };
};

export function KeyboardController({ shownPartyIds, selection, on }: Props) {
  const map = useMap();
  const { cy, container } = map;
  // `sent` is the selection this controller last chose, to tell its own changes from others'.
  const state = useRef({ focused: null as string | null, sent: null as Selection | null, shownPartyIds, selection, on, map });
  state.current = { ...state.current, shownPartyIds, selection, on, map };

  // When the selection changes elsewhere (the search, a click, the table) and leaves out the party
  // the keyboard was on, the keyboard starts again from the new selection rather than the old party.
  useEffect(() => {
    const { focused, sent } = state.current;
    if (selection === sent || focused === null || selection.partyIds.includes(focused)) return;
    state.current.focused = null;
    cy.nodes(`.${KEY_FOCUS_CLASS}`).removeClass(KEY_FOCUS_CLASS);
  }, [cy, selection]);

  useEffect(() => {
    const placed = (): Placed[] =>
      state.current.map.graph.parties.filter((party) => state.current.shownPartyIds.has(party.id) && party.x !== null && party.y !== null).map((party) => ({ id: party.id, x: party.x!, y: party.y! }));
    const node = (id: string | null) => (id ? cy.$id(partyNodeId(id)) : cy.collection());
    const ring = (id: string | null) => {
      cy.nodes(`.${KEY_FOCUS_CLASS}`).removeClass(KEY_FOCUS_CLASS);
      if (id && document.activeElement === container) node(id).addClass(KEY_FOCUS_CLASS);
    };
    const describe = (id: string, selected: boolean) => {
      const party = state.current.map.graph.parties.find((candidate) => candidate.id === id);
      if (!party) return '';
      const links = state.current.map.graph.relationships.filter((r) => r.source === id || r.target === id).length;
      return `${party.name}, ${party.side === 'external' ? 'external customer' : 'internal customer'}, ${party.type}${selected ? ', selected' : ''}. ${links} relationships.`;
    };
    const focusOn = (id: string, selection: Selection) => {
      state.current.focused = id;
      ring(id);
      state.current.sent = selection;
      state.current.on.select(selection);
      const party = state.current.map.graph.parties.find((candidate) => candidate.id === id);
      if (party?.x != null && party.y != null) revealPoint(state.current.map, { x: party.x, y: party.y });
      state.current.on.announce(describe(id, selection.partyIds.includes(id)));
    };
    const current = (): Placed | null => {
      const all = placed();
      return all.find((party) => party.id === state.current.focused) ?? startingParty(all, state.current.selection.partyIds, viewportCentre(state.current.map));
    };

    const onKey = (event: KeyboardEvent) => {
      const { selection } = state.current;
      const direction = directionOf(event.key);
      // Enter and the menu act on the party the keyboard is on, else on the one found or clicked.
      const onParty = state.current.focused ?? selection.partyIds[0] ?? null;
      if (direction && event.altKey) {
        // From where each party is drawn now and drawn there at once, so a second press before
        // the first is saved moves on from the first rather than repeating it.
        const [dx, dy] = { left: [-MOVE_STEP, 0], right: [MOVE_STEP, 0], up: [0, -MOVE_STEP], down: [0, MOVE_STEP] }[direction];
        const positions = placed()
          .filter((party) => selection.partyIds.includes(party.id))
          .map((party) => {
            const drawnNode = node(party.id);
            const at = drawnNode.nonempty() ? drawnNode.position() : party;
            const to = { x: Math.round(at.x + dx!), y: Math.round(at.y + dy!) };
            drawnNode.position(to);
            return { id: party.id, ...to };
          });
        if (positions.length > 0) state.current.on.move(positions);
      } else if (direction && (event.ctrlKey || event.metaKey)) {
        const by = { left: [PAN_STEP, 0], right: [-PAN_STEP, 0], up: [0, PAN_STEP], down: [0, -PAN_STEP] }[direction];
        cy.panBy({ x: by[0]!, y: by[1]! });
      } else if (direction) {
        const from = current();
        if (!from) return;
        // The first press on a map with nothing selected lands on a party; after that (or from a
        // party found with the search) each press moves.
        const landing = state.current.focused === null && selection.partyIds.length === 0;
        const to = landing ? from : nearestInDirection(placed(), from, direction);
        if (!to) {
          state.current.on.announce('No party further that way.');
        } else {
          focusOn(to.id, event.shiftKey ? selectParties([...new Set([...selection.partyIds, to.id])]) : selectParties([to.id]));
        }
      } else if (event.key === '+' || event.key === '=' || event.key === '-') {
        const centre = { x: container.clientWidth / 2, y: container.clientHeight / 2 };
        cy.zoom({ level: cy.zoom() * (event.key === '-' ? 1 / ZOOM_STEP : ZOOM_STEP), renderedPosition: centre });
      } else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey) {
        const next = nextInSelection(selection.partyIds, state.current.focused, event.shiftKey);
        if (next === null) return;
        state.current.focused = next;
        ring(next);
        state.current.on.announce(describe(next, true));
      } else if (event.key === ' ' && state.current.focused) {
        const id = state.current.focused;
        const selected = selection.partyIds.includes(id);
        focusOn(id, selectParties(selected ? selection.partyIds.filter((other) => other !== id) : [...selection.partyIds, id]));
      } else if (event.key === 'Enter' && onParty) {
        state.current.on.open(onParty);
      } else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
        const id = onParty;
        const target = node(id) as NodeSingular;
        if (!id || target.empty()) return;
        const box = container.getBoundingClientRect();
        const at = target.renderedPosition();
        state.current.on.menu({ partyId: id, x: box.left + at.x, y: box.top + at.y });
      } else return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onFocus = () => ring(state.current.focused);
    const onBlur = () => ring(null);
    container.addEventListener('keydown', onKey);
    container.addEventListener('focus', onFocus);
    container.addEventListener('blur', onBlur);
    return () => {
      container.removeEventListener('keydown', onKey);
      container.removeEventListener('focus', onFocus);
      container.removeEventListener('blur', onBlur);
    };
  }, [cy, container]);

  return null;
}
