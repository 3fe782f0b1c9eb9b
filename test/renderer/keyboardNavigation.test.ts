import { describe, expect, it } from 'vitest';
import { directionOf, nearestInDirection, nextInSelection, startingParty } from '../../renderer/src/core/graph/keyboardNavigation';

//        n (0,-100)
// w (-100,0)  c (0,0)  e (100,0)   far-e (300, 10)
//        s (0,100)      off (60,-70)
const parties = [
  { id: 'c', x: 0, y: 0 },
  { id: 'n', x: 0, y: -100 },
  { id: 's', x: 0, y: 100 },
  { id: 'e', x: 100, y: 0 },
  { id: 'w', x: -100, y: 0 },
  { id: 'far-e', x: 300, y: 10 },
  { id: 'off', x: 60, y: -70 },
];
const c = parties[0]!;

describe('moving around the map by keyboard', () => {
  it.each([
    ['ArrowUp', 'n'],
    ['ArrowDown', 's'],
    ['ArrowLeft', 'w'],
    ['ArrowRight', 'e'],
  ])('%s goes to %s', (key, expected) => {
    expect(nearestInDirection(parties, c, directionOf(key)!)?.id).toBe(expected);
  });

  it('prefers the party straight ahead to a nearer one off to the side', () => {
    // "off" is 92 away, "n" 100, but "off" is 60 across: 70 + 120 > 100.
    expect(nearestInDirection(parties, c, 'up')?.id).toBe('n');
  });

  it('finds nothing beyond the edge', () => {
    expect(nearestInDirection(parties, parties[5]!, 'right')).toBeNull();
  });

  it('starts from the selection, else the party nearest the middle of the view', () => {
    expect(startingParty(parties, ['s'], { x: 0, y: 0 })?.id).toBe('s');
    expect(startingParty(parties, [], { x: 95, y: 5 })?.id).toBe('e');
  });

  it('tabs through the selection and lets Tab leave after the last', () => {
    expect(nextInSelection(['a', 'b', 'c'], 'a', false)).toBe('b');
    expect(nextInSelection(['a', 'b', 'c'], 'c', false)).toBeNull();
    expect(nextInSelection(['a', 'b', 'c'], 'a', true)).toBeNull();
    expect(nextInSelection(['a'], 'a', false)).toBeNull();
  });
});
