import { useLocale, useTranslations } from "next-intl";
import { DataText } from "@/components/ui/localized";
import { Link } from "@/lib/i18n/navigation";
import { Fragment } from "react";
import { citationSeparator, formatDate } from "@/lib/format";
import type { SourceRef } from "@/lib/types";

/** The element id of a source's entry on /sources: every link to a source lands on it. */
export const sourceAnchor = (id: number) => `source-${id}`;
export const sourceHref = (id: number) => `/sources?id=${id}#${sourceAnchor(id)}`;

/** A reference to a source by its id alone ("source 8"), where the source's record is not at hand. */
export function SourceLink({ id, className = "text-accent underline", testId }: { id: number; className?: string; testId?: string }) {
  const t = useTranslations("sources.citation");
  return (
    <Link href={sourceHref(id)} className={className} data-testid={testId}>
      {t("source", { id: String(id) })}
    </Link>
  );
}

/**
 * One source, cited: its title (linking to its entry on /sources, where every row citing it is
 * listed), publisher, date and locator, and the original when it has a URL.
 */
export function SourceCitation({ source, id, testId = "source-link" }: { source: SourceRef | undefined; id: number; testId?: string }) {
  const t = useTranslations("sources.citation");
  const locale = useLocale();
  if (!source) return <SourceLink id={id} testId={testId} />;
  // Publisher and locator as stored (marked lang="en" on a Japanese page when English), the date in the page's format.
  const sep = citationSeparator(locale);
  const parts = [
    source.publisher && <DataText key="p">{source.publisher}</DataText>,
    source.published && formatDate(source.published, locale),
    source.locator && <DataText key="l">{source.locator}</DataText>,
  ].filter(Boolean);
  return (
    <span>
      <Link href={sourceHref(source.id)} className="text-accent underline" data-testid={testId} data-source-id={source.id}>
        <DataText>{source.title}</DataText>
      </Link>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {sep}
          {part}
        </Fragment>
      ))}
      {source.url && (
        <>
          {sep}
          <a href={source.url} className="text-accent underline" rel="noreferrer noopener" target="_blank">
            {t("original")}
            <span className="sr-only">{t("newTab")}</span>
          </a>
        </>
      )}
    </span>
  );
}
