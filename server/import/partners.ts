import "server-only";
// Partner codes → ISO 3166 alpha-3. A partner that is not a country (areas n.e.s., bunkers, free
// zones, "For Order", unknown) is "unallocated": it stays in the total, never becomes a supplier.

export type PartnerRef =
  | { kind: "world" }
  | { kind: "country"; iso3: string }
  | { kind: "unallocated"; label: string };

export const WORLD: PartnerRef = { kind: "world" };

// ISO 3166-1 numeric + alpha-3, from lukes/ISO-3166-Countries-with-Regional-Codes slim-3.csv.
const ISO_NUMERIC = `004AFG 008ALB 010ATA 012DZA 016ASM 020AND 024AGO 028ATG 031AZE 032ARG 036AUS 040AUT 044BHS 048BHR
050BGD 051ARM 052BRB 056BEL 060BMU 064BTN 068BOL 070BIH 072BWA 074BVT 076BRA 084BLZ 086IOT 090SLB
092VGB 096BRN 100BGR 104MMR 108BDI 112BLR 116KHM 120CMR 124CAN 132CPV 136CYM 140CAF 144LKA 148TCD
152CHL 156CHN 158TWN 162CXR 166CCK 170COL 174COM 175MYT 178COG 180COD 184COK 188CRI 191HRV 192CUB
196CYP 203CZE 204BEN 208DNK 212DMA 214DOM 218ECU 222SLV 226GNQ 231ETH 232ERI 233EST 234FRO 238FLK
239SGS 242FJI 246FIN 248ALA 250FRA 254GUF 258PYF 260ATF 262DJI 266GAB 268GEO 270GMB 275PSE 276DEU
288GHA 292GIB 296KIR 300GRC 304GRL 308GRD 312GLP 316GUM 320GTM 324GIN 328GUY 332HTI 334HMD 336VAT
340HND 344HKG 348HUN 352ISL 356IND 360IDN 364IRN 368IRQ 372IRL 376ISR 380ITA 384CIV 388JAM 392JPN
398KAZ 400JOR 404KEN 408PRK 410KOR 414KWT 417KGZ 418LAO 422LBN 426LSO 428LVA 430LBR 434LBY 438LIE
440LTU 442LUX 446MAC 450MDG 454MWI 458MYS 462MDV 466MLI 470MLT 474MTQ 478MRT 480MUS 484MEX 492MCO
496MNG 498MDA 499MNE 500MSR 504MAR 508MOZ 512OMN 516NAM 520NRU 524NPL 528NLD 531CUW 533ABW 534SXM
535BES 540NCL 548VUT 554NZL 558NIC 562NER 566NGA 570NIU 574NFK 578NOR 580MNP 581UMI 583FSM 584MHL
585PLW 586PAK 591PAN 598PNG 600PRY 604PER 608PHL 612PCN 616POL 620PRT 624GNB 626TLS 630PRI 634QAT
638REU 642ROU 643RUS 646RWA 652BLM 654SHN 659KNA 660AIA 662LCA 663MAF 666SPM 670VCT 674SMR 678STP
682SAU 686SEN 688SRB 690SYC 694SLE 702SGP 703SVK 704VNM 705SVN 706SOM 710ZAF 716ZWE 724ESP 728SSD
729SDN 732ESH 740SUR 744SJM 748SWZ 752SWE 756CHE 760SYR 762TJK 764THA 768TGO 772TKL 776TON 780TTO
784ARE 788TUN 792TUR 795TKM 796TCA 798TUV 800UGA 804UKR 807MKD 818EGY 826GBR 831GGY 832JEY 833IMN
834TZA 840USA 850VIR 854BFA 858URY 860UZB 862VEN 876WLF 882WSM 887YEM 894ZMB`;

// Comtrade numbers a few countries differently from ISO (TRADE_FORMATS §7.10 and the Comtrade
// partner list: France 251, Italy 381, Norway 579, India 699, Switzerland 757, USA 842).
// 490 "Other Asia, nes" is in practice Taiwan but is not a country code: it stays unallocated.
const COMTRADE_EXCEPTIONS = "251FRA 381ITA 579NOR 699IND 757CHE 842USA";

function table(compact: string): Map<number, string> {
  return new Map(compact.split(/\s+/).filter(Boolean).map((e) => [Number(e.slice(0, 3)), e.slice(3)]));
}

const COMTRADE_CODES = new Map([...table(ISO_NUMERIC), ...table(COMTRADE_EXCEPTIONS)]);
const ISO3 = new Set(table(ISO_NUMERIC).values());

export const isIso3 = (code: string) => ISO3.has(code);

/** A Comtrade partner: code 0 is the World; the ISO column is trusted when it is a country code. */
export function comtradePartner(code: number, iso: string | null, label: string): PartnerRef {
  if (code === 0) return WORLD;
  const fromIso = iso?.trim().toUpperCase();
  if (fromIso && ISO3.has(fromIso)) return { kind: "country", iso3: fromIso };
  const fromCode = COMTRADE_CODES.get(code);
  return fromCode ? { kind: "country", iso3: fromCode } : { kind: "unallocated", label: `${code} ${label}`.trim() };
}

// Japan Customs 3-digit country codes (liapunov/JapanTrade src/japantrade/Countries.csv) → ISO.
// Outlying parts of a state map to the state (Azores, Canary Islands, Ceuta and Melilla). Left
// unallocated: groups and areas without one ISO code (Netherlands Antilles 326, French West
// Indies 327, British Antarctic Territory 415, Other Australian Territories 605, American Oceania
// 622), Kosovo 248 (no ISO code) and the special areas 701 For Order, 702 Unknown, 703 bonded areas.
const MOF_CODES = `103KOR 104PRK 105CHN 106TWN 107MNG 108HKG 110VNM 111THA 112SGP 113MYS 116BRN 117PHL 118IDN
120KHM 121LAO 122MMR 123IND 124PAK 125LKA 126MDV 127BGD 128TLS 129MAC 130AFG 131NPL 132BTN 133IRN
134IRQ 135BHR 137SAU 138KWT 140QAT 141OMN 143ISR 144JOR 145SYR 146LBN 147ARE 149YEM 150AZE 151ARM
152UZB 153KAZ 154KGZ 155TJK 156TKM 157GEO 158PSE 201ISL 202NOR 203SWE 204DNK 205GBR 206IRL 207NLD
208BEL 209LUX 210FRA 211MCO 212AND 213DEU 215CHE 216PRT 217PRT 218ESP 219GIB 220ITA 221MLT 222FIN
223POL 224RUS 225AUT 227HUN 228SRB 229ALB 230GRC 231ROU 232BGR 233CYP 234TUR 235EST 236LVA 237LTU
238UKR 239BLR 240MDA 241HRV 242SVN 243BIH 244MKD 245CZE 246SVK 247MNE 249FRO 250VAT 301GRL 302CAN
303SPM 304USA 305MEX 306GTM 307HND 308BLZ 309SLV 310NIC 311CRI 312PAN 314BMU 315BHS 316JAM 317TCA
319BRB 320TTO 321CUB 322HTI 323DOM 324PRI 325VIR 328CYM 329GRD 330LCA 331ATG 332VGB 333DMA 334MSR
335KNA 336VCT 337AIA 338BLM 401COL 402VEN 403GUY 404SUR 405GUF 406ECU 407PER 408BOL 409CHL 410BRA
411PRY 412URY 413ARG 414FLK 501MAR 502ESP 503DZA 504TUN 505LBY 506EGY 507SDN 508ESH 509MRT 510SEN
511GMB 512GNB 513GIN 514SLE 515LBR 516CIV 517GHA 518TGO 519BEN 520MLI 521BFA 522CPV 523ESP 524NGA
525NER 526RWA 527CMR 528TCD 529CAF 530GNQ 531GAB 532COG 533COD 534BDI 535AGO 536STP 537SHN 538ETH
539DJI 540SOM 541KEN 542UGA 543TZA 544SYC 545MOZ 546MDG 547MUS 548REU 549ZWE 550NAM 551ZAF 552LSO
553MWI 554ZMB 555BWA 556SWZ 557IOT 558COM 559ERI 560SSD 601AUS 602PNG 606NZL 607COK 608TKL 609NIU
610WSM 611VUT 612FJI 613SLB 614TON 615KIR 616PCN 617NRU 618NCL 619PYF 620GUM 621ASM 624TUV 625MHL
626FSM 627MNP 628PLW`;

const MOF = table(MOF_CODES);

// Names for files that carry names instead of codes: the customs files' English spelling and the
// Japanese names of the main suppliers. Any other name counts in the total as unallocated.
const MOF_NAMES = new Map<string, string>(
  Object.entries({
    "people's republic of china": "CHN",
    china: "CHN",
    "republic of korea": "KOR",
    taiwan: "TWN",
    "hong kong": "HKG",
    "viet nam": "VNM",
    vietnam: "VNM",
    thailand: "THA",
    malaysia: "MYS",
    myanmar: "MMR",
    india: "IND",
    "united states of america": "USA",
    usa: "USA",
    france: "FRA",
    germany: "DEU",
    "united kingdom": "GBR",
    estonia: "EST",
    russia: "RUS",
    australia: "AUS",
    canada: "CAN",
    brazil: "BRA",
    philippines: "PHL",
    indonesia: "IDN",
    singapore: "SGP",
    laos: "LAO",
    mongolia: "MNG",
    kazakhstan: "KAZ",
    "south africa": "ZAF",
    中華人民共和国: "CHN",
    中国: "CHN",
    大韓民国: "KOR",
    韓国: "KOR",
    台湾: "TWN",
    香港: "HKG",
    ベトナム: "VNM",
    タイ: "THA",
    マレーシア: "MYS",
    ミャンマー: "MMR",
    ラオス: "LAO",
    インド: "IND",
    インドネシア: "IDN",
    フィリピン: "PHL",
    シンガポール: "SGP",
    モンゴル: "MNG",
    カザフスタン: "KAZ",
    ロシア: "RUS",
    エストニア: "EST",
    フランス: "FRA",
    ドイツ: "DEU",
    英国: "GBR",
    アメリカ合衆国: "USA",
    米国: "USA",
    カナダ: "CAN",
    ブラジル: "BRA",
    オーストラリア: "AUS",
    南アフリカ共和国: "ZAF",
  }),
);

const MOF_TOTAL = /^(0{1,3}|world|total|合計|総額|世界)$/i;

/** True for a row that states a total: the total is recomputed from the countries, so it is dropped. */
export const isMofTotal = (country: string) => country.trim() === "" || MOF_TOTAL.test(country.trim());

export function mofPartner(country: string): PartnerRef {
  const value = country.trim();
  if (/^\d{3}$/.test(value)) {
    const iso3 = MOF.get(Number(value));
    return iso3 ? { kind: "country", iso3 } : { kind: "unallocated", label: value };
  }
  const iso3 = MOF_NAMES.get(value.toLowerCase());
  return iso3 ? { kind: "country", iso3 } : { kind: "unallocated", label: value };
}
