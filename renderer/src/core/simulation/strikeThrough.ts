// Cytoscape cannot draw struck-through text, so a withdrawn party's label is struck through with
// the combining long stroke overlay (U+0336) after every character, which canvas text draws as
// one line through the word. Screen readers get the plain name from the results panel.
const STROKE = '\u0336';

export function strikeThrough(text: string): string {
  let out = '';
  for (const character of text) out += character === ' ' || character === '\n' ? character : `${character}${STROKE}`;
  return out;
}
