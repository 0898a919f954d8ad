// Country names for importer codes. The store writes countries as ISO 3166 alpha-3 (BACI's own
// codes); Intl.DisplayNames names regions by alpha-2 only, so this holds alpha-3 → alpha-2 for every
// importer in the bilateral seed (from CEPII's country_codes_V202601.csv, research/real/bilateral;
// Namibia's "NA" restored where the file has it blank). Taiwan is stored as BACI's "Other Asia,
// n.e.s." (XOA) and named exactly that: never as a country it is not.

import type { Locale } from "../i18n/routing";
import { OTHER_ASIA } from "./codes";

export const OTHER_ASIA_NAME = "Other Asia, n.e.s.";

// Packed as alpha-3 + alpha-2 ("ABWAW" = ABW → AW), one entry per importer and partner code in the
// seed (China and Taiwan are partners only).
const PACKED =
  "CHNCN TWNTW ABWAW AFGAF AGOAO AIAAI ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATGAG AUSAU AUTAT AZEAZ BDIBI BELBE " +
  "BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN " +
  "BTNBT BWABW CAFCF CANCA CHECH CHLCL CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU " +
  "CUWCW CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESPES ESTEE ETHET " +
  "FINFI FJIFJ FRAFR GABGA GBRGB GEOGE GHAGH GIBGI GINGN GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT " +
  "GUMGU GUYGY HKGHK HNDHN HRVHR HTIHT HUNHU IDNID INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT " +
  "JAMJM JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY LCALC " +
  "LKALK LSOLS LTULT LUXLU LVALV MACMO MARMA MDAMD MDGMG MDVMV MEXMX MHLMH MKDMK MLIML MLTMT MMRMM " +
  "MNEME MNGMN MOZMZ MRTMR MSRMS MUSMU MWIMW MYSMY NAMNA NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL " +
  "NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PERPE PHLPH PLWPW PNGPG POLPL PRKKP PRTPT PRYPY PSEPS " +
  "PYFPF QATQA ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SHNSH SLBSB SLESL SLVSV SMRSM SOMSO SPMPM " +
  "SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ " +
  "TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TZATZ UGAUG UKRUA URYUY USAUS UZBUZ VCTVC VENVE VGBVG " +
  "VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW ";

const ALPHA2: ReadonlyMap<string, string> = new Map(
  PACKED.split(" ")
    .filter(Boolean)
    .map((e) => [e.slice(0, 3), e.slice(3)]),
);

/** The ISO alpha-2 code of an alpha-3 code in the seed; null for XOA, WLD and unknown codes. */
export function alpha2(alpha3: string): string | null {
  return ALPHA2.get(alpha3) ?? null;
}

/**
 * Names where Node's and the browsers' ICU data disagree (their CLDR versions differ), which would
 * break hydration; and Myanmar without "(Burma)". One fixed name each, in each language.
 */
const FIXED: Record<string, Record<Locale, string>> = {
  HK: { en: "Hong Kong", ja: "香港" },
  MO: { en: "Macao", ja: "マカオ" },
  PS: { en: "Palestine", ja: "パレスチナ" },
  MM: { en: "Myanmar", ja: "ミャンマー" },
};

/** Names of what is not a country: BACI's "Other Asia, n.e.s." (Taiwan as BACI files it) and the world total. */
const NOT_COUNTRIES: Record<string, Record<Locale, string>> = {
  [OTHER_ASIA]: { en: OTHER_ASIA_NAME, ja: "その他アジア（他に分類されないもの）" },
  WLD: { en: "World", ja: "世界" },
};

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** "KOR" → "South Korea" / "韓国", "XOA" → "Other Asia, n.e.s."; a code Intl cannot name stays the code. */
export function countryName(alpha3: string, locale: Locale = "en"): string {
  const special = NOT_COUNTRIES[alpha3];
  if (special) return special[locale];
  const a2 = alpha2(alpha3);
  if (!a2) return alpha3;
  const fixed = FIXED[a2];
  if (fixed) return fixed[locale];
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames(locale, { type: "region", fallback: "code" })));
  return names.of(a2) ?? alpha3;
}
