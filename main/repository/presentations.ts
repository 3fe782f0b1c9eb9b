// Presentations in Neo4j (issue 15): `(:Presentation {id, networkId, name, slides, …})`, the
// slides as one JSON text (namedRecords.ts holds the storing, this file what a presentation is).
import { slidesSchema } from '../../shared/domain';
import type { Presentation, Slide } from '../../shared/domain';
import { checkedKind } from './namedRecords';
import type { NamedRecord } from './namedRecords';

export const PRESENTATION_RECORDS = checkedKind<Slide[]>({ label: 'Presentation', property: 'slides', versioned: 'presentation', one: 'presentation' }, slidesSchema, () => []);

export function toPresentation({ body, ...record }: NamedRecord<Slide[]>): Presentation {
  return { ...record, slides: body };
}
