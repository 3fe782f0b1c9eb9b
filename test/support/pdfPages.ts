// Reading a PDF back in a test: pdf.js (pdfjs-dist, legacy build for Node) opens the bytes, and
// each page's text comes back as one line, the way a person would read it off the page.

// pdfjs-dist 6 expects Promise.withResolvers, which Node has only from 22; the README allows 20.
export async function loadPdfjs() {
  const promise = Promise as unknown as { withResolvers?: unknown };
  promise.withResolvers ??= function withResolvers<T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const settled = new Promise<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise: settled, resolve, reject };
  };
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** The text of every page, in order, with runs of white space made one space. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: bytes, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((entry) => ('str' in entry ? entry.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return texts;
}
