// The panel beside the map: the withdrawal analysis while it is open, else the details of the
// selection; it folds away at its edge (PanelHandle) and keeps its state while folded.
import type { ComponentProps } from 'react';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import { Inspector } from '../inspector/Inspector';
import { PanelHandle } from '../shell/PanelHandle';
import { SimulationPanel } from '../simulation/SimulationPanel';

type Props = {
  hidden: boolean;
  onToggle: () => void;
  analysis: WithdrawalAnalysis;
  inspector: ComponentProps<typeof Inspector>;
};

export function SidePanel({ hidden, onToggle, analysis, inspector }: Props) {
  return (
    <>
      <PanelHandle side="end" hidden={hidden} what="the side panel" controls="side-panel" testId="toggle-side-panel" onToggle={onToggle} />
      <div id="side-panel" className="side-panel" hidden={hidden}>
        {analysis.panelOpen ? <SimulationPanel analysis={analysis} /> : <Inspector {...inspector} />}
      </div>
    </>
  );
}
