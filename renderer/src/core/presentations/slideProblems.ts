// What is wrong with slides being edited, per slide and in words (issue 15), from the same
// schema the API checks them with, so the editor can say it before saving and keep the draft.
import { slideReferenceIssues, slidesSchema } from '../../../../shared/domain';
import type { Slide } from '../../../../shared/domain';

export type SlideProblems = { bySlide: Map<number, string[]>; general: string[] };

export function slideProblems(slides: readonly Slide[], viewIds: ReadonlySet<string>, scenarioIds: ReadonlySet<string>): SlideProblems {
  const bySlide = new Map<number, string[]>();
  const general: string[] = [];
  const note = (index: number, message: string) => bySlide.set(index, [...(bySlide.get(index) ?? []), message]);
  const parsed = slidesSchema.safeParse(slides);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index] = issue.path;
      if (typeof index === 'number') note(index, issue.message);
      else general.push(issue.message);
    }
  }
  for (const { index, message } of slideReferenceIssues(slides, viewIds, scenarioIds)) note(index, `This slide ${message}`);
  return { bySlide, general };
}

export function hasProblems(problems: SlideProblems): boolean {
  return problems.general.length > 0 || problems.bySlide.size > 0;
}
