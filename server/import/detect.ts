import "server-only";
// Layouts are recognised from the header alone, case-insensitively, by their exact set of
// columns (TRADE_FORMATS §1, §2, §3.1). Anything else is refused loudly rather than guessed.
import { clip } from "@/lib/imports";
import { headerKey } from "./table";
import { listed } from "./text";

export interface Layout {
  id: string;
  columns: string[];
}

const split = (header: string, sep = ",") => header.split(sep);

export const COMTRADE_LAYOUTS: Layout[] = [
  {
    id: "comtrade-plus-csv-47",
    columns: split(
      "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate",
    ),
  },
  {
    id: "comtrade-plus-bulk-34",
    columns: split(
      "datasetCode,typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,flowCode,partnerCode,partner2Code,classificationSearchCode,classificationCode,isOriginalClassification,cmdCode,customsCode,mosCode,motCode,qtyUnitCode,qty,isQtyEstimated,altQtyUnitCode,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,CIFValue,FOBValue,primaryValue,legacyEstimationFlag,isReported,isAggregate",
    ),
  },
  {
    id: "comtrade-legacy-22",
    columns: split(
      "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag",
    ),
  },
  {
    id: "comtrade-legacy-35",
    columns: split(
      "Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,2nd Partner Code,2nd Partner,2nd Partner ISO,Customs Proc. Code,Customs,Mode of Transport Code,Mode of Transport,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Alt Qty Unit Code,Alt Qty Unit,Alt Qty,Netweight (kg),Gross weight (kg),Trade Value (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag",
    ),
  },
];

export const MOF_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MOF_LEAD = ["Exp or Imp", "Year", "HS", "Country", "Unit1", "Unit2"];
const triple = (p: string) => [`Quantity1-${p}`, `Quantity2-${p}`, `Value-${p}`];
const MOF_MONTHLY = MOF_MONTHS.flatMap(triple);

export const MOF_LAYOUTS: Layout[] = [
  { id: "mof-csv", columns: [...MOF_LEAD, ...triple("Year"), ...MOF_MONTHLY] },
  { id: "mof-csv-customs", columns: ["Exp or Imp", "Year", "Custom", ...MOF_LEAD.slice(2), ...triple("Year"), ...MOF_MONTHLY] },
  { id: "mof-csv-year", columns: [...MOF_LEAD, ...triple("Year")] },
];

/** Header key for matching; Japan Customs files sometimes spell April "Apl". */
export const layoutKey = (h: string) => headerKey(h).replace(/-apl$/, "-apr");

export type Detection = { layout: Layout } | { error: string };

/** The first column (as written where it first appears) that the header repeats, or null; one pass. */
export function duplicateColumn(header: string[]): string | null {
  const seen = new Map<string, string>();
  for (const h of header) {
    const k = layoutKey(h);
    const first = seen.get(k);
    if (first !== undefined) return first;
    seen.set(k, h);
  }
  return null;
}

interface Fit {
  layout: Layout;
  missing: string[];
  unexpected: string[];
}

/** How each layout fits the header: its columns the header lacks, the header's columns it lacks. */
export function fitLayouts(header: string[], layouts: Layout[]): Fit[] {
  const keys = new Set(header.map(layoutKey));
  return layouts.map((layout) => {
    const expected = new Set(layout.columns.map(layoutKey));
    return {
      layout,
      missing: layout.columns.filter((c) => !keys.has(layoutKey(c))),
      unexpected: header.filter((h) => !expected.has(layoutKey(h))),
    };
  });
}

export function detectLayout(header: string[], layouts: Layout[], what: string): Detection {
  const duplicate = duplicateColumn(header);
  if (duplicate !== null) return { error: `Column "${clip(duplicate)}" appears twice in the header.` };
  const scored = fitLayouts(header, layouts);
  const exact = scored.find((s) => !s.missing.length && !s.unexpected.length);
  if (exact) return { layout: exact.layout };
  const closest = [...scored].sort((a, b) => a.missing.length + a.unexpected.length - (b.missing.length + b.unexpected.length))[0];
  const parts = [
    closest.missing.length ? `missing ${listed(closest.missing)}` : "",
    closest.unexpected.length ? `unexpected ${listed(closest.unexpected.map((h) => clip(h)))}` : "",
  ].filter(Boolean);
  return {
    error: `Unknown layout: the header (${header.length} columns) is not a ${what} layout (${layouts.map((l) => l.id).join(", ")}). Closest: ${closest.layout.id}, ${parts.join("; ")}.`,
  };
}
