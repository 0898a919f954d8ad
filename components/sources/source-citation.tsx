import Link from "next/link";
import type { SourceRef } from "@/lib/types";

export const sourceHref = (id: number) => `/sources?id=${id}#source-${id}`;

/**
 * One source, cited: its title (linking to its entry on /sources, where every row citing it is
 * listed), publisher, date and locator, and the original when it has a URL.
 */
export function SourceCitation({ source, id, testId = "source-link" }: { source: SourceRef | undefined; id: number; testId?: string }) {
  if (!source) {
    return (
      <Link href={sourceHref(id)} className="text-accent underline" data-testid={testId}>
        source {id}
      </Link>
    );
  }
  return (
    <span>
      <Link href={sourceHref(source.id)} className="text-accent underline" data-testid={testId} data-source-id={source.id}>
        {source.title}
      </Link>
      {source.publisher ? ` · ${source.publisher}` : ""}
      {source.published ? ` · ${source.published}` : ""}
      {source.locator ? ` · ${source.locator}` : ""}
      {source.url && (
        <>
          {" · "}
          <a href={source.url} className="text-accent underline" rel="noreferrer noopener" target="_blank">
            original<span className="sr-only"> (opens in a new tab)</span>
          </a>
        </>
      )}
    </span>
  );
}
