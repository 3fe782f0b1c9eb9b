// How big an exported picture will be, worked out before drawing so the dialog can say so.
// Browsers draw nothing (a blank image) on canvases beyond their limits, and memory runs out
// well before those: a 4x picture of a large map can ask for hundreds of millions of pixels.
// So the size is capped and the person is told, never handed a blank file.

// Chromium allows 16,384 px a side and ~268 million pixels, but drawing and PNG-encoding time
// grow with the pixel count: a 5,000-party map took over 10 s at 50 million pixels, 4 s at
// 16.7 million and 2.5 s at 8.7 million — an A4 page at 300 dpi (3,508 × 2,480), which is the
// cap. SVG and PDF are vector for anything larger.
export const MAX_IMAGE_SIDE = 8_192;
export const MAX_IMAGE_PIXELS = 3_508 * 2_480;

export const IMAGE_SCALES = [1, 2, 3, 4] as const;

export interface ImageSize {
  width: number;
  height: number;
  /** The scale actually used; below the one asked for when the picture had to be capped. */
  scale: number;
  capped: boolean;
}

/** `width` and `height` are the drawing's size at 1x, in CSS pixels. */
export function imageSize(width: number, height: number, scale: number): ImageSize {
  const baseWidth = Math.max(1, Math.ceil(width));
  const baseHeight = Math.max(1, Math.ceil(height));
  const fit = Math.min(MAX_IMAGE_SIDE / baseWidth, MAX_IMAGE_SIDE / baseHeight, Math.sqrt(MAX_IMAGE_PIXELS / (baseWidth * baseHeight)));
  const used = Math.min(scale, fit);
  return {
    width: Math.max(1, Math.floor(baseWidth * used)),
    height: Math.max(1, Math.floor(baseHeight * used)),
    scale: used,
    capped: used < scale,
  };
}

export function describeImageSize(size: ImageSize, asked: number): string {
  const dims = `${size.width.toLocaleString('en-US')} × ${size.height.toLocaleString('en-US')} pixels`;
  if (!size.capped) return dims;
  return `${dims} — reduced from ${asked}× to ${size.scale.toFixed(1)}×, the most a picture can have here (enough for an A4 page at 300 dpi; SVG and PDF print larger)`;
}

/** Width and height from a PNG file's header (the IHDR chunk), to report the size made. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
