import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layer rules (docs/architecture.md). Each folder may import only the folders below it, so a cycle
// between folders cannot pass: lib ← db ← server ← app, with config (the environment) beside db.
// Imports are matched both as `@/folder/…` and as relative paths that climb into another folder.
const folder = (name) => `^(@/|(\\.\\./)+)${name}(/|$)`;
const ban = (names, message) => ({ regex: names.length === 1 ? folder(names[0]) : folder(`(${names.join("|")})`), message });

const FEATURES = ["dashboard", "analysis", "incidents", "projects", "sources", "data", "filters", "materials", "peers", "monthly"];

/** One `no-restricted-imports` rule per set of files; ESLint keeps only the last rule per file, so each block lists all it bans. */
function layer(files, patterns, paths = []) {
  return { files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns, paths }] } };
}

// The browser never gets zod, papaparse or the exporter's heavy modules in its first load.
const BROWSER_PACKAGES = [
  { name: "next/link", message: "Use Link from @/lib/i18n/navigation: it keeps the page's language (/ja/…)." },
  { name: "zod", message: "Server only; validate in the browser with lib/validation/filter-params.", allowTypeImports: true },
  { name: "papaparse", message: "Server only (db/csv-parse); the browser writes CSV with lib/csv.", allowTypeImports: true },
  { name: "@/lib/export/compose", message: "Load the exporter with import() when an export runs (components/charts/export-menu).", allowTypeImports: true },
  { name: "@/lib/export/png", message: "Load the exporter with import() when an export runs (components/charts/export-menu).", allowTypeImports: true },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  layer(["lib/**/*.{ts,tsx,mjs}"], [ban(["db", "server", "http", "config", "components", "app", "scripts"], "lib/ runs anywhere: it imports only lib/.")]),
  layer(["config/**/*.{ts,mjs}"], [ban(["lib", "db", "server", "http", "components", "app", "scripts"], "config/ is the bottom layer: it imports nothing of ours.")]),
  layer(["db/**/*.{ts,tsx}"], [ban(["server", "http", "components", "app", "scripts"], "db/ imports db/, lib/ and config/ only.")]),
  layer(["server/**/*.{ts,tsx}"], [ban(["http", "components", "app", "scripts"], "server/ imports server/, db/, lib/ and config/ only.")]),
  layer(["http/**/*.{ts,mjs}"], [ban(["server", "db", "components", "app", "lib", "scripts"], "http/ (the production server's modules) imports http/ and config/ only.")]),
  layer(
    ["components/**/*.{ts,tsx}", "app/providers.tsx"],
    [ban(["db", "server", "http", "config", "app", "scripts"], "Components run in the browser: data comes from props or lib/queries, never db/ or server/.")],
    BROWSER_PACKAGES,
  ),
  layer(
    ["components/ui/**/*.{ts,tsx}", "components/charts/**/*.{ts,tsx}"],
    [
      ban(["db", "server", "http", "config", "app", "scripts"], "Components run in the browser: data comes from props or lib/queries, never db/ or server/."),
      { regex: `^@/components/(${FEATURES.join("|")})(/|$)`, message: "ui/ and charts/ are generic: they never import a feature folder." },
    ],
    BROWSER_PACKAGES,
  ),
  // The [locale]/[...rest] catch-all (a language's 404) makes every path look like a page to this
  // rule, /api/… included; page links are held to the locale-aware Link by the rule above instead.
  { rules: { "@next/next/no-html-link-for-pages": "off" } },
  layer(
    ["app/**/*.{ts,tsx}"],
    [],
    [{ name: "next/link", message: "Use Link from @/lib/i18n/navigation: it keeps the page's language (/ja/…)." }],
  ),
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "drizzle/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
