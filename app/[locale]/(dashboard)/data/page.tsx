import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listImports } from "@/db/queries/imports";
import { listMaterials } from "@/db/queries/materials";
import { AuditLog } from "@/components/data/audit-log";
import { ImportPanel } from "@/components/data/import-panel";
import { materialName } from "@/lib/i18n/localized";
import { importsEnabled } from "@/server/admin-auth";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("data");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

export default async function DataPage() {
  const [t, locale, common] = await Promise.all([getTranslations("data"), getLocale(), getTranslations("common")]);
  const enabled = importsEnabled();
  // A preview names materials by slug: the panel words them in the page's language.
  const materialNames = Object.fromEntries(listMaterials().map((m) => [m.slug, materialName(m, locale, common("untranslated"))]));
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-xl font-semibold text-ink">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-muted">{t.rich("intro", { code })}</p>
      </div>
      {enabled ? (
        <ImportPanel materialNames={materialNames} />
      ) : (
        <div role="status" data-testid="imports-disabled" className="rounded-md border border-line bg-panel p-4 text-sm">
          {t.rich("disabled", { code, strong })}
        </div>
      )}
      <AuditLog publicEntries={listImports(100)} />
    </div>
  );
}
