import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessibilityStatement } from "@/components/accessibility/accessibility-statement";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("metaTitle") };
}

export default function AccessibilityPage() {
  return <AccessibilityStatement />;
}
