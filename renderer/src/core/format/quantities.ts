// Amounts as people write them: thousands separators, money without cents unless the cents
// matter ("$2,350,000 per year", "$12.50 per ride"), other units with at most one decimal
// ("0.8 FTE"), and a period said once ("per year", never "per per year").
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// A unit that is money, and the sign it is written with; the rest of the unit stays after the
// number ("USD of medications" → "$21,000 of medications").
const CURRENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:usd|us\$|\$|dollars?)(?=\s|$)/i, '$'],
  [/^(?:eur|€|euros?)(?=\s|$)/i, '€'],
  [/^(?:gbp|£|pounds?)(?=\s|$)/i, '£'],
];

function currencyOf(unit: string): { sign: string; rest: string } | null {
  for (const [pattern, sign] of CURRENCIES) {
    const match = pattern.exec(unit.trim());
    if (match) return { sign, rest: unit.trim().slice(match[0].length).trim() };
  }
  return null;
}

export function formatNumber(value: number): string {
  return Math.abs(value) >= 100 ? whole.format(value) : oneDecimal.format(value);
}

/** "per year" from "year", "per year" or "yearly"-free text; empty for no period. */
export function perPeriod(period: string): string {
  const bare = period.trim().replace(/^per\s+/i, '');
  return bare ? `per ${bare}` : '';
}

/** "$2,350,000 per year", "260 rides per month", "0.8 FTE". */
export function formatAmount(amount: number, unit: string, period = ''): string {
  const money = currencyOf(unit);
  const number = money
    ? `${money.sign}${Number.isInteger(Math.round(amount * 100) / 100) || Math.abs(amount) >= 1000 ? whole.format(amount) : cents.format(amount)}`
    : formatNumber(amount);
  const rest = money ? money.rest : unit.trim();
  return [number, rest, perPeriod(period)].filter((part) => part !== '').join(' ');
}

/** "1 flow", "3 flows". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${whole.format(count)} ${count === 1 ? one : many}`;
}
