import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { en, ja } from "./messages";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue as "namespace.key.sub" → text. */
function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

/** The arguments a message takes ({count}, {name, plural, …}), from its ICU syntax tree. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const option of Object.values(e.options)) argumentsOf(option.value, out);
    }
    if (e.type === TYPE.tag) {
      out.add(`<${e.value}>`);
      argumentsOf(e.children, out);
    }
  }
  return out;
}

const english = flatten(en as unknown as Tree);
const japanese = flatten(ja as unknown as Tree);

describe("message catalogues (lib/i18n/messages)", () => {
  it("have the same keys in English and Japanese", () => {
    const onlyEnglish = [...english.keys()].filter((k) => !japanese.has(k));
    const onlyJapanese = [...japanese.keys()].filter((k) => !english.has(k));
    expect(onlyEnglish, "keys with no Japanese message").toEqual([]);
    expect(onlyJapanese, "keys with no English message").toEqual([]);
    expect(english.size).toBeGreaterThan(20);
  });

  it("parse as ICU messages, and each key takes the same arguments in both languages", () => {
    const mismatched: string[] = [];
    for (const [key, text] of english) {
      const other = japanese.get(key);
      if (other === undefined) continue;
      const a = [...argumentsOf(parse(text))].sort();
      const b = [...argumentsOf(parse(other))].sort();
      if (a.join() !== b.join()) mismatched.push(`${key}: en {${a}} ja {${b}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = [...english, ...japanese].filter(([, text]) => text.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("really are Japanese: most Japanese messages contain kana or kanji", () => {
    const cjk = /[\u3040-\u30ff\u3400-\u9fff]/;
    const withJapanese = [...japanese.values()].filter((t) => cjk.test(t)).length;
    expect(withJapanese / japanese.size).toBeGreaterThan(0.8);
  });
});
