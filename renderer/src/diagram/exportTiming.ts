// User Timing marks for the export's steps ("careweave:export:draw" …), so the benchmark and
// the browser's performance panel can see where the time goes, like the map's own marks.
export async function timed<T>(step: string, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`careweave:export:${step}`, { start, end: performance.now() });
  }
}
