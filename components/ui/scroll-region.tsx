import { useTranslations } from "next-intl";

/**
 * A box that scrolls its content (a wide or long table) instead of the page: focusable, so the
 * keyboard can scroll it, and named as a region that says it scrolls
 * ("Projects table (scrolls)", 「プロジェクト一覧（スクロールできます）」): `label` in the page's language.
 */
export function ScrollRegion({ label, className = "", children, ...rest }: { label: string; className?: string; children: React.ReactNode } & React.HTMLAttributes<HTMLDivElement>) {
  const t = useTranslations("ui");
  return (
    <div role="region" tabIndex={0} aria-label={t("scrollRegion", { label })} className={`overflow-auto ${className}`} {...rest}>
      {children}
    </div>
  );
}
