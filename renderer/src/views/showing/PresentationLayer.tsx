// What a presentation puts over the map (issue 15): the editor while one is edited, the player
// while one plays. The PDF export is not here: it needs the drawing, so it sits inside the map.
import type { Presentation, SavedView, Scenario } from '../../../../shared/domain';
import { missingFor, withdrawalNote } from '../../core/presentations/slides';
import type { PresentationMode } from '../../hooks/usePresentationMode';
import type { Presentations } from '../../hooks/useSavedViews';
import type { SlideStage } from '../../hooks/useSlideStage';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import { PresentationEditor } from './PresentationEditor';
import { PresentationPlayer } from './PresentationPlayer';

type Props = {
  mode: PresentationMode;
  stage: SlideStage;
  presentations: Presentations;
  views: readonly SavedView[] | null;
  analysis: WithdrawalAnalysis;
};

function noteOf(analysis: WithdrawalAnalysis, presentation: Presentation, index: number): string | null {
  const view = analysis.simulation.state.view;
  return presentation.slides[index]?.kind === 'scenario' && view ? withdrawalNote(view) : null;
}

function slideMissing(presentation: Presentation, index: number, views: readonly SavedView[], scenarios: readonly Scenario[]): string | null {
  const slide = presentation.slides[index];
  return slide ? missingFor(slide, views, scenarios) : null;
}

export function PresentationLayer({ mode, stage, presentations, views, analysis }: Props) {
  const { state } = mode;
  const scenarios: readonly Scenario[] = analysis.scenarios.list ?? [];
  if (state?.kind === 'editing') {
    return <PresentationEditor presentation={state.presentation} presentations={presentations} views={views ?? []} scenarios={scenarios} onClose={mode.close} />;
  }
  if (state?.kind === 'playing') {
    return <PresentationPlayer presentation={state.presentation} index={state.index} stage={stage} note={stage.settled ? noteOf(analysis, state.presentation, state.index) : null} thresholds={analysis.simulation.state.view?.thresholds ?? null} missing={slideMissing(state.presentation, state.index, views ?? [], scenarios)} onStep={mode.step} />;
  }
  return null;
}
