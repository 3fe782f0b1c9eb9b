// After a save was refused because someone else saved the same party or relationship first: what
// they changed, what the person changed, and where both changed the same field. Three-way, from
// the version the person started editing: a field only one side touched needs no choice.
export type DraftMerge<D> = {
  /** Fields only they changed: taken from theirs. */
  theirsOnly: (keyof D)[];
  /** Fields both changed, differently: the person chooses. */
  both: (keyof D)[];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function compareDrafts<D extends object>(base: D, mine: D, theirs: D): DraftMerge<D> {
  const theirsOnly: (keyof D)[] = [];
  const both: (keyof D)[] = [];
  for (const field of Object.keys(base) as (keyof D)[]) {
    const theyChanged = !same(theirs[field], base[field]);
    if (!theyChanged) continue;
    if (same(mine[field], base[field])) theirsOnly.push(field);
    else if (!same(mine[field], theirs[field])) both.push(field);
  }
  return { theirsOnly, both };
}

/** The draft to save: theirs where only they changed, and each contested field as chosen. */
export function mergeDrafts<D extends object>(base: D, mine: D, theirs: D, keepMine: ReadonlySet<keyof D>): D {
  const { theirsOnly, both } = compareDrafts(base, mine, theirs);
  const merged = { ...mine };
  for (const field of theirsOnly) merged[field] = theirs[field];
  for (const field of both) if (!keepMine.has(field)) merged[field] = theirs[field];
  return merged;
}

/** A field's value in words for the side-by-side choice. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return value.map((item) => (typeof item === 'object' && item !== null && 'topic' in item && 'stance' in item ? `${String(item.topic)}: ${String(item.stance)}` : String(item))).join('; ');
  }
  return String(value);
}
