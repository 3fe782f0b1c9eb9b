// Moving around the map from the keyboard: from one party to the nearest in the direction of an
// arrow key, and where a party starts when the map first gets the keyboard. Pure; map units.
export type Direction = 'up' | 'down' | 'left' | 'right';
export type Placed = { id: string; x: number; y: number };

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function directionOf(key: string): Direction | null {
  return ARROWS[key] ?? null;
}

/**
 * The nearest party in that direction: within the 90° cone around it, the one whose distance
 * along the direction plus twice its distance across is smallest, so the party straight ahead
 * beats a slightly closer one off to the side. Null when nothing lies that way.
 */
export function nearestInDirection(parties: readonly Placed[], from: Placed, direction: Direction): Placed | null {
  let best: Placed | null = null;
  let bestScore = Infinity;
  for (const party of parties) {
    if (party.id === from.id) continue;
    const dx = party.x - from.x;
    const dy = party.y - from.y;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && party.id < best.id)) {
      best = party;
      bestScore = score;
    }
  }
  return best;
}

/** Where the keyboard starts: the first selected party, else the one nearest the middle of the view. */
export function startingParty(parties: readonly Placed[], selected: readonly string[], centre: { x: number; y: number }): Placed | null {
  const chosen = parties.find((party) => party.id === selected[0]);
  if (chosen) return chosen;
  let best: Placed | null = null;
  for (const party of parties) {
    if (!best || Math.hypot(party.x - centre.x, party.y - centre.y) < Math.hypot(best.x - centre.x, best.y - centre.y)) best = party;
  }
  return best;
}

/** The next party in the selection after this one (Tab), or null past the last (Tab leaves the map). */
export function nextInSelection(selected: readonly string[], current: string | null, backwards: boolean): string | null {
  if (selected.length < 2) return null;
  const at = current === null ? -1 : selected.indexOf(current);
  const next = backwards ? (at < 0 ? selected.length - 1 : at - 1) : at + 1;
  return next >= 0 && next < selected.length ? selected[next]! : null;
}
