// The material selector's groups: rare earths first (aggregates, light, heavy, in the store's
// order), then magnets, then the other critical minerals by name, so 40-odd options stay findable.
// Pure: every select of materials (overview, incidents, projects, sources) groups alike.

import type { MaterialGroup } from "./enums";
import { materialOptionGroupLabels } from "./labels";

const GROUPS: { key: keyof typeof materialOptionGroupLabels; members: readonly MaterialGroup[]; byName: boolean }[] = [
  { key: "rare_earths", members: ["ree_aggregate", "light_ree", "heavy_ree"], byName: false },
  { key: "magnets", members: ["magnets"], byName: false },
  { key: "other", members: ["other_critical"], byName: true },
];

export type MaterialOptionGroup<M> = { label: string; materials: M[] };

/**
 * The materials in their option groups, empty groups left out. Materials without a known group
 * (an older API row) go to a last, unlabelled group in their given order, never dropped.
 */
export function groupMaterialOptions<M extends { name: string; group?: string }>(materials: readonly M[]): MaterialOptionGroup<M>[] {
  const groups: MaterialOptionGroup<M>[] = GROUPS.map((g) => {
    const members = materials.filter((m) => (g.members as readonly string[]).includes(m.group ?? ""));
    return { label: materialOptionGroupLabels[g.key], materials: g.byName ? [...members].sort((a, b) => a.name.localeCompare(b.name, "en")) : members };
  });
  const known = new Set(GROUPS.flatMap((g) => g.members as readonly string[]));
  const rest = materials.filter((m) => !known.has(m.group ?? ""));
  return [...groups, { label: "", materials: rest }].filter((g) => g.materials.length > 0);
}
