// Browsers return a blank (or no) image when a canvas exceeds their limits, so the export scale
// is lowered to fit rather than failing silently.

import { ExportError } from "./errors";

/** Chromium's and Firefox's maximum canvas side, in px. */
export const MAX_CANVAS_SIDE = 16_384;
/** Chromium's maximum canvas area (16384 × 16384); Safari's is lower, handled by the retry. */
export const MAX_CANVAS_AREA = 268_435_456;

/** The largest scale ≤ `scale` at which a width × height image fits the canvas limits. */
export function fitCanvasScale(
  width: number,
  height: number,
  scale: number,
  { maxSide = MAX_CANVAS_SIDE, maxArea = MAX_CANVAS_AREA }: { maxSide?: number; maxArea?: number } = {},
): number {
  if (!(width > 0 && height > 0)) throw new ExportError("emptyChart", `${width}×${height}`);
  const bySide = Math.min(maxSide / width, maxSide / height);
  const byArea = Math.sqrt(maxArea / (width * height));
  const fitted = Math.min(scale, bySide, byArea);
  // Round down to a quarter step so the pixel size is a whole number more often.
  return Math.max(Math.floor(fitted * 4) / 4, Math.min(fitted, 0.25));
}
