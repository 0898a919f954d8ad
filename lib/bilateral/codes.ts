// The HS6 codes of the official bilateral extracts (research/real/bilateral/SOURCE.md) and the
// material each one feeds. One home: the derivation script, the BACI importer and the labels all
// read this table. A material fed by one code of a wider family says so (see `scopeNote`).

/** The importer everything is about unless it says otherwise, the partner the product measures, and the world total. */
export const JAPAN = "JPN";
export const CHINA = "CHN";
export const WORLD = "WLD";

export type BilateralCode = {
  hs: string;
  material: string;
  /** The list in BACI's flows_<year>.json that holds this code (the files name materials, not codes). */
  flowsKey: string | null;
};

export const BILATERAL_CODES: readonly BilateralCode[] = [
  { hs: "850511", material: "permanent-magnets", flowsKey: "magnets" },
  { hs: "250490", material: "graphite", flowsKey: "graphite" },
  { hs: "811010", material: "antimony", flowsKey: "antimony" },
  // gallium, germanium and (mislabelled upstream) hafnium in the flows files are all this one code.
  { hs: "811292", material: "minor-metals", flowsKey: "gallium" },
  { hs: "810194", material: "tungsten", flowsKey: "tungsten" },
  { hs: "283691", material: "lithium-carbonate", flowsKey: "lithium" },
  { hs: "282200", material: "cobalt-oxides", flowsKey: "cobalt" },
  { hs: "750210", material: "nickel", flowsKey: "nickel" },
  { hs: "810411", material: "magnesium", flowsKey: "magnesium" },
  { hs: "260200", material: "manganese-ore", flowsKey: "manganese" },
  { hs: "810820", material: "titanium", flowsKey: "titanium" },
  { hs: "280469", material: "silicon", flowsKey: "silicon" },
  { hs: "252922", material: "fluorspar", flowsKey: "fluorspar" },
  { hs: "720292", material: "vanadium", flowsKey: "vanadium" },
  { hs: "720293", material: "niobium", flowsKey: "niobium" },
  { hs: "810320", material: "tantalum", flowsKey: "tantalum" },
  { hs: "711011", material: "platinum", flowsKey: "platinum" },
  { hs: "711021", material: "palladium", flowsKey: "palladium" },
  { hs: "251010", material: "phosphate-rock", flowsKey: "phosphate" },
  { hs: "251110", material: "baryte", flowsKey: "baryte" },
  { hs: "252800", material: "borates", flowsKey: "boron" },
  { hs: "252910", material: "feldspar", flowsKey: "feldspar" },
  { hs: "260600", material: "bauxite", flowsKey: "bauxite" },
  { hs: "270112", material: "coking-coal", flowsKey: "cokingcoal" },
  { hs: "280429", material: "rare-gases", flowsKey: "helium" },
  { hs: "280470", material: "phosphorus", flowsKey: "phosphorus" },
  { hs: "280480", material: "arsenic", flowsKey: "arsenic" },
  { hs: "283692", material: "strontium-carbonate", flowsKey: "strontium" },
  { hs: "740311", material: "copper-cathodes", flowsKey: "copper" },
  { hs: "811212", material: "beryllium", flowsKey: "beryllium" },
  // Not in the BACI extracts; Comtrade only.
  { hs: "811231", material: "hafnium", flowsKey: null },
];

/** China's monthly exports (mirror) in the extract: the codes and the material each feeds. */
export const MONTHLY_MIRROR_CODES: readonly { hs: string; material: string }[] = [
  { hs: "250410", material: "graphite" },
  { hs: "380110", material: "graphite" },
  { hs: "811292", material: "minor-metals" },
];

/** Materials whose annual headline is an existing series for the whole material: a one-code BACI share is drawn beside it, not as it. */
export const HEADLINE_KEPT: ReadonlySet<string> = new Set(["graphite", "rare-earths"]);

const byHs = new Map(BILATERAL_CODES.map((c) => [c.hs, c]));
export function materialForCode(hs: string): string | null {
  return byHs.get(hs)?.material ?? MONTHLY_MIRROR_CODES.find((c) => c.hs === hs)?.material ?? null;
}
export function isBilateralCode(hs: string): boolean {
  return byHs.has(hs);
}

/**
 * Countries as the files write them → ISO alpha-3 as the product stores them. BACI writes Taiwan
 * as "Other Asia, n.e.s." (S19; TW in the flows files). The product stores it under XOA, a code
 * from ISO 3166's user-assigned range that can never be a real country, and labels it "Other
 * Asia, n.e.s.", as BACI does: it is not named as a country it is not.
 */
export const OTHER_ASIA = "XOA";
export const BACI_SPECIAL: Readonly<Record<string, string>> = { S19: OTHER_ASIA, TW: OTHER_ASIA };

/** The importers the peers card shows by default, beside Japan. */
export const DEFAULT_PEERS = ["USA", "KOR", "DEU", "FRA", "GBR", "IND", "AUS"] as const;
/** The years the complete BACI extracts cover (peers, all partners, totals). */
export const PEER_YEARS = [2022, 2024] as const;

/** A monthly mirror series as a material's overview draws it. */
export type MonthlySeriesDef = { hs: string; label: string };

const MONTHLY_LABELS: Readonly<Record<string, string>> = {
  "250410": "Natural graphite, powder or flakes (HS 250410)",
  "380110": "Artificial graphite (HS 380110)",
  "811292": "Gallium, germanium, indium … group (HS 811292)",
};
/** Said wherever the 811292 series stands for a single metal of the group. */
export const MINOR_METALS_GROUP_NOTE = "the whole HS 811292 group (gallium, germanium, indium, niobium, rhenium, vanadium), not one metal alone";

/**
 * The monthly series each material's overview shows. Gallium and germanium have no code of their
 * own: they show the 811292 group, labelled as the group.
 */
const MONTHLY_SERIES_BY_MATERIAL: Readonly<Record<string, readonly string[]>> = {
  graphite: ["250410", "380110"],
  "minor-metals": ["811292"],
  gallium: ["811292"],
  germanium: ["811292"],
};

export function monthlySeriesFor(material: string): MonthlySeriesDef[] {
  return (MONTHLY_SERIES_BY_MATERIAL[material] ?? []).map((hs) => ({ hs, label: MONTHLY_LABELS[hs] ?? `HS ${hs}` }));
}

/**
 * The materials whose events belong on a monthly chart of these codes: the materials the codes
 * feed, and for 811292 the metals of the group that incidents name (gallium, germanium).
 */
export function monthlyEventMaterials(codes: readonly string[]): string[] {
  const mats = new Set<string>();
  for (const hs of codes) {
    const material = materialForCode(hs);
    if (material) mats.add(material);
    if (hs === "811292") for (const m of ["gallium", "germanium"]) mats.add(m);
  }
  return [...mats].sort();
}

/**
 * What each HS6 code holds, in words (SOURCE.md's table, and the other codes materials list), so a
 * series from one code names its scope: "HS 250490 only (natural graphite, other than powder or
 * flakes)". A map beside BILATERAL_CODES rather than a field of it, so the codes of materials
 * outside the extracts (graphite's 250410 and 380110, the rare earths') are worded too.
 */
export const HS_CODE_LABELS: Readonly<Record<string, string>> = {
  "250410": "natural graphite in powder or flakes",
  "250490": "natural graphite, other than powder or flakes",
  "380110": "artificial graphite",
  "251010": "natural calcium phosphates, unground",
  "251110": "natural barium sulphate (baryte)",
  "252800": "natural borates",
  "252910": "feldspar",
  "252922": "fluorspar, > 97% CaF2",
  "260200": "manganese ores",
  "260600": "aluminium ores (bauxite)",
  "270112": "bituminous (coking) coal",
  "280429": "rare gases other than argon (helium …)",
  "280469": "silicon, < 99.99%",
  "280470": "phosphorus",
  "280480": "arsenic",
  "280530": "rare-earth metals, scandium and yttrium",
  "282200": "cobalt oxides and hydroxides",
  "282580": "antimony oxides",
  "283691": "lithium carbonates",
  "283692": "strontium carbonate",
  "284610": "cerium compounds",
  "284690": "other rare-earth compounds",
  "711011": "platinum, unwrought",
  "711021": "palladium, unwrought",
  "720292": "ferro-vanadium",
  "720293": "ferro-niobium",
  "740311": "refined copper cathodes",
  "750210": "nickel, not alloyed, unwrought",
  "810194": "tungsten, unwrought",
  "810320": "tantalum, unwrought",
  "810411": "magnesium, unwrought, ≥ 99.8%",
  "810820": "titanium, unwrought; powders",
  "811010": "antimony, unwrought",
  "811020": "antimony waste and scrap",
  "811212": "beryllium, unwrought",
  "811231": "hafnium, unwrought",
  "811292": "gallium, germanium, indium, niobium, rhenium, vanadium: unwrought; powders",
  "850511": "permanent magnets of metal",
};

/** The same codes' contents in Japanese (the customs tariff's wording, shortened as above). */
export const HS_CODE_LABELS_JA: Readonly<Record<string, string>> = {
  "250410": "天然黒鉛（粉状・フレーク状）",
  "250490": "天然黒鉛（粉状・フレーク状以外）",
  "380110": "人造黒鉛",
  "251010": "天然りん酸カルシウム（粉砕していないもの）",
  "251110": "天然硫酸バリウム（重晶石）",
  "252800": "天然ほう酸塩",
  "252910": "長石",
  "252922": "蛍石（CaF2 97%超）",
  "260200": "マンガン鉱",
  "260600": "アルミニウム鉱（ボーキサイト）",
  "270112": "瀝青炭（原料炭）",
  "280429": "希ガス（アルゴンを除く。ヘリウムなど）",
  "280469": "ケイ素（純度99.99%未満）",
  "280470": "りん",
  "280480": "ひ素",
  "280530": "希土類金属、スカンジウム及びイットリウム",
  "282200": "酸化コバルト及び水酸化コバルト",
  "282580": "酸化アンチモン",
  "283691": "炭酸リチウム",
  "283692": "炭酸ストロンチウム",
  "284610": "セリウム化合物",
  "284690": "その他の希土類化合物",
  "711011": "白金（未加工）",
  "711021": "パラジウム（未加工）",
  "720292": "フェロバナジウム",
  "720293": "フェロニオブ",
  "740311": "精製銅（カソード）",
  "750210": "ニッケル（合金にしていないもの、未加工）",
  "810194": "タングステン（未加工）",
  "810320": "タンタル（未加工）",
  "810411": "マグネシウム（未加工、純度99.8%以上）",
  "810820": "チタン（未加工、粉）",
  "811010": "アンチモン（未加工）",
  "811020": "アンチモンのくず",
  "811212": "ベリリウム（未加工）",
  "811231": "ハフニウム（未加工）",
  "811292": "ガリウム・ゲルマニウム・インジウム・ニオブ・レニウム・バナジウム（未加工、粉）",
  "850511": "金属製の永久磁石",
};
