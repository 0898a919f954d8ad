// "Cite this view": a chart card's view as a reference, in three forms (APA 7th edition, Chicago
// author-date 17th edition, BibTeX for biblatex). Each names REE Monitor, the view's title, the
// data version it was drawn from, the access date and the permalink carrying `v=N`. The sentences
// are in the `cite` catalogue (Japanese conventions on /ja: 『…』 for the data set, 「…」 in the
// Chicago-like form, dates as 2026年12月1日); this file fills them and writes BibTeX's syntax.
// Pure: the component passes today's date and the version, so the tests give exact strings.
// Source citations (a source's publisher, date, locator) are lib/format.ts's formatCitationDetails.

import { formatDate } from "./format";
import type { Locale } from "./i18n/routing";
import type { Translator } from "./i18n/translator";

export const CITATION_FORMS = ["apa", "chicago", "bibtex"] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];
export type Citations = Record<CitationForm, string>;

export type CitationInput = {
  /** Who publishes the view: the product's name ("REE Monitor"). */
  author: string;
  /** The view's title, in the page's language. */
  title: string;
  /** The view's permalink, already carrying `v=N`. */
  permalink: string;
  /** The data version drawn (0 before anything was stored: no version is cited). */
  version: number;
  /** When that version was committed (ISO, UTC); its year is the reference's year. */
  versionAt: string | null;
  /** The access date, `YYYY-MM-DD` (the reader's today). */
  accessed: string;
  /** ASCII name of the view for the BibTeX key, e.g. the export file name `dependence-permanent-magnets-2010-2026`. */
  slug: string;
};

export type CitationWords = { locale: Locale; t: Translator<"cite"> };

const LONG_DATE_EN = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

/** The access date as the style writes it: "December 1, 2026" (APA and Chicago), 「2026年12月1日」. */
export function citationDate(isoDay: string, locale: Locale): string {
  if (locale === "ja") return formatDate(isoDay, "ja");
  const [y, m, d] = isoDay.split("-").map(Number);
  return LONG_DATE_EN.format(new Date(Date.UTC(y, m - 1, d)));
}

/** `YYYY-MM-DD` of a date in the reader's time zone (the day they accessed the view). */
export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The reference's year: the data version's commit year, else the access year. */
const referenceYear = (input: CitationInput) => (input.versionAt && /^\d{4}/.test(input.versionAt) ? input.versionAt.slice(0, 4) : input.accessed.slice(0, 4));

/**
 * A title inside English double quotes (Chicago): quotes within it become single quotes
 * (“… ‘Made in China’ …”), and it closes with a period unless it ends with its own punctuation.
 */
export function quotedTitleEn(title: string): string {
  const nested = title.replace(/"([^"]*)"/g, "‘$1’").replace(/“([^”]*)”/g, "‘$1’");
  return /[.?!]$/.test(nested) ? nested : `${nested}.`;
}

/** A title inside Japanese brackets: a bracket of the same kind within it becomes the other kind (「…『…』…」, 『…「…」…』). */
function bracketedTitleJa(title: string, outer: "「" | "『"): string {
  return outer === "「" ? title.replace(/「([^」]*)」/g, "『$1』") : title.replace(/『([^』]*)』/g, "「$1」");
}

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  "#": "\\#",
  $: "\\$",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text for a BibTeX field: LaTeX's special characters escaped (`{}%&_#$`, backslash, `~`, `^`); quotes and other letters as they are. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&_#$~^]/g, (c) => BIBTEX_SPECIALS[c]);
}

/**
 * A URL for BibTeX's `url` field, which biblatex reads verbatim (`&`, `%`, `_`, `#` stay as they
 * are): only what would break the field's braces or the line (braces, backslash, spaces) is
 * percent-encoded.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** The BibTeX key: `reemonitor-<slug>-v<N>`, ASCII letters, digits and hyphens only. */
export function bibtexKey(slug: string, version: number): string {
  const ascii = slug
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `reemonitor-${ascii || "view"}${version > 0 ? `-v${version}` : ""}`;
}

/** The three citations of a view, in the page's language. */
export function formatCitations(input: CitationInput, { locale, t }: CitationWords): Citations {
  const ja = locale === "ja";
  const hasVersion = input.version > 0;
  // The version as a plain identifier ("1234", never "1,234").
  const args = { author: input.author, year: referenceYear(input), version: String(input.version), date: citationDate(input.accessed, locale), url: input.permalink };
  const apaTitle = ja ? bracketedTitleJa(input.title, "『") : input.title;
  const chicagoTitle = ja ? bracketedTitleJa(input.title, "「") : quotedTitleEn(input.title);
  const apa = hasVersion ? t("style.apa", { ...args, title: apaTitle }) : t("style.apaNoVersion", { ...args, title: apaTitle });
  const chicago = hasVersion ? t("style.chicago", { ...args, title: chicagoTitle }) : t("style.chicagoNoVersion", { ...args, title: chicagoTitle });
  const fields: [string, string][] = [
    ["author", `{${escapeBibtex(input.author)}}`],
    ["title", `{${escapeBibtex(input.title)}}`],
    ["year", args.year],
    ...(hasVersion ? [["note", escapeBibtex(t("style.bibtexNote", { version: args.version }))] as [string, string]] : []),
    ["urldate", input.accessed],
    ["url", bibtexUrl(input.permalink)],
  ];
  const bibtex = `@misc{${bibtexKey(input.slug, input.version)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
  return { apa, chicago, bibtex };
}
