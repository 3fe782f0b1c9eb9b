// The randomness of the cascade's simulated futures (DESIGN.md §4.3), counter-based: whether a
// dependency link passes a loss on in a given future is a pure function of the seed, the two
// parties' ids and the future's number. So
//  - a link visited twice in one future gets the same answer (visiting it with fresh randomness
//    would be a different future and inflate the chances — TECH-NOTES);
//  - the answer does not depend on the order of parties or relationships in the input, so the
//    app (network read from Neo4j), its worker and the command line (network read from a file)
//    give the same numbers, and an edit elsewhere in the map leaves a link's futures alone;
//  - the same future number means the same future whatever was withdrawn, which keeps the
//    estimates of two related questions (W and a larger W) coupled.

/** A 32-bit key for the link "dependent relies on provider", from their ids. */
export function linkKey(dependentId: string, providerId: string, seed: number): number {
  return finalMix(hashText(providerId, hashText(dependentId, 0x811c9dc5 ^ seed) ^ 0x5bd1e995));
}

// FNV-1a over UTF-16 code units: ids are short, and this is only the start of the key.
function hashText(text: string, start: number): number {
  let h = start >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** murmur3's finaliser: every input bit changes about half the output bits. */
function finalMix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * 32 futures at once: bit j of the answer is 1 when the link with `key` passes a loss on (with
 * chance `chance`) in future 32 × block + j.
 *
 * Each future draws a uniform number U bit by bit from the most significant end and compares it
 * with the binary digits of the chance: the first digit where they differ decides U < chance.
 * Every random word decides about half of the futures still undecided, so 32 futures need about
 * 7 words whatever the chance, and the chance is honoured to 2^-32.
 */
export function bernoulliWord(key: number, block: number, chance: number): number {
  if (chance >= 1) return -1;
  if (!(chance > 0)) return 0;
  const blockKey = finalMix(key ^ Math.imul(block + 1, 0x9e3779b1));
  let live = 0;
  let undecided = -1;
  let rest = chance;
  for (let digit = 0; digit < 32 && undecided !== 0; digit++) {
    rest *= 2; // exact in binary floating point, so the digits are the chance's own
    const random = finalMix(blockKey + Math.imul(digit + 1, 0x7feb352d));
    if (rest >= 1) {
      rest -= 1;
      live |= undecided & ~random; // U has 0 where the chance has 1: U < chance
      undecided &= random;
    } else {
      undecided &= ~random; // U has 1 where the chance has 0: U > chance
    }
  }
  return live;
}

/** Number of 1 bits in a 32-bit word. */
export function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0;
}
