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
  return (
    <section aria-labelledby="disagree-title" className="rounded-lg border border-amber-300 bg-amber-50/60 p-4 sm:p-5" data-testid="disagreements">
      <h2 id="disagree-title" className="text-base font-semibold text-ink">
        Where sources disagree ({conflicts.length})
      </h2>
      <p className="text-sm text-muted">
        Year-level values (annual, point-in-time or range) for the same material, partner and year that cannot both be true (more than 0.5 pp apart, a value
        outside a range, or on the wrong side of a bound). All are kept; the chart draws one as the line and the others as dots.
      </p>
      <ul className="mt-2 space-y-1.5 text-sm">
        {conflicts.map((d) => (
          <li key={`${d.material}-${d.partner}-${d.year}`} data-testid="disagreement" data-material={d.material} data-year={d.year}>
            <span className="font-medium">
              {materialNames.get(d.material ?? "") ?? d.material} · {partnerName(d.partner)} · {d.year}:
            </span>{" "}
            {d.statements.map((s, k) => (
              <span key={s.id}>
                {k > 0 ? "; " : ""}
                {statementText(s)} —{" "}
                {/* The entry is on this page: a fragment, so the filters stay as they are. */}
                <a href={`#${sourceAnchor(s.sourceId)}`} className="text-accent underline">
                  {publishers.get(s.sourceId) ?? `source ${s.sourceId}`} [{s.sourceId}]
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
