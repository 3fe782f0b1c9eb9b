import { describe, expect, it } from 'vitest';
import { chooseLayout } from '../../renderer/src/core/graph/chooseLayout';

const placed = { x: 10, y: 20 };
const unplaced = { x: null, y: null };

describe('chooseLayout', () => {
  it('keeps saved positions when every party has one', () => {
    expect(chooseLayout([placed, placed]).name).toBe('preset');
  });

  it('treats an empty network as arranged', () => {
    expect(chooseLayout([]).name).toBe('preset');
  });

  it('runs the built-in force layout from random positions when nothing was ever arranged', () => {
    expect(chooseLayout([unplaced, unplaced])).toMatchObject({ name: 'cose', randomize: true, animate: false });
  });

  it('starts the force layout from the saved positions when only some parties have one', () => {
    expect(chooseLayout([placed, unplaced])).toMatchObject({ name: 'cose', randomize: false });
  });

  it('counts a party with only one coordinate as unplaced', () => {
    expect(chooseLayout([{ x: 1, y: null }]).name).toBe('cose');
  });
});
