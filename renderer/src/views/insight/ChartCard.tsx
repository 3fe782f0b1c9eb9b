// One dashboard chart: its title, buttons to save it as PNG or SVG, and the chart itself (or a
// sentence when there is nothing to draw). Clicking a bar hands its parties to onBar.
import { useState } from 'react';
import type { ChartBar, DashboardChart } from '../../core/insight/chartBars';
import { exportChart } from '../../diagram/chartPictures';
import type { ChartPictureFormat } from '../../diagram/chartPictures';
import { EChart } from '../charts/EChart';

type Props = {
  chart: DashboardChart;
  height: number;
  testId: string;
  networkName: string;
  note?: string;
  onBar: (bar: ChartBar) => void;
};

export function ChartCard({ chart, height, testId, networkName, note, onBar }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  const save = async (format: ChartPictureFormat) => {
    try {
      setSaved(await exportChart(chart, height, format, networkName, new Date().toISOString().slice(0, 10)));
    } catch (error) {
      setSaved(`The picture could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <section className="insight-card" data-testid={testId} aria-label={chart.title}>
      <header className="insight-card__header">
        <h3>{chart.title}</h3>
        {!chart.empty && (
          <span className="insight-card__export">
            {(['png', 'svg'] as const).map((format) => (
              <button key={format} type="button" className="button button--small button--quiet" onClick={() => void save(format)} data-testid={`${testId}-${format}`} title={`Save this chart as ${format.toUpperCase()}`}>
                {format.toUpperCase()}
              </button>
            ))}
          </span>
        )}
      </header>
      {note && <p className="sim-muted">{note}</p>}
      {chart.empty ? (
        <p className="sim-muted insight-card__empty">{chart.empty}</p>
      ) : (
        <EChart option={chart.option} label={chart.title} height={height} testId={`${testId}-chart`} onBarClick={(index) => chart.bars[index] && onBar(chart.bars[index])} />
      )}
      {saved && <p className="sim-muted" role="status">{saved}</p>}
    </section>
  );
}
