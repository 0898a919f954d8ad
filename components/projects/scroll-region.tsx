"use client";

import { useTranslations } from "next-intl";

const SCROLLS = { sideways: "overflow-x-auto", "sideways and down": "overflow-auto" } as const;

/**
 * A box that scrolls a wide table instead of the page: focusable, so the keyboard can scroll it,
 * and named as a region that says it scrolls ("Projects table (scrolls sideways)", 「プロジェクト一覧（横スクロール）」). ui/ is getting
 * a generic one; this one can give way to it.
 */
export function ScrollRegion({
  label,
  scrolls = "sideways",
  className = "",
  children,
}: {
  label: string;
  scrolls?: keyof typeof SCROLLS;
  className?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("projects.scroll");
  return (
    <div role="region" tabIndex={0} aria-label={t(scrolls === "sideways" ? "sideways" : "both", { label })} className={`${SCROLLS[scrolls]} ${className}`.trim()}>
      {children}
    </div>
  );
}
