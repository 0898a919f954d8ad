import { useTranslations } from "next-intl";

/** One version as the page words it: every string is already in the page's language (app/…/changes/page.tsx builds them with lib/changes.ts). */
export type VersionView = {
  version: number;
  time: string;
  createdAt: string;
  summary: string;
  current: boolean;
  /** Trade-share changes by material, then year: each line already worded. */
  materials: { material: string; name: string; lines: { key: number; year: number; text: string }[] }[];
  records: { key: number; text: string }[];
  /** Materials and sources changed, counted (already joined in the page's language). */
  others: string | null;
  /** A version too big to list: per-material and per-entity counts. */
  big: { count: number; lines: string[] } | null;
  csvHref: string;
  jsonHref: string;
};

/** The versions, newest first (`data-testid="version-<n>"`), each with its summary and what it changed. */
export function VersionList({ versions }: { versions: VersionView[] }) {
  const t = useTranslations("versions");
  return (
    <ol className="flex flex-col gap-3" data-testid="version-list">
      {versions.map((v) => (
        <li key={v.version} className="rounded-lg border border-line bg-panel p-4 shadow-sm" data-testid={`version-${v.version}`} data-version={v.version}>
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h2 className="text-base font-semibold text-ink">{t("version.heading", { version: v.version })}</h2>
            {v.current && <span className="rounded bg-accent/10 px-1.5 py-0.5 text-xs font-medium text-accent">{t("version.current")}</span>}
            <time dateTime={v.createdAt} className="text-sm text-muted">
              {v.time}
            </time>
          </div>
          <p className="mt-1 text-sm text-ink" data-testid="version-summary">
            {v.summary}
          </p>
          {v.big && (
            <div className="mt-2 text-sm" data-testid="version-big">
              <p className="text-muted">{t("big.intro", { count: v.big.count })}</p>
              <ul className="mt-1 list-disc pl-5 text-ink">
                {v.big.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {v.materials.map((m) => (
            <section key={m.material} className="mt-3" data-testid="version-material" data-material={m.material}>
              <h3 className="text-sm font-semibold text-ink">{m.name}</h3>
              <ul className="mt-1 flex flex-col gap-0.5 pl-1 text-sm text-ink">
                {m.lines.map((l) => (
                  <li key={l.key} data-year={l.year} data-testid="change-line" className="tabular-nums">
                    {l.text}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {v.records.length > 0 && (
            <section className="mt-3">
              <h3 className="text-sm font-semibold text-ink">{t("record.heading")}</h3>
              <ul className="mt-1 flex flex-col gap-0.5 pl-1 text-sm text-ink">
                {v.records.map((r) => (
                  <li key={r.key} data-testid="record-line">
                    {r.text}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {v.others && <p className="mt-2 text-sm text-muted">{t("others", { list: v.others })}</p>}
          <p className="mt-2 text-xs text-muted">
            {t("big.download")}{" "}
            <a href={v.csvHref} className="text-accent underline" data-testid="version-csv">
              {t("download.csv")}
            </a>{" "}
            <a href={v.jsonHref} className="text-accent underline">
              {t("download.json")}
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
