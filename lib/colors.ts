// Colour tokens, the one home of every colour a chart or export draws. Okabe–Ito, the
// colour-blind-safe palette; hex values so exported images keep them exactly.
export const okabeIto = {
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const;

/** Greys for marks without a category or partner colour: "other", unknown, unattributed. */
export const neutral = {
  light: "#c5ccd6",
  mid: "#8C8C8C",
  dark: "#5a5a5a",
} as const;

export const categoryColors = {
  export_control: okabeIto.vermillion,
  trade_retaliation: okabeIto.orange,
  diplomatic: okabeIto.blue,
  military: okabeIto.black,
  legal: okabeIto.reddishPurple,
  agreement: okabeIto.bluishGreen,
  de_escalation: okabeIto.skyBlue,
  other: neutral.mid,
} as const satisfies Record<string, string>;

/** Series colours: China first, then other partners / compared materials. */
export const seriesColors = [okabeIto.vermillion, okabeIto.blue, okabeIto.bluishGreen, okabeIto.reddishPurple, okabeIto.orange, okabeIto.skyBlue] as const;

export const partnerColors: Record<string, string> = {
  CHN: okabeIto.vermillion,
  VNM: okabeIto.bluishGreen,
  FRA: okabeIto.blue,
  MYS: okabeIto.reddishPurple,
  KOR: okabeIto.skyBlue,
  EST: okabeIto.orange,
  USA: neutral.dark,
  MMR: okabeIto.orange,
};

export const chartInk = {
  text: "#1b2330",
  muted: "#4b5563",
  grid: "#e3e7ed",
  axis: "#9aa3af",
  background: "#ffffff",
} as const;

/** Partners without a colour of their own, by their order in a breakdown (China's vermillion left out). */
export const partnerFallbackColors = [okabeIto.blue, okabeIto.bluishGreen, okabeIto.reddishPurple, okabeIto.skyBlue, okabeIto.orange] as const;

export function partnerColor(partner: string, index: number): string {
  return partnerColors[partner] ?? partnerFallbackColors[index % partnerFallbackColors.length];
}

/** A change in a share: a fall is drawn blue, a rise vermillion (the colour of China's series). */
export const deltaColors = { fell: okabeIto.blue, rose: okabeIto.vermillion } as const;

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text: the numbers on discs and badges are small, so they need 4.5:1. */
const TEXT_CONTRAST = 4.5;

/**
 * The colour of a label drawn on `fill` (a numbered event disc or badge): white where it reaches 4.5:1,
 * else the chart's ink, else black (vermillion reaches 4.5:1 with neither white nor ink: 3.9 and 4.1).
 */
export function textOn(fill: string): string {
  for (const ink of [chartInk.background, chartInk.text]) if (contrastRatio(fill, ink) >= TEXT_CONTRAST) return ink;
  return "#000000";
}

// Okabe–Ito yellow is unreadable as text on white paper; printed text takes a darker olive.
const YELLOW_ON_PAPER = "#8a7d00";

export function categoryColor(category: string): string {
  return (categoryColors as Record<string, string>)[category] ?? categoryColors.other;
}

/** A category's colour for text on white (the printed briefing's event numbers). */
export function categoryTextColor(category: string): string {
  const color = categoryColor(category);
  return color === okabeIto.yellow ? YELLOW_ON_PAPER : color;
}

export const projectTypeColors: Record<string, string> = {
  mining: okabeIto.orange,
  refining: okabeIto.blue,
  magnet_manufacturing: okabeIto.vermillion,
  recycling: okabeIto.bluishGreen,
  deep_sea: okabeIto.skyBlue,
  offtake: okabeIto.reddishPurple,
  stockpile: neutral.mid,
  agreement: okabeIto.yellow,
  substitution_rnd: okabeIto.black,
};

export const projectStatusColors: Record<string, string> = {
  operating: okabeIto.bluishGreen,
  construction: okabeIto.blue,
  development: okabeIto.skyBlue,
  testing: okabeIto.orange,
  planned: okabeIto.yellow,
  stalled: okabeIto.reddishPurple,
  cancelled: okabeIto.vermillion,
  unknown: neutral.light,
};

/**
 * An event study change by what is known of its direction: a fall blue, a rise vermillion, no
 * change ink; a change known only as a bound either way (direction undetermined) a neutral grey,
 * never the colour of a rise; no value muted.
 */
export function directionColor(direction: "up" | "down" | "none" | "undetermined" | null): string {
  if (direction === "up") return deltaColors.rose;
  if (direction === "down") return deltaColors.fell;
  if (direction === "none") return chartInk.text;
  if (direction === "undetermined") return neutral.mid;
  return chartInk.muted;
}

/** The peers card: Japan's bar stands out in blue, its peers' bars are grey. */
export const peerColors = { japan: okabeIto.blue, peer: neutral.mid } as const;
