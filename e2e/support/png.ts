import { expect, type Page } from "@playwright/test";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(body: Buffer) {
  expect(body.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(body.subarray(12, 16).toString("latin1"), "first chunk").toBe("IHDR");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts colours and non-white pixels. */
/** `footerFraction`: how much of the image, from the bottom, the footer check scans (short images have relatively more padding). */
export async function pixelStats(page: Page, body: Buffer, footerFraction = 0.04) {
  return page.evaluate(async ([b64, fraction]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let nonWhite = 0;
    let saturated = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r < 250 || g < 250 || b < 250) nonWhite++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) saturated++;
    }
    const pixels = data.length / 4;
    // The footer sits in the bottom strip: text drawn before the embedded fonts load comes out
    // invisible, which once left the sources and footer out of the PNG.
    let footerInk = 0;
    const footerStart = Math.floor(canvas.height * (1 - fraction)) * canvas.width * 4;
    for (let i = footerStart; i < data.length; i += 4) if (data[i] < 160 && data[i + 1] < 160) footerInk++;
    return { colours: colours.size, nonWhite: nonWhite / pixels, saturated, footerInk, corner: [data[0], data[1], data[2], data[3]] };
  }, [body.toString("base64"), footerFraction] as const);
}

/** Non-white share of a region of a PNG (fractions of its width and height), decoded by the browser. */
export async function inkShare(page: Page, png: Buffer, region: { x0: number; y0: number; x1: number; y1: number }): Promise<number> {
  return page.evaluate(
    async ([b64, r]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const x0 = Math.floor(r.x0 * canvas.width);
      const y0 = Math.floor(r.y0 * canvas.height);
      const w = Math.floor((r.x1 - r.x0) * canvas.width);
      const h = Math.floor((r.y1 - r.y0) * canvas.height);
      const { data } = ctx.getImageData(x0, y0, w, h);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) n++;
      return n / (w * h);
    },
    [png.toString("base64"), region] as const,
  );
}
