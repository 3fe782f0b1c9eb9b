// The headline of a simulation (DESIGN.md §4.5): one plain sentence with the range of outcomes, a
// small chart of every simulated future for those who would rather look than read, and how the
// chances were computed, said once.
import { useMemo } from 'react';
import { describeOutcomes, describePrecision } from '../../../../shared/analysis';
import type { WithdrawalEstimate, WithdrawalOutcomes } from '../../../../shared/analysis';
import { outcomeChartOption } from '../../core/charts/outcomeChart';
import { EChart } from '../charts/EChart';

type Props = { outcomes: WithdrawalOutcomes; estimate: WithdrawalEstimate };

export function OutcomeSummary({ outcomes, estimate }: Props) {
  const sentence = describeOutcomes(outcomes.everyone, outcomes.external);
  const option = useMemo(() => outcomeChartOption(outcomes.everyone), [outcomes.everyone]);
  const spread = outcomes.everyone.distribution.length > 1;
  return (
    <div className="sim-outcomes" data-testid="simulation-outcomes">
      <p className="sim-outcomes__sentence" data-testid="outcome-sentence">
        {sentence}
      </p>
      {spread && <EChart option={option} label={`Chart: ${sentence}`} height={110} testId="outcome-chart" />}
      <p className="sim-muted sim-outcomes__precision" data-testid="outcome-precision">
        {describePrecision(estimate)}
      </p>
    </div>
  );
}
