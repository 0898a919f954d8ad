import type { NextConfig } from "next";
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

export default nextConfig;
