// The legend over the canvas. It is built from the same theme and render mode as the
// stylesheet (buildLegend), and lists the party-type icons present on the map.
import { useMemo } from 'react';
import type { Ref } from 'react';
import type { Party } from '../../../../shared/domain';
import { buildLegend } from '../../core/graph/buildLegend';
import type { EdgeLegendItem, Legend, PartyLegendItem } from '../../core/graph/buildLegend';
import { GRAPH_THEME } from '../../core/graph/theme';
import { useRememberedChoice } from '../../hooks/useRememberedFlag';

function PartySwatch({ item }: { item: PartyLegendItem }) {
  const common = { fill: item.fill, stroke: item.border, strokeWidth: 2 };
  return (
    <svg className="legend__swatch" viewBox="0 0 28 20" aria-hidden="true">
      {item.shape === 'ellipse' ? (
        <circle cx="14" cy="10" r="8" {...common} />
      ) : (
        <rect x="3" y="3" width="22" height="14" rx="4" {...common} />
      )}
    </svg>
  );
}

type ArrowProps = { y: number; width: number; color: string; dashed: boolean; head: 'triangle' | 'vee' };

function Arrow({ y, width, color, dashed, head }: ArrowProps) {
  const tip = 42;
  const back = tip - 7;
  return (
    <g>
      <line
        x1="2"
        y1={y}
        x2={back}
        y2={y}
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dashed ? '5 3' : undefined}
      />
      {head === 'triangle' ? (
        <polygon points={`${back - 1},${y - 4.5} ${tip},${y} ${back - 1},${y + 4.5}`} fill={color} />
      ) : (
        <polyline
          points={`${back - 2},${y - 4.5} ${tip},${y} ${back - 2},${y + 4.5}`}
          fill="none"
          stroke={color}
          strokeWidth="2"
        />
      )}
    </g>
  );
}

function EdgeSwatch({ item }: { item: EdgeLegendItem }) {
  const rows = item.widths.length;
  return (
    <svg className="legend__swatch legend__swatch--edge" viewBox={`0 0 44 ${rows * 10 + 4}`} aria-hidden="true">
      {item.widths.map((width, index) => (
        <Arrow key={width} y={index * 10 + 7} width={width} color={item.color} dashed={item.dashed} head={item.arrow} />
      ))}
    </svg>
  );
}

// The trust line runs through the whole scale, low to high, ending in trust's own arrowhead.
function TrustSwatch({ legend, vee }: { legend: Legend; vee: boolean }) {
  const steps = legend.trustSteps;
  const segment = 33 / steps.length;
  const last = steps[steps.length - 1];
  return (
    <svg className="legend__swatch legend__swatch--edge" viewBox="0 0 44 14" aria-hidden="true">
      {steps.map((step, index) => (
        <line
          key={step.band}
          x1={2 + index * segment}
          y1="7"
          x2={2 + (index + 1) * segment}
          y2="7"
          stroke={step.color}
          strokeWidth="3"
        />
      ))}
      {last && vee && <polyline points="33,2.5 42,7 33,11.5" fill="none" stroke={last.color} strokeWidth="2" />}
      {last && !vee && <polygon points="34,2.5 42,7 34,11.5" fill={last.color} />}
    </svg>
  );
}

type GraphLegendProps = { parties: readonly Pick<Party, 'type' | 'side'>[]; webgl: boolean; shortStage?: boolean; ref?: Ref<HTMLElement> };

// Whether the legend is shown in full or as one line of swatches, remembered between sessions:
// in full it covers the lower part of a small map, where external customers usually sit. Until
// the person chooses, a short window (a 720-px laptop screen) starts with the one line.
const COMPACT_KEY = 'careweave.legend.compact';
const SHORT_WINDOW = 820;

// One line: each kind of party and relationship with its swatch and name, nothing else.
function CompactLegend({ legend }: { legend: Legend }) {
  return (
    <ul className="legend__group">
      {legend.parties.map((item) => (
        <li key={item.side} className="legend__item">
          <PartySwatch item={item} />
          <strong>{item.label}</strong>
        </li>
      ))}
      {legend.edges.map((item) =>
        item.kind === 'TRUSTS' ? (
          <li key={item.kind} className="legend__item">
            <TrustSwatch legend={legend} vee={item.arrow === 'vee'} />
            <strong>{item.label}</strong>
            <span className="legend__note">low → high</span>
          </li>
        ) : (
          <li key={item.kind} className="legend__item">
            <EdgeSwatch item={{ ...item, widths: item.widths.slice(-1) }} />
            <strong>{item.label}</strong>
          </li>
        ),
      )}
    </ul>
  );
}

export function GraphLegend({ parties, webgl, shortStage = false, ref }: GraphLegendProps) {
  const legend = useMemo(() => buildLegend(GRAPH_THEME, { webgl }, parties), [parties, webgl]);
  // Until the person folds or unfolds it, the legend starts small where the map is short (a
  // short window, or the map sharing the height with the table) so it leaves the map in sight.
  const [chosen, setChosen] = useRememberedChoice<'true' | 'false' | 'unset'>(COMPACT_KEY, ['true', 'false'], 'unset');
  const compact = chosen === 'unset' ? shortStage || window.innerHeight < SHORT_WINDOW : chosen === 'true';
  const setCompact = (value: boolean) => setChosen(value ? 'true' : 'false');
  const trust = legend.edges.find((item) => item.kind === 'TRUSTS');
  const otherEdges = legend.edges.filter((item) => item.kind !== 'TRUSTS');
  const toggle = () => setCompact(!compact);
  return (
    <aside ref={ref} className={`legend${compact ? ' legend--compact' : ''}`} aria-label="Legend" data-testid="legend">
      <button type="button" className="legend__toggle button button--quiet" aria-expanded={!compact} data-testid="legend-toggle" onClick={toggle}>
        {compact ? 'Show the full legend' : 'Make the legend smaller'}
      </button>
      {compact ? (
        <CompactLegend legend={legend} />
      ) : (
        <>
          <ul className="legend__group">
            {legend.parties.map((item) => (
              <li key={item.side} className="legend__item">
                <PartySwatch item={item} />
                <strong>{item.label}</strong>
                <span className="legend__note">({item.examples})</span>
              </li>
            ))}
          </ul>
          {legend.types.length > 0 && (
            <ul className="legend__group legend__types" aria-label="Party types">
              {legend.types.map((item) => (
                <li key={item.icon} className="legend__type">
                  <img src={item.src} alt="" width={16} height={16} />
                  <span>{item.icon === 'custom' ? `${item.types.join(', ')} (own types)` : item.types.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
          <ul className="legend__group">
            {otherEdges.map((item) => (
              <li key={item.kind} className="legend__item">
                <EdgeSwatch item={item} />
                <strong>{item.label}:</strong>
                <span className="legend__note">
                  {item.meaning}
                  {item.note && `; ${item.note}`}
                </span>
              </li>
            ))}
            {trust && (
              <li className="legend__item">
                <TrustSwatch legend={legend} vee={trust.arrow === 'vee'} />
                <strong>{trust.label}:</strong>
                <span className="legend__note">{trust.meaning};</span>
                <span className="legend__scale">
                  <span className="legend__note">1 low</span>
                  {legend.trustSteps.map((step) => (
                    <span key={step.band} className="legend__trust-step" style={{ backgroundColor: step.color }} title={`Trust ${step.band} of 5`} />
                  ))}
                  <span className="legend__note">5 high</span>
                </span>
              </li>
            )}
          </ul>
        </>
      )}
    </aside>
  );
}
