import { groupMaterialOptions } from "@/lib/material-groups";

/**
 * The materials as <option>s in <optgroup>s: rare earths, magnets, other critical minerals by name
 * (server and client selects alike); `label` words an option (default: the name).
 */
export function MaterialOptions<M extends { slug: string; name: string; group?: string }>({ materials, label = (m) => m.name }: { materials: readonly M[]; label?: (m: M) => string }) {
  return groupMaterialOptions(materials).map((g) => {
    const options = g.materials.map((m) => (
      <option key={m.slug} value={m.slug}>
        {label(m)}
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
