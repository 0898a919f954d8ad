// What an official series covers, said on screen: a share or value derived from one HS code of a
// material listed under several is not the whole material (250490 is not all of graphite). Pure.
// A share from one HS code stays labelled with that code in both languages (「HS 850511 のみ」).

import { HS_CODE_LABELS, HS_CODE_LABELS_JA } from "./bilateral/codes";
import { ENGLISH_DASHBOARD, type DashboardT } from "./dependence-text";
import { joinNames } from "./dependence-materials";
import type { DependenceView } from "./enums";
import type { Locale } from "./i18n/routing";
import type { DependenceResponse } from "./types";

/** A code's description in the page's language (lib/bilateral/codes); a code without one is named alone. */
const codeLabel = (hs: string, locale: Locale) => (locale === "ja" ? HS_CODE_LABELS_JA[hs] : HS_CODE_LABELS[hs]);

const codeText = (hs: string, t: DashboardT, locale: Locale) => {
  const label = codeLabel(hs, locale);
  return label ? t("scope.codeLabelled", { code: hs, label }) : t("scope.code", { code: hs });
};

/** "Graphite" → "graphite's"; names that start with an acronym or a capitalised word pair keep their case. */
const possessiveName = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name);

export type ScopeMaterial = { materialName: string; materialHsCodes: string[] };

/**
 * The scope of the drawn rows that name an HS code, or null when none does:
 * "Official series: HS 250490 only (natural graphite, other than powder or flakes), 1 of graphite's 3 codes."
 * when the material lists more codes than the rows use; "Official series: HS 850511 (permanent
 * magnets of metal)." when the rows use every code the material lists. `name`: the material's
 * name in the page's language (its stored English one by default).
 */
export function hsScopeNote(material: ScopeMaterial, drawnCodes: (string | null)[], t: DashboardT = ENGLISH_DASHBOARD, locale: Locale = "en", name = material.materialName): string | null {
  const codes = [...new Set(drawnCodes.filter((c): c is string => !!c))].sort();
  if (!codes.length) return null;
  const listed = material.materialHsCodes;
  const partial = listed.length > codes.length || codes.some((c) => !listed.includes(c));
  const list = joinNames(
    codes.map((c) => codeText(c, t, locale)),
    locale,
  );
  if (!partial) return t("scope.note", { codes: list });
  const one = codes.length === 1 ? codes[0] : null;
  const label = one ? codeLabel(one, locale) : undefined;
  const only = one ? (label ? t("scope.onlyOneLabelled", { code: one, label }) : t("scope.onlyOne", { code: one })) : t("scope.onlyMany", { codes: list });
  if (!listed.length) return t("scope.note", { codes: only });
  const used = codes.filter((c) => listed.includes(c)).length;
  return t("scope.noteOf", { codes: only, used, listed: listed.length, material: locale === "en" ? possessiveName(name) : name });
}

/** The HS codes of what the chart draws for one response: its values in the value view, its shares (and, alone, its partners') otherwise. */
export function drawnCodes(r: Pick<DependenceResponse, "points" | "partners" | "values">, view: DependenceView, single: boolean): (string | null)[] {
  if (view === "value") return r.values.map((v) => v.hsCode);
  return [...r.points, ...(single ? r.partners : [])].map((p) => p.hsCode);
}

/**
 * One scope note per drawn material with HS-coded rows; material names lead when several are
 * drawn. `nameOf`: a material's name in the page's language (the stored English one by default).
 */
export function scopeNotes(
  responses: DependenceResponse[],
  view: DependenceView,
  single = responses.length === 1,
  t: DashboardT = ENGLISH_DASHBOARD,
  locale: Locale = "en",
  nameOf: (r: DependenceResponse) => string = (r) => r.materialName,
): string[] {
  return responses.flatMap((r) => {
    const name = nameOf(r);
    const note = hsScopeNote(r, drawnCodes(r, view, single), t, locale, name);
    return note ? [single ? note : t("scope.material", { material: name, note })] : [];
  });
}
