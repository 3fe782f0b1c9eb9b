// An explanation chain in plain words (DESIGN.md §4.6), for people who do not read graphs:
// "Family caregivers ← rely on IOP transport ← provided by County Transit (withdrawn)".
import type { ChainLink, ImpactChain } from './explainChains';

export function describeChain(chain: ImpactChain): string {
  const first = chain.links[0];
  if (first === undefined) return '';
  const words: string[] = [first.dependentName];
  for (const link of chain.links) {
    words.push(whatIsNeeded(link));
    const provider = link.providerEnded ? `${link.providerName} (agreement ended)` : link.providerWithdrawn ? `${link.providerName} (withdrawn)` : link.providerName;
    words.push(link.services.length > 0 ? `provided by ${provider}` : `from ${provider}`);
  }
  return words.join(' ← ');
}

// External customers are groups of people ("Family caregivers rely on"); internal parties are
// single organisations ("Hospital Pharmacy relies on").
function whatIsNeeded(link: ChainLink): string {
  const plural = link.dependentSide === 'external';
  const parts: string[] = [];
  if (link.services.length > 0) parts.push(`${plural ? 'rely on' : 'relies on'} ${listInWords(link.services)}`);
  if (link.resources.length > 0) parts.push(`${plural ? 'receive' : 'receives'} ${listInWords(link.resources)}`);
  return parts.join(' and ');
}

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
