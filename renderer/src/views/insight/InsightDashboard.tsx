// The network insight dashboard (issue 11): where the network is fragile, where trust is thin,
// where agendas collide. The selected party's metrics, the network's scores, four charts (each
// saved as PNG or SVG; a click on a bar selects its parties on the map), the warnings, and what
// insight adds to the map. Everything follows edits to the network as they are saved.
import './insight.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario, WarningKind } from '../../../../shared/domain';
import { WARNING_KINDS } from '../../../../shared/domain';
import type { ChartBar } from '../../core/insight/chartBars';
import { harmChart } from '../../core/insight/harmChart';
import { spofChart } from '../../core/insight/spofChart';
import { trustChart } from '../../core/insight/trustChart';
import { warningsChart } from '../../core/insight/warningsChart';
import type { Insight } from '../../hooks/useInsight';
import { ChartCard } from './ChartCard';
import { InsightOptions } from './InsightOptions';
import { NetworkScoresTable } from './NetworkScoresTable';
import { PartyCard } from './PartyCard';
import { WarningList } from './WarningList';

type Props = {
  insight: Insight;
  networkName: string;
  scenarios: readonly Scenario[] | null;
  selectedPartyIds: readonly string[];
  onSelect: (partyIds: readonly string[], relationshipIds: readonly string[]) => void;
};

function spofNote(total: number, shown: number): string {
  const which = total > shown ? `The ${shown} of ${total} with the most at stake: how` : 'How';
  return `${which} many parties each would leave without. Purple: it also holds the network together (a cut vertex); orange: the only provider of something.`;
}

export function InsightDashboard({ insight, networkName, scenarios, selectedPartyIds, onSelect }: Props) {
  const { state, parties, active, settings } = insight;
  const root = useRef<HTMLDivElement>(null);
  const [openKind, setOpenKind] = useState<WarningKind | null>(null);
  const trust = useMemo(() => trustChart(insight.network), [insight.network]);
  const harm = useMemo(() => harmChart(parties ?? []), [parties]);
  const warnings = useMemo(() => warningsChart(active), [active]);
  const spof = useMemo(() => spofChart(parties ?? []), [parties]);
  const { activate } = insight;
  useEffect(activate, [activate]);
  const selected = selectedPartyIds.length === 1 ? parties?.find((party) => party.id === selectedPartyIds[0]) : undefined;

  // How long the dashboard took to follow the last change of the network (the report drawn, then
  // the harm ranking), as User Timing measures the benchmark reads, like the map's own.
  const measured = useRef({ report: 0, harm: 0 });
  useEffect(() => {
    const changed = insight.changedAt();
    if (!state.report || changed === 0) return;
    if (measured.current.report !== changed) {
      measured.current.report = changed;
      performance.measure('careweave:insight-redraw', { start: changed, end: performance.now() });
    }
    if (state.harm === 'ready' && measured.current.harm !== changed) {
      measured.current.harm = changed;
      performance.measure('careweave:insight-harm', { start: changed, end: performance.now() });
    }
    if (root.current) root.current.dataset.harm = state.harm;
  }, [state.report, state.harm, parties, insight]);

  const choose = (bar: ChartBar) => onSelect(bar.partyIds, bar.relationshipIds);
  const harmNote =
    state.harm === 'running' ? `Working out each party’s harm… ${Math.round(state.harmProgress * 100)}%` : state.harm === 'idle' && !state.ranking ? 'Harm is worked out on request on a network this large.' : undefined;

  return (
    <div className="insight" ref={root} data-testid="insight-dashboard">
      {settings.loadError && <p className="sim-error" role="alert">{settings.loadError}</p>}
      {state.error && <p className="sim-error" role="alert">{state.error}</p>}
      {!state.report ? (
        <p className="sim-muted" role="status">
          <span className="spinner" aria-hidden="true" /> Looking at the network…
        </p>
      ) : (
        <>
          {selected ? <PartyCard party={selected} total={state.report.parties.length} /> : <p className="sim-muted">Select one party on the map to see its own metrics here.</p>}
          <NetworkScoresTable whole={state.report.network} visible={state.visibleScores} scenario={state.scenario} scenarios={scenarios} chosenId={state.scenario?.id ?? null} onChoose={insight.chooseScenario} />
          <ChartCard chart={trust} height={170} testId="chart-trust" networkName={networkName} onBar={choose} />
          <ChartCard chart={harm} height={harm.height} testId="chart-harm" networkName={networkName} note={harmNote} onBar={choose} />
          {state.harm !== 'running' && !state.ranking && (
            <button type="button" className="button button--small" onClick={insight.runHarm} data-testid="insight-run-harm">
              Work out harm
            </button>
          )}
          {state.harm === 'running' && (
            <button type="button" className="button button--small" onClick={insight.cancelHarm}>
              Cancel
            </button>
          )}
          <ChartCard
            chart={warnings}
            height={warnings.height}
            testId="chart-warnings"
            networkName={networkName}
            onBar={(bar) => {
              choose(bar);
              setOpenKind(WARNING_KINDS[warnings.bars.indexOf(bar)] ?? null);
            }}
          />
          <ChartCard chart={spof} height={spof.height} testId="chart-spof" networkName={networkName} note={spofNote(spof.total, spof.bars.length)} onBar={choose} />
          <WarningList
            active={active}
            dismissals={settings.dismissals}
            openKind={openKind}
            onShow={(warning) => onSelect(warning.parties, warning.relationships)}
            onDismiss={settings.dismiss}
            onRestore={settings.restore}
          />
          <InsightOptions
            badges={state.badges}
            sizeBy={state.sizeBy}
            harmReady={state.ranking !== null}
            thresholds={settings.thresholds}
            onBadges={insight.setBadges}
            onSizeBy={insight.setSizeBy}
            onThresholds={settings.saveThresholds}
          />
        </>
      )}
    </div>
  );
}
