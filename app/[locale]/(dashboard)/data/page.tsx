import type { Metadata } from "next";
import { listImports } from "@/db/queries/imports";
import { AuditLog } from "@/components/data/audit-log";
import { ImportPanel } from "@/components/data/import-panel";
import { importsEnabled } from "@/server/admin-auth";

export const metadata: Metadata = { title: "Data · REE Monitor" };
export const dynamic = "force-dynamic";

export default function DataPage() {
  const enabled = importsEnabled();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">Data: imports and audit log</h1>
        <p className="max-w-3xl text-sm text-muted">
          Bring in Japan&apos;s import statistics from UN Comtrade (Plus CSV or bulk TSV, legacy CSV) or Japan Customs (commodity by country, UTF-8 or
          Shift-JIS), a CEPII BACI yearly file (t,i,j,k,v,q: Japan&apos;s and every other importer&apos;s shares; full yearly files go through{" "}
          <code>npm run import -- --kind baci</code>), or an edited CSV export of this tool&apos;s trade shares, incidents or projects. China&apos;s share is
          derived from the import totals (World row, the sum over countries for Japan Customs, the sum over exporters for BACI); nothing is written until a
          file is valid in full, and every attempt is logged.
        </p>
      </div>
      {enabled ? (
        <ImportPanel />
      ) : (
        <div role="status" data-testid="imports-disabled" className="rounded-md border border-line bg-panel p-4 text-sm">
          <strong>Imports are disabled on this server.</strong> Set <code>ADMIN_TOKEN</code> to a secret of at least 12 characters in the server&apos;s
          environment and restart it (<code>ADMIN_TOKEN=… npm start</code>); then sign in here with that token.
        </div>
      )}
      <AuditLog publicEntries={listImports(100)} />
    </div>
  );
}
