import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("overview");
  return (
    <div className="flex flex-col gap-4" aria-busy="true" aria-label={t("loading")}>
      <div className="h-[132px] rounded-lg border border-line bg-panel" />
      <div className="grid h-[116px] gap-3 sm:grid-cols-2 lg:grid-cols-4" />
      <div className="h-[560px] rounded-lg border border-line bg-panel" />
    </div>
  );
}
