// Presentations in Neo4j (issue 15): `(:Presentation {id, networkId, name, slides, …})`, the
// slides as one JSON text (namedRecords.ts holds the storing, this file what a presentation is).
import { slidesSchema } from '../../shared/domain';
import type { Presentation, Slide } from '../../shared/domain';
import type { NamedRecord, RecordKind } from './namedRecords';

export const PRESENTATION_RECORDS: RecordKind<Slide[]> = {
  label: 'Presentation',
  property: 'slides',
  versioned: 'presentation',
  one: 'presentation',
  read: (value) => {
    const parsed = slidesSchema.safeParse(value);
    return parsed.success ? parsed.data : [];
  },
};

export function toPresentation({ body, ...record }: NamedRecord<Slide[]>): Presentation {
  return { ...record, slides: body };
}
