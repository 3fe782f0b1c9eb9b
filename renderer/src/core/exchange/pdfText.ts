// jsPDF's built-in fonts (Helvetica) cover only the Windows-1252 characters; anything else
// would print as garbage. Arrows get ASCII stand-ins, other characters outside the set a "?".
// Embedding a full Unicode font would add megabytes to every PDF; names in other scripts are the
// known limit of the PDF export (the PNG and SVG exports draw them as on screen).

const EXTRA_WINANSI = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const REPLACEMENTS: Record<string, string> = { '→': '->', '←': '<-', '↔': '<->', '≥': '>=', '≤': '<=', '×': 'x', '\u00a0': ' ' };

function printable(char: string): string {
  if (REPLACEMENTS[char] !== undefined) return REPLACEMENTS[char];
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA_WINANSI.includes(char)) return char;
  if (char === '\n' || char === '\t') return char;
  return '?';
}

// A combining mark still apart after composing (the strike-through that marks a withdrawn party's
// name) has no place in these fonts; it is left out rather than printed as a "?" after each letter.
const COMBINING = /[\u0300-\u036f]/g;

export function toPdfText(text: string): string {
  return Array.from(text.normalize('NFC').replace(COMBINING, ''), printable).join('');
}
