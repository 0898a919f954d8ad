import "server-only";
// kind=trade_shares|incidents|projects, the part with the database: the rows the reader parsed and
// checked (product-csv-read.ts), planned against the store (trade shares by observation identity,
// incidents and projects by id) and written.
import { materials, sources } from "@/db/schema";
import { tradeShareColumns } from "@/db/csv-schemas";
import type { Parsed, References, TradeShareInput } from "./product-csv";
import type { NativeRead, NativeRows } from "./product-csv-read";
import { planShares, sharePreview, type IncomingShare } from "./plan-shares";
import type { Prepared } from "./prepared";
import { keptJapaneseWarnings, planIncidents, planProjects, recordPreview, storedIds, writeIncidents, writeProjects } from "./records";
import type { Conn } from "./sources";
import type { Issues } from "./table";
import type { ImportKind, PromoteMode } from "./types";
import { countChanges, writeShares } from "./write";

/** What the rows of a kind are checked against (the reader gets them: it has no database). */
export function loadReferences(conn: Conn, kind: ImportKind): References {
  return {
    materials: new Set(conn.select({ slug: materials.slug }).from(materials).all().map((m) => m.slug)),
    sources: new Set(conn.select({ id: sources.id }).from(sources).all().map((s) => s.id)),
    ids: kind === "incidents" || kind === "projects" ? storedIds(conn, kind) : new Set(),
  };
}

function incomingShare({ line, row: t, present }: Parsed<TradeShareInput>, mode: PromoteMode): IncomingShare {
  // The seed's row → columns mapping, so the two readers of this CSV cannot drift apart.
  const c = tradeShareColumns(t);
  return {
    line,
    identity: { importer: c.importer, material: c.material, partner: c.partner, hsCode: c.hsCode, year: c.year, period: c.period, month: c.month, half: c.half, basis: c.basis, sourceId: c.sourceId },
    fields: {
      sharePct: c.sharePct,
      lowPct: c.lowPct,
      highPct: c.highPct,
      bound: c.bound,
      volumeTonnes: c.volumeTonnes,
      valueUsd: c.valueUsd,
      estimate: c.estimate,
      derived: c.derived,
      mirror: c.mirror,
      note: present.has("note") ? c.note : undefined,
    },
    // A headline flag in the file asks for the headline; "none" never moves one.
    request: t.headline ? (mode === "none" ? "keep" : "promote") : "demote",
  };
}

/** The read file, ready to plan against the store and (inside the transaction) to write. */
export function nativePrepared(read: NativeRead & { parsed: NativeRows }, issues: Issues, promote: PromoteMode): Prepared {
  const base = { layout: read.layout, rowsRead: read.rowsRead, rowsSkipped: 0, issues, warnings: [], skippedCodes: [] };
  const { parsed } = read;
  switch (parsed.kind) {
    case "trade_shares":
      return {
        ...base,
        run(conn, write) {
          const plan = planShares(conn, parsed.rows.map((p) => incomingShare(p, promote)), {
            // This tool's own CSV says which row is the line value: "precedence" fills gaps only, as before.
            mode: promote === "precedence" ? "gaps" : promote,
            ownSourceId: null,
            explain: true,
          });
          if (write) writeShares(conn, plan, write.importId);
          const demoted = plan.demote.map((d) => `The headline ${d.material} ${d.partner} ${d.year} moved from row ${d.id} to the imported row.`);
          return { ...countChanges(plan.rows), preview: plan.rows.map(sharePreview), sourceId: null, warnings: [...plan.warnings, ...demoted] };
        },
      };
    case "incidents":
      return {
        ...base,
        run(conn, write) {
          const plan = planIncidents(conn, parsed.rows);
          if (write) writeIncidents(conn, plan);
          return { ...countChanges(plan), preview: plan.map((p) => recordPreview("incident", p)), sourceId: null, warnings: keptJapaneseWarnings("incident", plan) };
        },
      };
    case "projects":
      return {
        ...base,
        run(conn, write) {
          const plan = planProjects(conn, parsed.rows);
          if (write) writeProjects(conn, plan);
          return { ...countChanges(plan), preview: plan.map((p) => recordPreview("project", p)), sourceId: null, warnings: keptJapaneseWarnings("project", plan) };
        },
      };
  }
}
