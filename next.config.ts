import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { nextHeaderRules } from "./http/security-headers.mjs";

const nextConfig: NextConfig = {
  // No version banner.
  poweredByHeader: false,
  reactStrictMode: true,
  // The security headers on every response (pages, API, assets), also under `next dev`. In
  // production, server.mjs adds the Content-Security-Policy with each page's inline-script hashes.
  async headers() {
    return nextHeaderRules();
  },
};

// next-intl: the request configuration (language and catalogue) lives in server/i18n. The
// catalogues are compiled at build time (ICU messages to a compact form), so the browser gets the
// small formatter instead of an ICU parser (about 12 kB gzip less first-load JS).
export default createNextIntlPlugin({
  requestConfig: "./server/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: ["en", "ja"], precompile: true } },
})(nextConfig);
