import { useLocale, useMessages, useTranslations } from "next-intl";
import { materialName } from "@/lib/i18n/localized";
import { groupMaterialOptions } from "@/lib/material-groups";

type Option = { slug: string; name: string; nameJa?: string | null; group?: string };

/**
 * The materials as <option>s in <optgroup>s: rare earths, magnets, other critical minerals by name
 * (server and client selects alike), in the page's language; `label` words an option from the
 * name shown (default: the name).
 */
export function MaterialOptions<M extends Option>({ materials, label = (_, name) => name }: { materials: readonly M[]; label?: (m: M, name: string) => string }) {
  const locale = useLocale();
  const labels = useMessages().enums.materialOptionGroup;
  const mark = useTranslations("common")("untranslated");
  const name = (m: M) => materialName(m, locale, mark);
  return groupMaterialOptions(materials, { labels, name, locale }).map((g) => {
    const options = g.materials.map((m) => (
      <option key={m.slug} value={m.slug}>
        {label(m, name(m))}
      </option>
    ));
    return g.label ? (
      <optgroup key={g.label} label={g.label}>
        {options}
      </optgroup>
    ) : (
      options
    );
  });
}
