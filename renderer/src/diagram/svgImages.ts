// Two changes to canvas2svg, the recorder inside cytoscape-svg, made once when the SVG export
// loads (canvas2svg publishes its class as window.C2S). Both leave the drawing as it was; they
// only remove costs that dominated the export of large maps:
//  - drawImage turned every image into a new canvas and a PNG (toDataURL) — once per node.
//    Careweave's icons are SVG data URLs, so the image element now points at the original:
//    no rasterising, sharp at any zoom, a smaller file. Other images keep the library's way.
//  - every path command and transform was formatted by a helper that builds regular
//    expressions for each value; plain template strings give the same text far faster.

type C2SContext = {
  globalAlpha: number;
  __currentPosition: { x?: number; y?: number };
  __currentDefaultPath: string;
  __currentElement: Element;
  __createElement(name: string): Element;
  __closestGroupOrSvg(): Element;
  __addTransform(transform: string): void;
  __addPathCommand(command: string): void;
  beginPath(): void;
};

type Method = (this: C2SContext, ...args: never[]) => void;
type C2SPrototype = Record<string, Method>;

const SVG_DATA_URL = /^data:image\/svg\+xml/i;

function isWholeSvgImage(args: unknown[]): args is [HTMLImageElement, ...number[]] {
  const [image] = args;
  if (!(image instanceof HTMLImageElement) || !SVG_DATA_URL.test(image.src)) return false;
  // The 9-argument form draws a part of the image; only the whole image can be referenced as is.
  if (args.length !== 9) return args.length === 3 || args.length === 5;
  const [, sx, sy, sw, sh] = args as number[];
  return sx === 0 && sy === 0 && sw === image.width && sh === image.height;
}

function patchDrawImage(prototype: C2SPrototype): void {
  const original = prototype.drawImage as (this: C2SContext, ...args: unknown[]) => void;
  prototype.drawImage = function drawImage(this: C2SContext, ...args: unknown[]) {
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
  } as Method;
}

// The same strings canvas2svg writes ("M {x} {y}", "translate({x},{y})"…), formatted directly.
function patchFormatting(prototype: C2SPrototype): void {
  prototype.scale = function scale(this: C2SContext, x: number, y?: number) {
    this.__addTransform(`scale(${x},${y ?? x})`);
  } as Method;
  prototype.translate = function translate(this: C2SContext, x: number, y: number) {
    this.__addTransform(`translate(${x},${y})`);
  } as Method;
  prototype.moveTo = function moveTo(this: C2SContext, x: number, y: number) {
    if (this.__currentElement.nodeName !== 'path') this.beginPath();
    this.__currentPosition = { x, y };
    this.__addPathCommand(`M ${x} ${y}`);
  } as Method;
  prototype.lineTo = function lineTo(this: C2SContext, x: number, y: number) {
    this.__currentPosition = { x, y };
    this.__addPathCommand(this.__currentDefaultPath.indexOf('M') > -1 ? `L ${x} ${y}` : `M ${x} ${y}`);
  } as Method;
  prototype.bezierCurveTo = function bezierCurveTo(this: C2SContext, a: number, b: number, c: number, d: number, x: number, y: number) {
    this.__currentPosition = { x, y };
    this.__addPathCommand(`C ${a} ${b} ${c} ${d} ${x} ${y}`);
  } as Method;
  prototype.quadraticCurveTo = function quadraticCurveTo(this: C2SContext, a: number, b: number, x: number, y: number) {
    this.__currentPosition = { x, y };
    this.__addPathCommand(`Q ${a} ${b} ${x} ${y}`);
  } as Method;
}

let patched = false;

export function speedUpSvgRecording(): void {
  const c2s = (window as unknown as { C2S?: { prototype: C2SPrototype } }).C2S;
  if (patched || !c2s) return;
  patched = true;
  patchDrawImage(c2s.prototype);
  patchFormatting(c2s.prototype);
}
