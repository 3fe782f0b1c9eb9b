// The network scores as table rows: a label, what it means, and how to write it.
import type { NetworkScores } from '../../../../shared/insight';

export type ScoreRow = { key: keyof NetworkScores; label: string; explains: string; format: (scores: NetworkScores) => string };

const percent = (value: number | null, digits = 0) => (value === null ? '—' : `${(value * 100).toFixed(digits)}%`);
const decimal = (value: number | null) => (value === null ? '—' : (Math.round(value * 100) / 100).toString());

export const SCORE_ROWS: readonly ScoreRow[] = [
  { key: 'parties', label: 'Parties', explains: 'Parties in this part of the network.', format: (s) => s.parties.toLocaleString('en-US') },
  { key: 'density', label: 'Density', explains: 'Share of the possible links between parties that exist (any kind, either way).', format: (s) => percent(s.density, 1) },
  {
    key: 'relianceCentralisation',
    label: 'Reliance centralisation',
    explains: '1 when everyone relies on one party and nobody else, 0 when reliance is spread evenly.',
    format: (s) => decimal(s.relianceCentralisation),
  },
  { key: 'meanTrust', label: 'Mean trust', explains: 'Mean of every trust rating, 1 to 5.', format: (s) => (s.meanTrust === null ? '—' : `${decimal(s.meanTrust)} of 5`) },
  { key: 'lowTrustShare', label: 'Low-trust ratings', explains: 'Share of trust ratings at or below the low-trust threshold.', format: (s) => percent(s.lowTrustShare) },
  {
    key: 'trustReceivedPercent',
    label: 'Trust received (PARTNER)',
    explains: 'Mean trust each party receives, averaged over the rated parties, as a percentage of the maximum (how PARTNER reports trust).',
    format: (s) => (s.trustReceivedPercent === null ? '—' : `${Math.round(s.trustReceivedPercent)}%`),
  },
  { key: 'singlePointsOfFailure', label: 'Single points of failure', explains: 'Parties whose leaving would leave someone without, with nobody else to turn to.', format: (s) => String(s.singlePointsOfFailure) },
];
