import Link from "next/link";
import { MainLandmark } from "@/components/ui/main-landmark";
import { Providers } from "../providers";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return (
    <Providers>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-line bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <div>
            <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
              REE Monitor
            </Link>
            <p className="text-xs text-muted">Japan&apos;s dependence on Chinese rare earths and critical minerals, with sources</p>
          </div>
          <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {[
              ["/", "Overview"],
              ["/materials", "Materials"],
              ["/incidents", "Incidents"],
              ["/projects", "Projects"],
              ["/sources", "Sources"],
              ["/data", "Data"],
            ].map(([href, label]) => (
              <Link key={href} href={href} className="text-ink hover:text-accent">
                {label}
              </Link>
            ))}
            <a href="/api/v1/all-data?format=csv" className="text-ink hover:text-accent" title="Every trade share of every material, with its source" data-testid="all-data-csv">
              All data (CSV)
            </a>
            <a href="/api/v1/all-data?format=zip" className="text-ink hover:text-accent" title="Trade shares, incidents, projects, sources and materials, with a README of the columns" data-testid="all-data-zip">
              (ZIP)
            </a>
          </nav>
        </div>
      </header>
      <MainLandmark id="main" className="mx-auto max-w-7xl px-4 py-5 sm:px-6 print:max-w-none print:p-0">
        {children}
      </MainLandmark>
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-muted sm:px-6 print:hidden">
        Every value cites its source; years without a source are gaps. Trade shares are by country of origin as reported by the sources.
      </footer>
    </Providers>
  );
}
