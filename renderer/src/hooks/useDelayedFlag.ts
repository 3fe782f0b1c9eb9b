// A flag that turns on only once `on` has held for `delay` ms, and off at once: for notices that
// should not flash up for work that finishes quickly.
import { useEffect, useState } from 'react';

export function useDelayedFlag(on: boolean, delay: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), delay);
    return () => window.clearTimeout(timer);
  }, [on, delay]);
  return shown;
}
