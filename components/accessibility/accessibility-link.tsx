import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** The footer's link to the accessibility statement, in the page's language. */
export function AccessibilityLink() {
  const t = useTranslations("accessibility");
  return (
    <p className="mt-1">
      <Link href="/accessibility" className="underline decoration-dotted underline-offset-2 hover:text-accent" data-testid="footer-accessibility">
        {t("footerLink")}
      </Link>
    </p>
  );
}
