// Rasterises a composed SVG through <img> and <canvas>: the SVG carries its own fonts as data:
// URLs, so the PNG matches the screen without html-to-image's blank-image failure modes.

import { fitCanvasScale } from "./canvas-size";
import { ExportError } from "./errors";

async function loadImage(url: string, width: number, height: number): Promise<HTMLImageElement> {
  const img = new Image(width, height);
  img.decoding = "async";
  img.src = url;
  await img.decode();
  return img;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * An SVG image's embedded @font-face fonts finish loading after `decode()` resolves: drawn at once,
 * text in a still-loading font comes out invisible (seen here: the source line and footer were
 * missing from the PNG; one frame later they were there). So draw a small probe each frame until
 * three frames in a row agree, after at least three frames, for at most about a second.
 */
async function settle(img: HTMLImageElement, width: number, height: number): Promise<void> {
  const probe = document.createElement("canvas");
  probe.width = Math.max(1, Math.round(width / 4));
  probe.height = Math.max(1, Math.round(height / 4));
  const ctx = probe.getContext("2d", { willReadFrequently: true });
  if (!ctx) return;
  let last = -1;
  let same = 0;
  for (let frame = 0; frame < 60; frame++) {
    await nextFrame();
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, probe.width, probe.height);
    ctx.drawImage(img, 0, 0, probe.width, probe.height);
    const data = ctx.getImageData(0, 0, probe.width, probe.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += data[i] + data[i + 1] + data[i + 2];
    same = sum === last ? same + 1 : 0;
    last = sum;
    if (frame >= 3 && same >= 2) return;
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/**
 * Draws the SVG at `scale` (capped to the canvas limits; halved again if the browser still
 * refuses) on a white background and returns the PNG. Throws rather than return a blank image.
 */
export async function svgToPng(markup: string, { width, height, scale = 2 }: { width: number; height: number; scale?: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = await loadImage(url, width, height);
    if (typeof document !== "undefined" && document.fonts) await document.fonts.ready;
    await settle(img, width, height);
    let s = fitCanvasScale(width, height, scale);
    for (let attempt = 0; attempt < 4; attempt++, s /= 2) {
      const canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(width * s));
      canvas.height = Math.max(1, Math.round(height * s));
      const ctx = canvas.getContext("2d");
      if (!ctx) continue;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const blob = await toBlob(canvas);
      if (blob && blob.size > 0) return blob;
    }
    throw new ExportError("canvasTooLarge", `${width}×${height} at ${scale}×`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
