import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** "Incidents / #12": the way back from a detail page to its list. */
export function Breadcrumb({ href, label, id }: { href: string; label: string; id: number }) {
  const t = useTranslations("ui");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm text-muted">
      <Link href={href} className="text-accent underline underline-offset-2 hover:decoration-2">
        {label}
      </Link>{" "}
      / {t("breadcrumbItem", { id: String(id) })}
    </nav>
  );
}
