import { getTranslations } from "next-intl/server";
import { MainUnlessInside } from "@/components/ui/main-landmark";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("common.notFound");
  return { title: t("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <MainUnlessInside className="mx-auto max-w-xl p-8">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <p className="mt-2 text-sm text-muted">{t("body")}</p>
      <Link href="/" className="mt-3 inline-block text-sm text-accent underline">
        {t("back")}
      </Link>
    </MainUnlessInside>
  );
}
