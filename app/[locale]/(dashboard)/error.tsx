"use client";

import { useTranslations } from "next-intl";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-2 rounded border border-red-300 bg-white px-3 py-1">
        {t("retry")}
      </button>
    </div>
  );
}
