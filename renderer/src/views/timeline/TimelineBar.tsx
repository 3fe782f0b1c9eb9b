// The timeline over the map (issue 12): view the network as of a day with a slider across the
// network's dates — relationships not yet started or already ended fade, trust shows as it was
// assessed then — and simulate the agreements ending before that day not being renewed, alone or
// with the selected parties withdrawing.
import './timeline.css';
import { addDays, daysBetween, sayDay, todayDay } from '../../../../shared/timeline';
import { countAsOf } from '../../core/timeline/graphAsOf';
import type { Timeline } from '../../hooks/useTimeline';
import type { NetworkGraph } from '../../../../shared/domain';

type Props = {
  timeline: Timeline;
  graph: NetworkGraph;
  selectedPartyIds: readonly string[];
  endingBefore: (day: string) => readonly string[];
  onSimulate: (day: string, partyIds: readonly string[]) => void;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function TimelineBar({ timeline, graph, selectedPartyIds, endingBefore, onSimulate }: Props) {
  if (!timeline.on) {
    return (
      <div className="timeline timeline--closed">
        <button type="button" className="button button--small" onClick={timeline.toggle} data-testid="timeline-open" title="See the network as of a past or future day, and simulate agreements ending">
          As of a date…
        </button>
      </div>
    );
  }
  const { range, day } = timeline;
  const { ended, notStarted } = countAsOf(graph, day);
  const ending = endingBefore(day).length;
  const parties = selectedPartyIds.length;
  const facts = [
    ended > 0 ? `${plural(ended, 'agreement has', 'agreements have')} ended` : null,
    notStarted > 0 ? `${plural(notStarted, 'has', 'have')} not started` : null,
  ].filter((fact): fact is string => fact !== null);

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline__row">
        <label htmlFor="timeline-day">
          <strong>As of</strong>
        </label>
        <input
          type="range"
          min={0}
          max={range.days}
          value={Math.min(range.days, Math.max(0, daysBetween(range.first, day)))}
          onChange={(event) => timeline.setDay(addDays(range.first, Number(event.target.value)))}
          aria-label="Day shown on the map"
          aria-valuetext={sayDay(day)}
          data-testid="timeline-slider"
        />
        <input id="timeline-day" type="date" value={day} onChange={(event) => event.target.value && timeline.setDay(event.target.value)} data-testid="timeline-day" />
        <button type="button" className="button button--small button--quiet" aria-label="Close the timeline" onClick={timeline.toggle} data-testid="timeline-close">
          ×
        </button>
      </div>
      <div className="timeline__ends" aria-hidden="true">
        <span>{sayDay(range.first)}</span>
        <button type="button" className="link-button" onClick={() => timeline.setDay(todayDay())}>
          today
        </button>
        <span>{sayDay(range.last)}</span>
      </div>
      <p className="timeline__sentence" role="status" data-testid="timeline-sentence">
        The network on {sayDay(day)}: {facts.length > 0 ? `${facts.join(', ')} (faded)` : 'every agreement in effect'}; trust as assessed then.
      </p>
      <div className="timeline__row">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={ending === 0 && parties === 0}
          onClick={() => onSimulate(day, selectedPartyIds)}
          data-testid="simulate-date"
          title={ending === 0 ? 'No agreement ends before this day without renewing' : undefined}
        >
          Simulate: {plural(ending, 'agreement', 'agreements')} ending before {sayDay(day)} not renewed
          {parties > 0 ? `, ${plural(parties, 'selected party', 'selected parties')} withdrawing` : ''}
        </button>
      </div>
    </section>
  );
}
