// The English UI strings, as patterns, for the test that no /ja page shows one. Read from the
// catalogue files (lib/i18n/messages/en/*.json); a message whose Japanese twin is the same text
// (a product or format name: "REE Monitor", "PNG") is allowed on /ja and left out. Each ICU message
// becomes a regular expression over a whole text: arguments match any text, plural and select
// branches are alternatives.
import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

const DIR = path.join(__dirname, "..", "..", "lib", "i18n", "messages");

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(p, value);
    else flatten(value, p, out);
  }
  return out;
}

function catalogue(lang: "en" | "ja"): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(DIR, lang))) {
    if (!file.endsWith(".json")) continue;
    const ns = file.slice(0, -5);
    flatten(JSON.parse(fs.readFileSync(path.join(DIR, lang, file), "utf8")) as Tree, ns, out);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

function toPattern(elements: MessageFormatElement[]): { source: string; letters: number } {
  let source = "";
  let letters = 0;
  for (const e of elements) {
    if (e.type === TYPE.literal) {
      source += escape(e.value);
      letters += (e.value.match(/[A-Za-z]/g) ?? []).length;
    } else if (e.type === TYPE.pound) source += "[-−+\\d.,]+";
    else if (e.type === TYPE.plural || e.type === TYPE.select) {
      const branches = Object.values(e.options).map((o) => toPattern(o.value));
      source += `(?:${branches.map((b) => b.source).join("|")})`;
      letters += Math.min(...branches.map((b) => b.letters));
    } else if (e.type === TYPE.tag) {
      const inner = toPattern(e.children);
      source += inner.source;
      letters += inner.letters;
    } else source += ".+?";
  }
  return { source, letters };
}

export type EnglishString = { key: string; text: string; pattern: RegExp };

/** The English UI strings a Japanese page must not show: at least 4 letters of fixed English text each. */
export function englishUiStrings(): EnglishString[] {
  const en = catalogue("en");
  const ja = catalogue("ja");
  const out: EnglishString[] = [];
  for (const [key, text] of en) {
    if (ja.get(key) === text) continue;
    const { source, letters } = toPattern(parse(text, { ignoreTag: false }));
    if (letters < 4) continue;
    out.push({ key, text, pattern: new RegExp(`^\\s*${source}\\s*$`) });
  }
  return out;
}
