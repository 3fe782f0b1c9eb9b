// The printed legend (legendDrawing.ts) painted on a 2D canvas, for pictures that carry their
// own title and legend.
import type { DrawStep } from '../core/graph/legendDrawing';
import { TEXT_INK } from '../core/graph/legendDrawing';

export const PICTURE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export function canvasFont(size: number, bold: boolean): string {
  return `${bold ? '700' : '400'} ${size}px ${PICTURE_FONT}`;
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = src;
  await image.decode();
  return image;
}

export async function paintLegend(context: CanvasRenderingContext2D, steps: readonly DrawStep[], x: number, y: number, fontSize: number): Promise<void> {
  const icons = new Map<string, HTMLImageElement>();
  for (const step of steps) if (step.kind === 'icon' && !icons.has(step.src)) icons.set(step.src, await loadImage(step.src));
  context.save();
  context.translate(x, y);
  context.textBaseline = 'middle';
  for (const step of steps) {
    switch (step.kind) {
      case 'text':
        context.font = canvasFont(fontSize, step.bold);
        context.fillStyle = TEXT_INK;
        context.fillText(step.text, step.x, step.y);
        break;
      case 'rect':
        context.beginPath();
        context.roundRect(step.x, step.y, step.w, step.h, step.radius);
        context.fillStyle = step.fill;
        context.fill();
        if (step.stroke) {
          context.strokeStyle = step.stroke;
          context.lineWidth = 1;
          context.stroke();
        }
        break;
      case 'ellipse':
        context.beginPath();
        context.arc(step.cx, step.cy, step.r, 0, 2 * Math.PI);
        context.fillStyle = step.fill;
        context.fill();
        context.strokeStyle = step.stroke;
        context.lineWidth = 1;
        context.stroke();
        break;
      case 'line':
        context.beginPath();
        context.setLineDash([...step.dash]);
        context.moveTo(...step.from);
        context.lineTo(...step.to);
        context.strokeStyle = step.colour;
        context.lineWidth = step.width;
        context.stroke();
        context.setLineDash([]);
        break;
      case 'shape': {
        context.beginPath();
        step.points.forEach((point, index) => (index === 0 ? context.moveTo(...point) : context.lineTo(...point)));
        if (step.filled) {
          context.closePath();
          context.fillStyle = step.colour;
          context.fill();
        } else {
          context.strokeStyle = step.colour;
          context.lineWidth = step.width;
          context.stroke();
        }
        break;
      }
      case 'icon':
        context.drawImage(icons.get(step.src)!, step.x, step.y, step.size, step.size);
    }
  }
  context.restore();
}
