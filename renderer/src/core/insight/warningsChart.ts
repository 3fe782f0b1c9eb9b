// Warnings by kind, dismissed ones left out: where the network needs care. A bar stands for the
// parties and relationships of all its kind's warnings.
import { WARNING_KINDS } from '../../../../shared/domain';
import { WARNING_RULES } from '../../../../shared/insight';
import type { NetworkWarning } from '../../../../shared/insight';
import { OKABE_ITO } from '../graph/theme';
import { barHeight, horizontalBars } from './chartBars';
import type { ChartBar, DashboardChart } from './chartBars';

export function warningsChart(warnings: readonly NetworkWarning[]): DashboardChart & { height: number } {
  const bars: ChartBar[] = WARNING_KINDS.map((kind) => {
    const ofKind = warnings.filter((warning) => warning.kind === kind);
    return {
      label: WARNING_RULES[kind].label,
      value: ofKind.length,
      colour: OKABE_ITO.vermillion,
      partyIds: [...new Set(ofKind.flatMap((warning) => warning.parties))],
      relationshipIds: [...new Set(ofKind.flatMap((warning) => warning.relationships))],
    };
  });
  return {
    title: 'Warnings by kind',
    empty: null,
    bars,
    height: barHeight(bars.length),
    option: horizontalBars(bars, 'Warnings by kind', (bar) => `${bar.label}: ${bar.value}`),
  };
}
