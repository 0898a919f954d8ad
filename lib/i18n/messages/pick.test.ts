import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en, ja, OVERVIEW_MESSAGES, pickMessages, SHELL_MESSAGES } from "./index";

const root = path.resolve(__dirname, "../../..");

/** Every file the entry imports (static and dynamic imports, `@/` and relative), with whether it runs in the browser. */
function clientFiles(entry: string): string[] {
  const seen = new Map<string, boolean>();
  const resolve = (from: string, spec: string) => {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
    if (!base) return null;
    return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
  };
  const walk = (file: string, client: boolean) => {
    const src = fs.readFileSync(file, "utf8");
    const isClient = client || /^["']use client["']/m.test(src.slice(0, 200));
    if (seen.has(file) && (seen.get(file) || !isClient)) return;
    seen.set(file, isClient);
    for (const m of src.matchAll(/(?:(?:import|export)[^;]*?from\s+|import\()["'`]([^"'`]+)["'`]/g)) {
      const next = resolve(file, m[1]);
      if (next && !next.endsWith(".json")) walk(next, isClient);
    }
  };
  walk(path.join(root, entry), false);
  return [...seen].filter(([, client]) => client).map(([f]) => f);
}

/** The namespaces (or branches) the files' translators read: useTranslations("a.b") → "a.b"; useMessages().enums / { enums } → "enums". */
function namespacesRead(files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (ns: string, file: string) => out.set(ns, [...(out.get(ns) ?? []), path.relative(root, file)]);
  for (const f of files) {
    const src = fs.readFileSync(f, "utf8");
    for (const m of src.matchAll(/useTranslations\(\s*["'`]([^"'`]+)["'`]/g)) add(m[1], f);
    for (const m of src.matchAll(/\{\s*(\w+)\s*\}\s*=\s*useMessages\(\)|useMessages\(\)\.(\w+)/g)) add(m[1] ?? m[2], f);
  }
  return out;
}

const covered = (ns: string, paths: readonly string[]) => paths.some((p) => ns === p || ns.startsWith(`${p}.`));

describe("pickMessages", () => {
  it("keeps the namespaces and branches asked for, and nothing else", () => {
    const picked = pickMessages(en, ["common", "versions.notice"]) as typeof en;
    expect(Object.keys(picked).sort()).toEqual(["common", "versions"]);
    expect(picked.common).toBe(en.common);
    expect(Object.keys(picked.versions)).toEqual(["notice"]);
    expect(picked.versions.notice).toBe(en.versions.notice);
  });

  it("fails on a path the catalogue does not have", () => {
    expect(() => pickMessages(en, ["versions.nope"])).toThrow(/versions\.nope/);
  });

  it("finds every path of the page lists in both languages", () => {
    for (const messages of [en, ja]) for (const p of [...SHELL_MESSAGES, ...OVERVIEW_MESSAGES]) expect(() => pickMessages(messages, [p])).not.toThrow();
  });
});

describe("the overview's messages (OVERVIEW_MESSAGES)", () => {
  it("cover every namespace its client components read, but those the on-demand cards load themselves", () => {
    const page = "app/[locale]/(dashboard)/(home)/page.tsx";
    const read = namespacesRead(clientFiles(page));
    // The cards' own namespaces, loaded with them (components/ui/on-demand.tsx).
    const onDemand = [...fs.readFileSync(path.join(root, "components/ui/on-demand.tsx"), "utf8").matchAll(/^\s{2}(\w+): \{ en: /gm)].map((m) => m[1]);
    expect(onDemand.sort()).toEqual(["analysis", "monthly", "peers"]);
    // The version notice takes the whole "versions" translator but reads only its "notice" branch,
    // and "share" through lib/changes' shareLineText.
    const keysIn = (src: string) => new Set([...src.matchAll(/\bt\("([^"]+)"/g)].map((m) => m[1].split(".")[0]));
    const notice = fs.readFileSync(path.join(root, "components/changes/version-notice.tsx"), "utf8");
    expect(keysIn(notice)).toEqual(new Set(["notice"]));
    expect(notice).toMatch(/import \{[^}]*\bshareLineText\b[^}]*\} from "@\/lib\/changes"/);
    const changes = fs.readFileSync(path.join(root, "lib/changes.ts"), "utf8");
    const shareLine = changes.slice(changes.indexOf("export function shareLineText"), changes.indexOf("\n}\n", changes.indexOf("export function shareLineText")));
    expect(keysIn(shareLine)).toEqual(new Set(["share"]));
    expect(OVERVIEW_MESSAGES).toEqual(expect.arrayContaining(["versions.notice", "versions.share"]));
    read.delete("versions");
    const missing = [...read].filter(([ns]) => !covered(ns, OVERVIEW_MESSAGES) && !covered(ns, onDemand)).map(([ns, files]) => `${ns} (${[...new Set(files)].join(", ")})`);
    expect(missing).toEqual([]);
    // The walk sees the components (a sanity check of the walk itself).
    expect([...read.keys()]).toEqual(expect.arrayContaining(["dashboard", "filters", "analysis", "peers", "monthly", "enums"]));
  });

  it("leave out the other pages' namespaces", () => {
    for (const ns of ["materials", "incidents", "projects", "data", "feed", "analysis", "peers", "monthly"]) expect(covered(ns, OVERVIEW_MESSAGES)).toBe(false);
  });
});
