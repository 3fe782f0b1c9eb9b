// The panel beside the map: the withdrawal analysis while it is open, else the details of the
// selection; it folds away at its edge (PanelHandle) and keeps its state while folded.
import type { ComponentProps, ReactNode } from 'react';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import { Inspector } from '../inspector/Inspector';
import { PanelHandle } from '../shell/PanelHandle';
import { SimulationPanel } from '../simulation/SimulationPanel';

type Props = {
  hidden: boolean;
  onToggle: () => void;
  analysis: WithdrawalAnalysis;
  inspector: ComponentProps<typeof Inspector>;
  /** The network insight dashboard, the analysis panel's fourth tab (issue 11). */
  insight: ReactNode;
};

export function SidePanel({ hidden, onToggle, analysis, inspector, insight }: Props) {
  return (
    <>
      <PanelHandle side="end" hidden={hidden} what="the side panel" controls="side-panel" testId="toggle-side-panel" onToggle={onToggle} />
      <div id="side-panel" className="side-panel" hidden={hidden}>
        {analysis.panelOpen ? <SimulationPanel analysis={analysis} insight={insight} /> : <Inspector {...inspector} />}
      </div>
    </>
  );
}
