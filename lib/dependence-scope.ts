// What an official series covers, said on screen: a share or value derived from one HS code of a
// material listed under several is not the whole material (250490 is not all of graphite). Pure.

import { HS_CODE_LABELS } from "./bilateral/codes";
import type { DependenceView } from "./enums";
import type { DependenceResponse } from "./types";

const codeText = (hs: string) => `HS ${hs}${HS_CODE_LABELS[hs] ? ` (${HS_CODE_LABELS[hs]})` : ""}`;

/** "Graphite" → "graphite's"; names that start with an acronym or a capitalised word pair keep their case. */
const possessive = (name: string) => `${/^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name}'s`;

/**
 * The scope of the drawn rows that name an HS code, or null when none does:
 * "Official series: HS 250490 only (natural graphite, other than powder or flakes), 1 of graphite's 3 codes."
 * when the material lists more codes than the rows use; "Official series: HS 850511 (permanent
 * magnets of metal)." when the rows use every code the material lists.
 */
export function hsScopeNote(material: { materialName: string; materialHsCodes: string[] }, drawnCodes: (string | null)[]): string | null {
  const codes = [...new Set(drawnCodes.filter((c): c is string => !!c))].sort();
  if (!codes.length) return null;
  const listed = material.materialHsCodes;
  const partial = listed.length > codes.length || codes.some((c) => !listed.includes(c));
  const named = codes.map(codeText);
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0];
  if (!partial) return `Official series: ${list}.`;
  const only = codes.length === 1 ? `HS ${codes[0]} only${HS_CODE_LABELS[codes[0]] ? ` (${HS_CODE_LABELS[codes[0]]})` : ""}` : `${list} only`;
  const of = listed.length ? `, ${codes.filter((c) => listed.includes(c)).length} of ${possessive(material.materialName)} ${listed.length} codes` : "";
  return `Official series: ${only}${of}.`;
}

/** The HS codes of what the chart draws for one response: its values in the value view, its shares (and, alone, its partners') otherwise. */
export function drawnCodes(r: Pick<DependenceResponse, "points" | "partners" | "values">, view: DependenceView, single: boolean): (string | null)[] {
  if (view === "value") return r.values.map((v) => v.hsCode);
  return [...r.points, ...(single ? r.partners : [])].map((p) => p.hsCode);
}

/** One scope note per drawn material with HS-coded rows; material names lead when several are drawn. */
export function scopeNotes(responses: DependenceResponse[], view: DependenceView, single = responses.length === 1): string[] {
  return responses.flatMap((r) => {
    const note = hsScopeNote(r, drawnCodes(r, view, single));
    return note ? [single ? note : `${r.materialName}: ${note}`] : [];
  });
}
