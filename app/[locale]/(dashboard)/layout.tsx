import { getLocale, getTranslations } from "next-intl/server";
import { pageDataVersion } from "@/server/data-version";
import { formatDate } from "@/lib/format";
import { AccessibilityLink } from "@/components/accessibility/accessibility-link";
import { LanguageSwitch } from "@/components/ui/language-switch";
import { MainLandmark } from "@/components/ui/main-landmark";
import { Link } from "@/lib/i18n/navigation";
import { Providers } from "../../providers";

const NAV = [
  ["/", "overview"],
  ["/materials", "materials"],
  ["/incidents", "incidents"],
  ["/projects", "projects"],
  ["/sources", "sources"],
  ["/changes", "changes"],
  ["/data", "data"],
] as const;

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  const v = await getTranslations("versions");
  const locale = await getLocale();
  const data = pageDataVersion();
  return (
    <Providers>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-line bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <div>
            <Link href="/" className="text-lg font-semibold tracking-tight text-ink">
              {t("product")}
            </Link>
            <p className="text-xs text-muted">{t("tagline")}</p>
          </div>
          <nav aria-label={t("nav.label")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {NAV.map(([href, key]) => (
              <Link key={href} href={href} className="text-ink hover:text-accent">
                {t(`nav.${key}`)}
              </Link>
            ))}
            <a href="/api/v1/all-data?format=csv" className="text-ink hover:text-accent" title={t("nav.allDataCsvTitle")} data-testid="all-data-csv">
              {t("nav.allDataCsv")}
            </a>
            <a href="/api/v1/all-data?format=zip" className="text-ink hover:text-accent" title={t("nav.allDataZipTitle")} data-testid="all-data-zip">
              {t("nav.allDataZip")}
            </a>
            <LanguageSwitch />
          </nav>
        </div>
      </header>
      <MainLandmark id="main" className="mx-auto max-w-7xl px-4 py-5 sm:px-6 print:max-w-none print:p-0">
        {children}
      </MainLandmark>
      <footer className="mx-auto max-w-7xl px-4 pb-8 text-xs text-muted sm:px-6 print:hidden">
        <p>{t("footer")}</p>
        <AccessibilityLink />
        {data.version > 0 && (
          <p className="mt-1">
            <Link href="/changes" className="underline decoration-dotted underline-offset-2 hover:text-accent" title={v("footer.versionTitle")} data-testid="data-version" data-version={data.version}>
              {v("footer.version", { version: data.version, date: formatDate(data.at!.slice(0, 10), locale) })}
            </Link>
          </p>
        )}
      </footer>
    </Providers>
  );
}
