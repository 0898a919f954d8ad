import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_HEADERS } from "./http/security-headers.mjs";

const nextConfig: NextConfig = {
  // No version banner.
  poweredByHeader: false,
  reactStrictMode: true,
  // The security headers on every response (pages, API, assets), also under `next dev`. In
  // production, server.mjs adds the Content-Security-Policy with each page's inline-script hashes.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

// next-intl: the request configuration (language and catalogue) lives in server/i18n.
export default createNextIntlPlugin("./server/i18n/request.ts")(nextConfig);
