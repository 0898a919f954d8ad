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

export const categoryColors = {
  export_control: okabeIto.vermillion,
  trade_retaliation: okabeIto.orange,
  diplomatic: okabeIto.blue,
  military: okabeIto.black,
  legal: okabeIto.reddishPurple,
  agreement: okabeIto.bluishGreen,
  de_escalation: okabeIto.skyBlue,
  other: "#8C8C8C",
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
  USA: "#5a5a5a",
  MMR: okabeIto.orange,
};

export const chartInk = {
  text: "#1b2330",
  muted: "#4b5563",
  grid: "#e3e7ed",
  axis: "#9aa3af",
  background: "#ffffff",
} as const;

export function categoryColor(category: string): string {
  return (categoryColors as Record<string, string>)[category] ?? categoryColors.other;
}


export const projectTypeColors: Record<string, string> = {
  mining: okabeIto.orange,
  refining: okabeIto.blue,
  magnet_manufacturing: okabeIto.vermillion,
  recycling: okabeIto.bluishGreen,
  deep_sea: okabeIto.skyBlue,
  offtake: okabeIto.reddishPurple,
  stockpile: "#8C8C8C",
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
  unknown: "#c5ccd6",
};
