// The material selector's groups: rare earths first (aggregates, light, heavy, in the store's
// order), then magnets, then the other critical minerals by name, so 40-odd options stay findable.
// Pure: every select of materials (overview, incidents, projects, sources) groups alike. The
// group labels come from the page's catalogue (enums.materialOptionGroup), and "by name" means
// by the name the page shows, in its language's order.

import type { MaterialGroup } from "./enums";
import type { EnumLabels } from "./labels";

type GroupKey = keyof EnumLabels["materialOptionGroup"];

const GROUPS: { key: GroupKey; members: readonly MaterialGroup[]; byName: boolean }[] = [
  { key: "rare_earths", members: ["ree_aggregate", "light_ree", "heavy_ree"], byName: false },
  { key: "magnets", members: ["magnets"], byName: false },
  { key: "other", members: ["other_critical"], byName: true },
];

export type MaterialOptionGroup<M> = { label: string; materials: M[] };

export type GroupOptions<M> = {
  /** The group labels in the page's language (`useMessages().enums.materialOptionGroup`). */
  labels: Readonly<Record<GroupKey, string>>;
  /** The name a material is shown (and sorted) by; its English name by default. */
  name?: (m: M) => string;
  /** The language whose order sorts the names. */
  locale?: string;
};

/**
 * The materials in their option groups, empty groups left out. Materials without a known group
 * (an older API row) go to a last, unlabelled group in their given order, never dropped.
 */
export function groupMaterialOptions<M extends { name: string; group?: string }>(materials: readonly M[], { labels, name = (m) => m.name, locale = "en" }: GroupOptions<M>): MaterialOptionGroup<M>[] {
  const groups: MaterialOptionGroup<M>[] = GROUPS.map((g) => {
    const members = materials.filter((m) => (g.members as readonly string[]).includes(m.group ?? ""));
    return { label: labels[g.key], materials: g.byName ? [...members].sort((a, b) => name(a).localeCompare(name(b), locale)) : members };
  });
  const known = new Set(GROUPS.flatMap((g) => g.members as readonly string[]));
  const rest = materials.filter((m) => !known.has(m.group ?? ""));
  return [...groups, { label: "", materials: rest }].filter((g) => g.materials.length > 0);
}
