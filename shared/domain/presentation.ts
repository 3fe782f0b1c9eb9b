// A presentation (issue 15): slides a leader plays full screen to a board or partners — a saved
// view with a title and a short text, a text-only slide, or a scenario slide that plays a saved
// withdrawal over a view, the cascade spreading hop by hop — stored with the network.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, versionSchema } from './common';

export const MAX_SLIDES = 100;
export const SLIDE_TITLE_MAX = 200;
// A slide's text is what fits beside a map: a few sentences, not a report.
export const SLIDE_TEXT_MAX = 1_000;

const common = {
  id: idSchema,
  title: z.string().trim().max(SLIDE_TITLE_MAX, `A slide title can be at most ${SLIDE_TITLE_MAX} characters.`).default(''),
  text: z.string().max(SLIDE_TEXT_MAX, `A slide's text can be at most ${SLIDE_TEXT_MAX} characters: keep it short, the map speaks too.`).default(''),
};

export const SLIDE_KINDS = ['view', 'text', 'scenario'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const slideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('view'), ...common, viewId: idSchema }),
  z.object({ kind: z.literal('text'), ...common }),
  z.object({ kind: z.literal('scenario'), ...common, scenarioId: idSchema, viewId: idSchema.nullable().default(null) }),
]);
export type Slide = z.infer<typeof slideSchema>;
export type SlideInput = z.input<typeof slideSchema>;

export const slidesSchema = z
  .array(slideSchema)
  .max(MAX_SLIDES, `A presentation can have at most ${MAX_SLIDES} slides.`)
  .refine((slides) => new Set(slides.map((slide) => slide.id)).size === slides.length, { message: 'Two slides have the same id; every slide needs its own.' });

export const presentationSchema = z.object({
  id: idSchema,
  networkId: idSchema,
  name: nameSchema,
  slides: slidesSchema,
  version: versionSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Presentation = z.infer<typeof presentationSchema>;

/** Each slide that points at a view or scenario not in `where`, with what to do, by slide index. */
export function slideReferenceIssues(slides: readonly Slide[], viewIds: ReadonlySet<string>, scenarioIds: ReadonlySet<string>, where = 'this network'): { index: number; message: string }[] {
  const issues: { index: number; message: string }[] = [];
  slides.forEach((slide, index) => {
    if ('viewId' in slide && slide.viewId !== null && !viewIds.has(slide.viewId)) {
      issues.push({ index, message: `shows a saved view that is not in ${where} (id ${slide.viewId}): choose another view for it.` });
    }
    if (slide.kind === 'scenario' && !scenarioIds.has(slide.scenarioId)) {
      issues.push({ index, message: `plays a saved scenario that is not in ${where} (id ${slide.scenarioId}): choose another scenario for it.` });
    }
  });
  return issues;
}

/**
 * The same, as sentences that name the slide ("Slide 2 (“Cedar Bend”) shows a saved view that is
 * not in this network …"); an empty list when every reference holds.
 */
export function slideReferenceProblems(slides: readonly Slide[], viewIds: ReadonlySet<string>, scenarioIds: ReadonlySet<string>, where = 'this network'): string[] {
  return slideReferenceIssues(slides, viewIds, scenarioIds, where).map(({ index, message }) => {
    const title = slides[index]?.title;
    return `Slide ${index + 1}${title ? ` (“${title}”)` : ''} ${message}`;
  });
}
