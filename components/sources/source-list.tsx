import { useTranslations } from "next-intl";
import type { SourceWithCitations } from "@/lib/sources-view";
import { SourceEntry } from "./source-entry";

/** The count of what is shown, then one entry per source. */
export function SourceList({
  sources,
  total,
  selectedId,
  inConflict,
  materialNames,
}: {
  sources: SourceWithCitations[];
  total: number;
  selectedId: number | null;
  inConflict: ReadonlySet<number>;
  materialNames: ReadonlyMap<string, string>;
}) {
  const t = useTranslations("sources");
  return (
    <>
      <p className="text-sm text-muted" data-testid="source-count">
        {t("count", { shown: sources.length, total })}
      </p>
      <ol className="flex flex-col gap-2" data-testid="source-list">
        {sources.map((s) => (
          <SourceEntry key={s.id} source={s} selected={s.id === selectedId} disagrees={inConflict.has(s.id)} materialNames={materialNames} />
        ))}
      </ol>
    </>
  );
}
