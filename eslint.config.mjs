import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Browser bundles: what the first-load JS budget of the overview (≤ 250 kB gzip) keeps out.
    files: ["components/**/*.{ts,tsx}", "app/providers.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "zod", message: "Server only; validate in the browser with lib/validation/filter-params.", allowTypeImports: true },
            { name: "@/lib/validation/filters", message: "Pulls zod into the browser; import @/lib/validation/filter-params.", allowTypeImports: true },
            { name: "papaparse", message: "Server only (lib/csv-parse); the browser writes CSV with lib/csv.", allowTypeImports: true },
            { name: "@/lib/csv-parse", message: "Pulls papaparse into the browser.", allowTypeImports: true },
            { name: "@/lib/export/compose", message: "Load the exporter with import() when an export runs (components/charts/export-menu).", allowTypeImports: true },
            { name: "@/lib/export/png", message: "Load the exporter with import() when an export runs (components/charts/export-menu).", allowTypeImports: true },
          ],
        },
      ],
    },
  },
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
