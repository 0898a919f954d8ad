import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { citedRecordLinks, citedShareText, moreSharesText, type CitedLink, type SourceWithCitations } from "@/lib/sources-view";

/** The rows citing one source: trade shares, incidents and projects, each list only when it has rows. */
export function CitedRows({ source: s, materialNames }: { source: SourceWithCitations; materialNames: ReadonlyMap<string, string> }) {
  const t = useTranslations("sources");
  const common = useTranslations("common");
  const locale = useLocale();
  const { incidents, projects } = citedRecordLinks(s, t, locale, common("untranslated"));
  const more = moreSharesText(s, t);
  return (
    <>
      {s.shares.length > 0 && (
        <ul className="mt-1 grid gap-x-6 sm:grid-cols-2" data-testid="cited-shares">
          {s.shares.map((r) => (
            <li key={r.id} data-share-id={r.id}>
              {citedShareText(r, materialNames.get(r.material) ?? r.material, t, locale)}
            </li>
          ))}
        </ul>
      )}
      {more && (
        <p className="mt-1 text-muted" data-testid="cited-shares-more">
          {more}{" "}
          <a href="/api/v1/all-data" className="text-accent underline">
            {common("nav.allDataCsv")}
          </a>
        </p>
      )}
      <CitedLinks links={incidents} />
      <CitedLinks links={projects} />
    </>
  );
}

/** Incidents or projects citing the source, each linked to its page; nothing when there are none. */
function CitedLinks({ links }: { links: CitedLink[] }) {
  if (!links.length) return null;
  return (
    <ul className="mt-1">
      {links.map((r) => (
        <li key={r.id}>
          <Link href={r.href} className="inline-block leading-6 text-accent underline">
            {r.text}
          </Link>
          {r.note}
        </li>
      ))}
    </ul>
  );
}
