import { useLocale, useTranslations } from "next-intl";
import { partnerName } from "@/lib/format";
import { statementText, type SourceConflict } from "@/lib/sources-view";
import { sourceAnchor } from "./source-citation";

/** Every year where sources state values that cannot both be true, each side linked to its entry below. */
export function SourceDisagreements({
  conflicts,
  materialNames,
  publishers,
}: {
  conflicts: SourceConflict[];
  materialNames: ReadonlyMap<string, string>;
  /** Each source's publisher by id, to name the sides. */
  publishers: ReadonlyMap<number, string | null>;
}) {
  const t = useTranslations("sources");
  const locale = useLocale();
  return (
    <section aria-labelledby="disagree-title" className="rounded-lg border border-amber-300 bg-amber-50/60 p-4 sm:p-5" data-testid="disagreements">
      <h2 id="disagree-title" className="text-base font-semibold text-ink">
        {t("disagreements.title", { count: conflicts.length })}
      </h2>
      <p className="text-sm text-muted">{t("disagreements.intro")}</p>
      <ul className="mt-2 space-y-1.5 text-sm">
        {conflicts.map((d) => (
          <li key={`${d.material}-${d.partner}-${d.year}`} data-testid="disagreement" data-material={d.material} data-year={d.year}>
            <span className="font-medium">
              {t("disagreements.where", { material: materialNames.get(d.material ?? "") ?? d.material ?? "", partner: partnerName(d.partner, locale), year: String(d.year) })}
            </span>
            {d.statements.map((s, k) => (
              <span key={s.id}>
                {k > 0 ? t("disagreements.separator") : ""}
                {t.rich("disagreements.side", {
                  statement: statementText(s, t, locale),
                  publisher: publishers.get(s.sourceId) ?? t("citation.source", { id: String(s.sourceId) }),
                  id: String(s.sourceId),
                  // The entry is on this page: a fragment, so the filters stay as they are.
                  link: (chunks) => (
                    <a href={`#${sourceAnchor(s.sourceId)}`} className="text-accent underline">
                      {chunks}
                    </a>
                  ),
                })}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
