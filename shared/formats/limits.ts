// Size limits for imports. They exist so a huge or hostile file fails at once with a clear
// message instead of exhausting memory: the whole file is held as text while it is checked, and
// a JavaScript string of n characters plus the parsed rows take several times n bytes.

const MB = 1024 * 1024;

// CSV and JSON are parsed row by row or with the engine's native parser, roughly 3–5 bytes of
// memory per byte of file; an XML tree costs far more per byte, hence GraphML's lower limit.
// The benchmark's 100,000 parties and 500,000 relationships come to about 40 MB of CSV.
export const MAX_IMPORT_BYTES = {
  json: 150 * MB,
  csv: 150 * MB,
  graphml: 40 * MB,
} as const;

export const MAX_IMPORT_PARTIES = 200_000;
export const MAX_IMPORT_RELATIONSHIPS = 1_000_000;

// One merge into an existing network is written in a single transaction, which the database
// holds in memory until it commits; the local database runs with a 512 MB heap, and 50,000 new
// parties and relationships committed there in one transaction in about 10 s on the 2-core
// development machine. Bigger imports go into a new network, which is written in stages and
// has no such limit.
export const MAX_MERGE_WRITES = 50_000;

// A file with thousands of broken rows is reported in full in the count, and in detail for the
// first ones: nobody reads further, and the list must fit in one answer.
export const MAX_REPORTED_PROBLEMS = 1_000;

// Browser mode sends a file in pieces of this many characters; JSON escaping can grow text up
// to six times (control characters), which keeps every request under the 50 MB body limit.
export const IMPORT_CHUNK_CHARS = 4_000_000;

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
