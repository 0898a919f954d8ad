import Link from "next/link";
import { formatDate } from "@/lib/format";
import { citedShareText, type SourceWithCitations } from "@/lib/sources-view";

/** The rows citing one source: trade shares, incidents and projects, each list only when it has rows. */
export function CitedRows({ source: s, materialNames }: { source: SourceWithCitations; materialNames: ReadonlyMap<string, string> }) {
  return (
    <>
      {s.shares.length > 0 && (
        <ul className="mt-1 grid gap-x-6 sm:grid-cols-2" data-testid="cited-shares">
          {s.shares.map((r) => (
            <li key={r.id} data-share-id={r.id}>
              {citedShareText(r, materialNames.get(r.material) ?? r.material)}
            </li>
          ))}
        </ul>
      )}
      {s.incidents.length > 0 && (
        <ul className="mt-1">
          {s.incidents.map((r) => (
            <li key={r.id}>
              <Link href={`/incidents/${r.id}`} className="text-accent hover:underline">
                {formatDate(r.date)} · {r.title}
              </Link>
              {r.duplicateOf !== null ? " (second record of one event)" : ""}
            </li>
          ))}
        </ul>
      )}
      {s.projects.length > 0 && (
        <ul className="mt-1">
          {s.projects.map((r) => (
            <li key={r.id}>
              <Link href={`/projects/${r.id}`} className="text-accent hover:underline">
                {r.name}
              </Link>
              {r.duplicateOf !== null ? " (repeats another record)" : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
