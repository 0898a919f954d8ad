// The datasets the official series cite (research/real/bilateral/SOURCE.md, "How to cite"), and
// the seed file's columns. Ids 201–207 are reserved for them; the derived rows start at 100001.

export const OFFICIAL_SOURCE_IDS = {
  baciHs02: 201,
  baciHs17: 202,
  comtradeJapan2022: 203,
  comtradeJapan2024: 204,
  comtradeChina2022: 205,
  comtradeChina2024: 206,
  chinaMonthly: 207,
} as const;

export const OFFICIAL_ROW_ID_BASE = 100000;

const BACI_URL = "https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37";
const COMTRADE_URL = "https://comtradeplus.un.org/";
const ATLAS = "extract: Varcolacus/critical-materials-atlas";

export const OFFICIAL_SOURCES = [
  {
    id: 201,
    title: "CEPII BACI (HS02, V202601), reconciled from UN Comtrade",
    publisher: "CEPII",
    published: "2026-01",
    url: BACI_URL,
    kind: "dataset",
    locator: `2002–2016; ${ATLAS} @1779d71 magnet-chain/out/magnet_trade.json and @17b328d out/flows_<year>.json (top-6 flows). Etalab Open Licence 2.0`,
  },
  {
    id: 202,
    title: "CEPII BACI (HS17, V202601), reconciled from UN Comtrade",
    publisher: "CEPII",
    published: "2026-01",
    url: BACI_URL,
    kind: "dataset",
    locator: `2017–2024; ${ATLAS} @17b328d reconcile/fixtures/reconcile/baci_{2022,2024}.csv (complete) and out/flows_<year>.json; @1779d71 magnet-chain/out/magnet_trade.json. Etalab Open Licence 2.0`,
  },
  { id: 203, title: "UN Comtrade, reporter Japan, annual 2022", publisher: "United Nations Statistics Division", published: "2022", url: COMTRADE_URL, kind: "official_statistics", locator: `imports (M), HS6; ${ATLAS} @17b328d reconcile/fixtures/raw/comtrade/comtrade_2022.csv.gz` },
  { id: 204, title: "UN Comtrade, reporter Japan, annual 2024", publisher: "United Nations Statistics Division", published: "2024", url: COMTRADE_URL, kind: "official_statistics", locator: `imports (M), HS6; ${ATLAS} @17b328d reconcile/fixtures/raw/comtrade/comtrade_2024.csv.gz` },
  { id: 205, title: "UN Comtrade, reporter China (mirror), annual 2022", publisher: "United Nations Statistics Division", published: "2022", url: COMTRADE_URL, kind: "official_statistics", locator: `China's exports (X) to Japan, HS6; ${ATLAS} @17b328d reconcile/fixtures/raw/comtrade/comtrade_2022.csv.gz` },
  { id: 206, title: "UN Comtrade, reporter China (mirror), annual 2024", publisher: "United Nations Statistics Division", published: "2024", url: COMTRADE_URL, kind: "official_statistics", locator: `China's exports (X) to Japan, HS6; ${ATLAS} @17b328d reconcile/fixtures/raw/comtrade/comtrade_2024.csv.gz` },
  {
    id: 207,
    title: "UN Comtrade, reporter China (mirror), monthly exports 2017–2024",
    publisher: "United Nations Statistics Division",
    published: "2024",
    url: COMTRADE_URL,
    kind: "official_statistics",
    locator: "China's monthly exports to Japan, HS 250410, 380110, 811292; extract: qennis/ChinaCriticalMineralComtrade @44040f4 data_output/tables/deep_dive_hs6_monthly.csv",
  },
];

export const officialColumns = [
  "id", "year", "month", "period", "half", "material", "importer", "partner", "hs_code", "share_pct", "low_pct", "high_pct", "bound",
  "volume_tonnes", "value_usd", "basis", "estimate", "derived", "mirror", "headline", "source_id", "note",
] as const;
