// Turns a live chart <svg> into a standalone one: every presentation property the page resolves
// through CSS (classes, custom properties, currentColor, inherited fonts) is written onto the
// clone as a plain attribute, and everything interactive or external is dropped.

import { normaliseColor } from "./css-values";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Inherited properties, written where the computed value differs from what the clone would inherit. */
const PAINT_PROPS = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "visibility",
] as const;
const TEXT_PROPS = ["font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing"] as const;
/** Not inherited: written whenever it is not the initial value. */
const OWN_PROPS = { opacity: "1", "clip-path": "none", mask: "none", "paint-order": "normal" } as const;

const TEXT_TAGS = new Set(["text", "tspan", "textPath"]);
/** Containers whose content is referenced, not rendered in place: their display is irrelevant. */
const REFERENCED = new Set(["defs", "clipPath", "mask", "pattern", "marker", "symbol", "linearGradient", "radialGradient", "filter"]);
const DROP_TAGS = new Set(["foreignObject", "script", "iframe", "video", "audio", "canvas"]);

/** `url("http://host/page#clip")` → `url(#clip)`: only same-document references survive. */
function normaliseUrl(value: string): string | null {
  const m = /url\(\s*["']?[^"')]*?#([^"')]+)["']?\s*\)/.exec(value);
  return m ? `url(#${m[1]})` : null;
}

const stripPx = (v: string) => v.replace(/(-?[\d.]+)px/g, "$1");

function normaliseValue(prop: string, value: string): string | null {
  if (value.includes("url(")) return normaliseUrl(value);
  if (prop === "stroke-dasharray") return value === "none" ? "none" : stripPx(value).replace(/\s*,\s*/g, " ");
  if (prop === "font-size" || prop === "stroke-width" || prop === "stroke-dashoffset" || prop === "letter-spacing") {
    return value === "normal" ? "normal" : stripPx(value);
  }
  return value;
}

export type InlineOptions = {
  /** Rewrites a computed font-family (e.g. dropping local() metric fallbacks) for the standalone file. */
  fontFamily: (computed: string) => string;
};

export type InlinedSvg = {
  clone: SVGSVGElement;
  width: number;
  height: number;
  /** The chart's own text with its weight, for choosing font subsets. */
  texts: { text: string; weight: number }[];
};

/** Clones the chart SVG with its computed styles inlined as attributes. The original is untouched. */
export function cloneWithInlineStyles(svg: SVGSVGElement, { fontFamily }: InlineOptions): InlinedSvg {
  const rect = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || rect.width;
  const height = Number(svg.getAttribute("height")) || rect.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll("*"))];
  const copies = [clone, ...Array.from(clone.querySelectorAll("*"))];

  // What each copy inherits in the standalone file, so a value is written only where it changes.
  const effective = new Map<Element, Record<string, string>>();
  const drop: Element[] = [];
  const texts: InlinedSvg["texts"] = [];

  originals.forEach((orig, i) => {
    const copy = copies[i];
    const tag = copy.localName;
    if (DROP_TAGS.has(tag) || copy.namespaceURI !== SVG_NS) {
      drop.push(copy);
      return;
    }
    const cs = getComputedStyle(orig);
    const inReferenced = hasReferencedAncestor(orig);
    if (cs.display === "none" && !inReferenced && !REFERENCED.has(tag) && i > 0) {
      drop.push(copy);
      return;
    }
    const parentEffective = (copy.parentElement && effective.get(copy.parentElement)) || {};
    const mine = { ...parentEffective };
    const isText = TEXT_TAGS.has(tag);
    const props: readonly string[] = isText || i === 0 ? [...PAINT_PROPS, ...TEXT_PROPS] : PAINT_PROPS;
    const folds: [string, number][] = [];
    for (const prop of props) {
      let value = normaliseValue(prop, cs.getPropertyValue(prop));
      if (value === null) continue;
      if (prop === "font-family") value = fontFamily(value);
      if (prop === "fill" || prop === "stroke") {
        const c = normaliseColor(value);
        value = c.alpha === 0 ? "none" : c.color;
        if (c.alpha > 0 && c.alpha < 1) folds.push([`${prop}-opacity`, c.alpha]);
      }
      if (value !== mine[prop] || copy.hasAttribute(prop)) {
        copy.setAttribute(prop, value);
        mine[prop] = value;
      }
    }
    for (const [prop, alpha] of folds) {
      // SVG 1.1 tools do not read rgba(): fold the colour's alpha into fill-/stroke-opacity.
      const base = parseFloat(cs.getPropertyValue(prop));
      const value = String(Math.round((Number.isFinite(base) ? base : 1) * alpha * 1000) / 1000);
      copy.setAttribute(prop, value);
      mine[prop] = value;
    }
    for (const [prop, initial] of Object.entries(OWN_PROPS)) {
      const value = normaliseValue(prop, cs.getPropertyValue(prop));
      if (value !== null && value !== initial && value !== "") copy.setAttribute(prop, value);
      else if (copy.hasAttribute(prop) && value === initial) copy.removeAttribute(prop);
    }
    effective.set(copy, mine);
    if (tag === "text") {
      const text = orig.textContent ?? "";
      if (text.trim()) texts.push({ text, weight: parseInt(cs.fontWeight, 10) || 400 });
    }
  });

  for (const el of drop) el.remove();
  for (const el of [clone, ...Array.from(clone.querySelectorAll("*"))]) scrub(el);
  // Recharts leaves empty <title>/<desc>; the composed file carries its own.
  for (const el of Array.from(clone.querySelectorAll("title, desc"))) if (!el.textContent?.trim()) el.remove();

  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  clone.setAttribute("overflow", "hidden");
  return { clone, width, height, texts };
}

function hasReferencedAncestor(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (REFERENCED.has(p.localName)) return true;
  return false;
}

/** Drops interactive, styling and external-reference attributes; what stays renders on its own. */
function scrub(el: Element) {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    const value = attr.value;
    if (
      name === "style" ||
      name === "tabindex" ||
      name === "role" ||
      name === "focusable" ||
      name.startsWith("aria-") ||
      name.startsWith("data-") ||
      name.startsWith("on") ||
      /var\(--|currentcolor/i.test(value)
    ) {
      el.removeAttribute(name);
    }
  }
  const href = el.getAttribute("href") ?? el.getAttributeNS("http://www.w3.org/1999/xlink", "href");
  if (href !== null && !href.startsWith("#") && !href.startsWith("data:")) el.remove();
}
