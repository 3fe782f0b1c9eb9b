// How often the page asks about an import job that waits for the person (its preview is open).
// Main gives up a job nobody asked about for several of these periods: its tab was closed.
export const IMPORT_KEEP_ALIVE_MS = 15_000;
