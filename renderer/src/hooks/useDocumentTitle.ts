// The window's title names what is open ("Harlan County … — Careweave"), so a screen reader, the
// task switcher and the browser tab all say which network this is (WCAG 2.4.2).
import { useEffect } from 'react';

export const APP_TITLE = 'Careweave';

export function useDocumentTitle(subject: string | null): void {
  useEffect(() => {
    document.title = subject ? `${subject} — ${APP_TITLE}` : APP_TITLE;
  }, [subject]);
}
