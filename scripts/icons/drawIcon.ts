// Draws Careweave's app icon at any size: a woven care network on a rounded square. Shapes are
// described by signed distance (negative inside), so each pixel's coverage comes out
// anti-aliased without supersampling, and every size is drawn from the geometry, not scaled
// down from a large bitmap (small sizes get thicker lines instead of vanishing ones).
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];

interface Shape {
  /** Distance from the point (in icon units, 0..1) to the shape's edge; negative inside. */
  distance(x: number, y: number): number;
  color: Rgb;
}

// The app's own palette (renderer/src/core/graph/theme.ts): internal customers blue, external orange.
const BACKGROUND: Rgb = [0x00, 0x46, 0x6e];
const LINK: Rgb = [0xbf, 0xdd, 0xf3];
const INTERNAL: Rgb = [0x56, 0xb4, 0xe9];
const EXTERNAL: Rgb = [0xe6, 0x9f, 0x00];
const CENTRE: Rgb = [0xff, 0xff, 0xff];

const roundedSquare = (half: number, radius: number) => (x: number, y: number) => {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
};

const circle = (cx: number, cy: number, r: number) => (x: number, y: number) => Math.hypot(x - cx, y - cy) - r;

const segment = (ax: number, ay: number, bx: number, by: number, halfWidth: number) => (x: number, y: number) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - halfWidth;
};

function scene(size: number): Shape[] {
  // Lines at least 1.3 px wide at every size, so 16 px still shows the links.
  const halfLine = Math.max(0.018, 0.65 / size);
  const ring = Array.from({ length: 6 }, (_, index) => {
    const angle = -Math.PI / 2 + (index * Math.PI) / 3;
    return { x: 0.5 + 0.29 * Math.cos(angle), y: 0.5 + 0.29 * Math.sin(angle), external: index % 2 === 1 };
  });
  const shapes: Shape[] = [{ distance: roundedSquare(0.46, 0.1), color: BACKGROUND }];
  for (const [index, node] of ring.entries()) {
    const next = ring[(index + 1) % ring.length] ?? node;
    shapes.push({ distance: segment(0.5, 0.5, node.x, node.y, halfLine), color: LINK });
    shapes.push({ distance: segment(node.x, node.y, next.x, next.y, halfLine * 0.8), color: LINK });
  }
  for (const node of ring) shapes.push({ distance: circle(node.x, node.y, 0.075), color: node.external ? EXTERNAL : INTERNAL });
  shapes.push({ distance: circle(0.5, 0.5, 0.1), color: CENTRE });
  return shapes;
}

/** One PNG of the icon, `size` pixels square, transparent outside the rounded square. */
export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const shapes = scene(size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const shape of shapes) {
        // Coverage of this pixel: 1 well inside, 0 well outside, a ramp one pixel wide at the edge.
        const coverage = Math.max(0, Math.min(1, 0.5 - shape.distance(x, y) * size));
        if (coverage === 0) continue;
        const [sr, sg, sb] = shape.color;
        const outA = coverage + a * (1 - coverage);
        r = (sr * coverage + r * a * (1 - coverage)) / outA;
        g = (sg * coverage + g * a * (1 - coverage)) / outA;
        b = (sb * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const at = (py * size + px) * 4;
      png.data[at] = Math.round(r);
      png.data[at + 1] = Math.round(g);
      png.data[at + 2] = Math.round(b);
      png.data[at + 3] = Math.round(a * 255);
    }
  }
  return PNG.sync.write(png);
}
