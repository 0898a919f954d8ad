// The real client for the PowerPoint exports: LibreOffice Impress (headless) converts the .pptx
// files to PDF, poppler reads the PDFs (page count, text) and renders their pages to PNG.
// JSZip (pptxgenjs' own dependency) reads the package itself: slides, chart XML, notes.

import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";

const run = promisify(execFile);

/** Converts every file in one soffice call (one LibreOffice start), with a private profile so parallel runs never share one. Returns the PDF paths, in order. */
export async function convertToPdf(files: { name: string; body: Buffer }[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), "lo-"));
  const inDir = await mkdtemp(join(tmpdir(), "pptx-in-"));
  try {
    const paths: string[] = [];
    for (const f of files) {
      const p = join(inDir, f.name);
      await writeFile(p, f.body);
      paths.push(p);
    }
    await run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, ...paths], { timeout: 180_000 });
    return paths.map((p) => join(outDir, basename(p).replace(/\.pptx$/, ".pdf")));
  } finally {
    await rm(profile, { recursive: true, force: true });
    await rm(inDir, { recursive: true, force: true });
  }
}

export async function pdfPages(pdf: string): Promise<{ pages: number; width: number; height: number }> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
  return stdout;
}

/** Each page as a PNG at `dpi` (pdftoppm), in page order; the files also stay in `outDir` for a person to look at. */
export async function pdfToPngs(pdf: string, outDir: string, dpi = 50): Promise<{ path: string; body: Buffer }[]> {
  const prefix = join(outDir, basename(pdf, ".pdf"));
  await run("pdftoppm", ["-png", "-r", String(dpi), pdf, prefix]);
  const names = (await readdir(outDir)).filter((n) => n.startsWith(`${basename(prefix)}-`) && n.endsWith(".png")).sort();
  return Promise.all(names.map(async (n) => ({ path: join(outDir, n), body: await readFile(join(outDir, n)) })));
}

export type PptxPackage = {
  slideCount: number;
  /** Each slide's text runs, joined by spaces. */
  slideTexts: string[];
  /** Each notes page's text runs joined by newlines. */
  notes: string[];
  charts: ChartXml[];
  /** The typefaces the slides name. */
  fonts: Set<string>;
  /** Slide size in EMU. */
  size: { cx: number; cy: number };
};

export type ChartXml = { type: string; series: { name: string; categories: string[]; values: (number | null)[] }[] };

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]));
const points = (xml: string) => {
  const count = Number(/<c:ptCount val="(\d+)"\/>/.exec(xml)?.[1] ?? 0);
  const out: (string | null)[] = Array.from({ length: count }, () => null);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) out[Number(m[1])] = m[2] === "" ? null : unescape(m[2]);
  return out;
};
const byNumber = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

/** Reads the package: slides in order, their text, the notes, and each chart's series from its XML cache. */
export async function readPptx(body: Buffer): Promise<PptxPackage> {
  const zip = await JSZip.loadAsync(body);
  const files = Object.keys(zip.files);
  const read = (p: string) => zip.file(p)!.async("string");
  const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort(byNumber);
  const notes = files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).sort(byNumber);
  const chartFiles = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort(byNumber);
  const presentation = await read("ppt/presentation.xml");
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
  const slideXml = await Promise.all(slides.map(read));
  const charts: ChartXml[] = [];
  for (const f of chartFiles) {
    const xml = await read(f);
    const type = /<c:(lineChart|barChart|areaChart|pieChart)>/.exec(xml)?.[1] ?? "unknown";
    const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
      const ser = m[1];
      const name = unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1] ?? "");
      const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? "";
      const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? "";
      return { name, categories: points(cat).map((c) => c ?? ""), values: points(val).map((v) => (v === null ? null : Number(v))) };
    });
    charts.push({ type, series });
  }
  return {
    slideCount: slides.length,
    slideTexts: slideXml.map((x) => texts(x).join(" ")),
    fonts: new Set(slideXml.flatMap((x) => [...x.matchAll(/typeface="([^"]+)"/g)].map((m) => m[1]))),
    notes: await Promise.all(notes.map(async (n) => texts(await read(n)).join("\n"))),
    charts,
    size: { cx: Number(size?.[1]), cy: Number(size?.[2]) },
  };
}
