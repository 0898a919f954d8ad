import { useLocale, useMessages, useTranslations } from "next-intl";
import { sourceKindLabel } from "@/lib/labels";
import { DataText } from "@/components/ui/localized";
import { citedSummary, sourceEntryDetailParts, type SourceWithCitations } from "@/lib/sources-view";
import { CitedRows } from "./cited-rows";
import { sourceAnchor } from "./source-citation";

/**
 * One source: title (to the original when it has a URL), kind, publisher, date and locator, and
 * the rows citing it. The entry a link asked for is highlighted and opened.
 */
export function SourceEntry({
  source: s,
  selected,
  disagrees,
  materialNames,
}: {
  source: SourceWithCitations;
  selected: boolean;
  disagrees: boolean;
  materialNames: ReadonlyMap<string, string>;
}) {
  const t = useTranslations("sources");
  const locale = useLocale();
  const enums = useMessages().enums;
  return (
    <li
      id={sourceAnchor(s.id)}
      data-testid="source-entry"
      data-source-id={s.id}
      className={`scroll-mt-4 rounded-lg border bg-panel p-4 shadow-sm target:border-accent target:ring-2 target:ring-accent/40 ${selected ? "border-accent ring-2 ring-accent/40" : "border-line"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold text-ink">
          <span className="mr-2 text-muted">[{s.id}]</span>
          {s.url ? (
            <a href={s.url} className="hover:text-accent hover:underline" rel="noreferrer noopener" target="_blank">
              <DataText>{s.title}</DataText>
            </a>
          ) : (
            <DataText>{s.title}</DataText>
          )}
        </h2>
        <span className="rounded-full border border-line px-2 py-0.5 text-xs text-muted">{sourceKindLabel(enums, s.kind)}</span>
      </div>
      {/* Dataset locators hold long paths ("reconcile/fixtures/…/baci_{2022,2024}.csv"): break them anywhere. */}
      <p className="mt-0.5 text-xs text-muted [overflow-wrap:anywhere]">
        {(() => {
          const { key, values } = sourceEntryDetailParts(s, t, locale);
          return t.rich(key, { ...values, data: (chunks) => <DataText>{chunks}</DataText> });
        })()}
        {disagrees && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">{t("entry.disagrees")}</span>}
      </p>
      <details className="mt-2 text-xs" open={selected}>
        <summary className="cursor-pointer text-ink">{citedSummary(s, t)}</summary>
        <CitedRows source={s} materialNames={materialNames} />
      </details>
    </li>
  );
}
