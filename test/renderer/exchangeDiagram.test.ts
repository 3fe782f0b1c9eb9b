// The pure parts of the export and import dialogs: picture sizes and their cap, the
// dialog's defaults, and how chosen files are sent. Which files are accepted is checked in
// shared/formats (test/formats/importCheck.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultExportSettings, defaultPaper, formatExportDate } from '../../renderer/src/core/exchange/exportDefaults';
import { describeImageSize, imageSize, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, pngDimensions } from '../../renderer/src/core/exchange/imageSize';
import { isBusy, progressLabel, textChunks } from '../../renderer/src/core/exchange/importProgress';
import type { ImportJob } from '../../shared/api';

describe('picture sizes', () => {
  it.each([
    [1178.4, 864.2, 1, { width: 1179, height: 865, scale: 1, capped: false }],
    [1178.4, 864.2, 2, { width: 2358, height: 1730, scale: 2, capped: false }],
    // sqrt(3,508 × 2,480 / (1,179 × 865)) = 2.92: the cap, not 4x
    [1178.4, 864.2, 4, { width: 3443, height: 2526, scale: 2.92072505683084, capped: true }],
    [100, 20_000, 2, { width: 40, height: 8_192, scale: 0.4096, capped: true }],
  ])('a %s × %s drawing at %sx', (width, height, scale, expected) => {
    expect(imageSize(width, height, scale)).toEqual(expected);
  });

  it('caps the pixel count of a huge map and says so', () => {
    const size = imageSize(7_000, 7_000, 2);
    expect(size.capped).toBe(true);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(describeImageSize(size, 2)).toBe('2,949 × 2,949 pixels — reduced from 2× to 0.4×, the most a picture can have here (enough for an A4 page at 300 dpi; SVG and PDF print larger)');
  });

  it('reads a PNG header', () => {
    const header = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 9, 50, 0, 0, 6, 194]);
    expect(pngDimensions(header)).toEqual({ width: 2354, height: 1730 });
    expect(pngDimensions(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe('export dialog defaults', () => {
  it('prints on the paper the person’s printer takes', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultExportSettings('de-DE')).toMatchObject({ format: { kind: 'diagram', id: 'png' }, area: 'full', scale: 2, background: 'white', paper: 'a4' });
    expect(formatExportDate(new Date(2026, 2, 31), 'en-US')).toBe('March 31, 2026');
  });
});

describe('sending chosen files', () => {
  it('sends text in pieces, and an empty file as one empty piece', () => {
    expect([...textChunks('abcdefg', 3)]).toEqual(['abc', 'def', 'g']);
    expect([...textChunks('', 3)]).toEqual(['']);
  });

  it('says what a running job is doing', () => {
    const job = { phase: 'writing', progress: { share: 0.5, stage: 'Saving parties… 5,000 of 10,000' } } as ImportJob;
    expect(isBusy(job)).toBe(true);
    expect(progressLabel(job)).toBe('Saving parties… 5,000 of 10,000');
    expect(isBusy({ ...job, phase: 'ready' })).toBe(false);
    expect(progressLabel({ ...job, phase: 'analyzing', progress: null })).toBe('Checking the file…');
  });
});
