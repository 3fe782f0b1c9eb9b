// A presentation exported to PDF (issue 15), one page a slide: each map slide is put on the map in
// turn — its view, its withdrawal shown whole — and drawn from there as the diagram export draws
// the map (captureScene), so every page is what playing the slide shows. Works only inside
// MapCanvas, whose drawing it reads.
import { useEffect, useRef, useState } from 'react';
import type { Presentation } from '../../../shared/domain';
import { DIAGRAM_FORMATS, safeFileName } from '../../../shared/formats/registry';
import { formatExportDate } from '../core/exchange/exportDefaults';
import { withdrawalNote } from '../core/presentations/slides';
import { captureScene } from '../diagram/diagramScene';
import type { SlidePage } from '../diagram/presentationPdf';
import { deliverMadeFile } from '../files/deliverFiles';
import { useMap } from './useMap';
import type { SlideStage } from './useSlideStage';
import type { WithdrawalAnalysis } from './useWithdrawalAnalysis';

// How long a slide may take to show (a large map's simulation), and the pause for the parties'
// glide, the camera and the simulation's colours to reach the drawing.
const SLIDE_TIMEOUT_MS = 60_000;
const DRAWN_AFTER_MS = 900;

export type PresentationExportState = { progress: string | null; done: string | null; error: string | null };

const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

async function until(ready: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (!ready()) {
    if (Date.now() - started > timeoutMs) return false;
    await pause(100);
  }
  return true;
}

export function usePresentationExport(presentation: Presentation, networkName: string, stage: SlideStage, analysis: WithdrawalAnalysis): PresentationExportState {
  const { cy, wholeMap } = useMap();
  const [state, setState] = useState<PresentationExportState>({ progress: 'Getting ready…', done: null, error: null });
  // The loop below runs once and reads the latest stage and simulation through these.
  const latest = useRef({ stage, analysis, cy, wholeMap });
  useEffect(() => {
    latest.current = { stage, analysis, cy, wholeMap };
  });

  useEffect(() => {
    let stopped = false;
    const make = async () => {
      const pages: SlidePage[] = [];
      const count = presentation.slides.length;
      for (const [index, slide] of presentation.slides.entries()) {
        if (stopped) return;
        setState({ progress: `Drawing slide ${index + 1} of ${count}…`, done: null, error: null });
        if (slide.kind === 'text') {
          pages.push({ title: slide.title, text: slide.text, scene: null, note: null });
          continue;
        }
        latest.current.stage.stage(slide, { wave: false });
        await pause(200);
        const shown = await until(() => latest.current.stage.settled && latest.current.analysis.simulation.state.status !== 'running', SLIDE_TIMEOUT_MS);
        if (!shown) throw new Error(`Slide ${index + 1} took too long to show; try again, or leave it out.`);
        await pause(DRAWN_AFTER_MS);
        const { analysis: now, cy: drawing, wholeMap: whole } = latest.current;
        const view = now.simulation.state.view;
        const note = slide.kind === 'scenario' && view ? withdrawalNote(view) : null;
        pages.push({ title: slide.title, text: slide.text, scene: captureScene(drawing, whole()), note });
      }
      setState({ progress: 'Writing the PDF…', done: null, error: null });
      const { presentationPdf } = await import('../diagram/presentationPdf');
      const bytes = await presentationPdf(pages, { name: presentation.name, networkName, date: formatExportDate(new Date(), navigator.language) });
      const saved = await deliverMadeFile(safeFileName(presentation.name, DIAGRAM_FORMATS.pdf.extension), DIAGRAM_FORMATS.pdf.mimeType, bytes);
      if (!stopped) setState({ progress: null, done: saved ? `Saved ${saved.join(', ')}: ${count} ${count === 1 ? 'page' : 'pages'}, one a slide.` : 'The PDF was not saved.', error: null });
    };
    make().catch((error: unknown) => {
      if (!stopped) setState({ progress: null, done: null, error: `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}` });
    });
    return () => {
      stopped = true;
    };
  }, [presentation, networkName]);

  return state;
}
