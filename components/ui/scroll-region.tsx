import { useTranslations } from "next-intl";

/** How the box scrolls: its overflow, and what its name says. */
const SCROLLS = {
  any: { className: "overflow-auto", key: "scrollRegion" },
  sideways: { className: "overflow-x-auto", key: "scrollSideways" },
  "sideways and down": { className: "overflow-auto", key: "scrollBoth" },
} as const;

/**
 * A box that scrolls its content (a wide or long table) instead of the page: focusable, so the
 * keyboard can scroll it, and named as a region that says it scrolls ("Projects table (scrolls
 * sideways)", 「プロジェクト一覧（横スクロール）」): `label` in the page's language.
 */
export function ScrollRegion({
  label,
  scrolls = "any",
  className = "",
  children,
  ...rest
}: { label: string; scrolls?: keyof typeof SCROLLS; className?: string; children: React.ReactNode } & React.HTMLAttributes<HTMLDivElement>) {
  const t = useTranslations("ui");
  const { className: overflow, key } = SCROLLS[scrolls];
  return (
    <div role="region" tabIndex={0} aria-label={t(key, { label })} className={`${overflow} ${className}`.trim()} {...rest}>
      {children}
    </div>
  );
}
