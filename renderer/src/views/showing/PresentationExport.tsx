// Exporting a presentation to PDF (issue 15): how far it has got, then where the file went. It sits
// inside the map (usePresentationExport reads the drawing), which shows each slide in turn meanwhile.
import type { Presentation } from '../../../../shared/domain';
import { usePresentationExport } from '../../hooks/usePresentationExport';
import type { SlideStage } from '../../hooks/useSlideStage';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

type Props = { presentation: Presentation; networkName: string; stage: SlideStage; analysis: WithdrawalAnalysis; onClose: () => void };

export function PresentationExport({ presentation, networkName, stage, analysis, onClose }: Props) {
  const state = usePresentationExport(presentation, networkName, stage, analysis);
  const finished = state.progress === null;
  return (
    <div className="presentation-export" role="status" data-testid="presentation-export" data-state={state.error ? 'failed' : finished ? 'done' : 'working'}>
      <strong>PDF of “{presentation.name}”</strong>
      <p data-testid="presentation-export-status">{state.error ?? state.done ?? `${state.progress ?? ''} The map shows each slide in turn.`}</p>
      {finished && <button type="button" className="button button--small" data-testid="presentation-export-close" onClick={onClose}>Close</button>}
    </div>
  );
}
