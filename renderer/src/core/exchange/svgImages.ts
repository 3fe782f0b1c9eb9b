// Node icons in the SVG export. cytoscape-svg records the drawing through canvas2svg, whose
// drawImage turns every image into a new canvas and a PNG (toDataURL) — once per node: on a
// 5,000-party map that is most of the export's time, and the icons come out as blurry bitmaps.
// Careweave's icons are SVG data URLs, so for them the image element can point at the original:
// no rasterising, sharp at any zoom, and a much smaller file. Other images keep the library's
// behaviour. canvas2svg publishes its class as window.C2S; the patch is applied once.

type C2SContext = {
  globalAlpha: number;
  __createElement(name: string): Element;
  __closestGroupOrSvg(): Element;
};

type DrawImage = (this: C2SContext, ...args: unknown[]) => void;

const SVG_DATA_URL = /^data:image\/svg\+xml/i;

function isWholeSvgImage(args: unknown[]): args is [HTMLImageElement, ...number[]] {
  const [image] = args;
  if (!(image instanceof HTMLImageElement) || !SVG_DATA_URL.test(image.src)) return false;
  // The 9-argument form draws a part of the image; only the whole image can be referenced as is.
  if (args.length !== 9) return args.length === 3 || args.length === 5;
  const [, sx, sy, sw, sh] = args as number[];
  return sx === 0 && sy === 0 && sw === image.width && sh === image.height;
}

let patched = false;

export function drawSvgImagesAsVectors(): void {
  const c2s = (window as unknown as { C2S?: { prototype: { drawImage: DrawImage } } }).C2S;
  if (patched || !c2s) return;
  patched = true;
  const original = c2s.prototype.drawImage;
  c2s.prototype.drawImage = function drawImage(this: C2SContext, ...args: unknown[]) {
    if (!isWholeSvgImage(args)) return original.apply(this, args);
    const [image, ...numbers] = args;
    const [x, y, width, height] =
      numbers.length === 2 ? [numbers[0], numbers[1], image.width, image.height] : numbers.length === 4 ? numbers : numbers.slice(4);
    const element = this.__createElement('image');
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
    element.setAttribute('opacity', String(this.globalAlpha));
    element.setAttribute('preserveAspectRatio', 'none');
    element.setAttribute('transform', `translate(${x}, ${y})`);
    element.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', image.src);
    this.__closestGroupOrSvg().appendChild(element);
  };
}
