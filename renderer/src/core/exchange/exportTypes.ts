// Small shared types of the diagram export, kept free of DOM and library imports so pure
// modules (and their tests, which run in Node) can use them.
export type DiagramArea = 'full' | 'view';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export type Orientation = 'portrait' | 'landscape';
