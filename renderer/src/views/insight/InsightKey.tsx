// Network insight's key over the map, top left: what the badge and the sizes mean, shown while
// they are on, with the way into the dashboard.
import './insight.css';
import type { SizeBy } from '../../core/insight/insightState';
import { BADGE_URI } from '../../core/insight/insightStyles';

type Props = { badges: number; sizeBy: SizeBy; onOpen: () => void };

const SIZE_MEANS: Record<Exclude<SizeBy, 'usual'>, string> = {
  betweenness: 'Larger: more reliance runs through it (betweenness)',
  harm: 'Larger: more harm if it left',
};

export function InsightKey({ badges, sizeBy, onOpen }: Props) {
  return (
    <div className="insight-key" data-testid="insight-key">
      {badges > 0 && (
        <p>
          <img src={BADGE_URI} alt="" width={16} height={16} /> Single point of failure ({badges})
        </p>
      )}
      {sizeBy !== 'usual' && <p>{SIZE_MEANS[sizeBy]}</p>}
      <button type="button" className="button button--small" onClick={onOpen} data-testid="open-insight">
        Network insight
      </button>
    </div>
  );
}
