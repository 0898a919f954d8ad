/** One <option> per material, in the store's order (server and client selects alike); `label` words an option (default: the name). */
export function MaterialOptions<M extends { slug: string; name: string }>({ materials, label = (m) => m.name }: { materials: readonly M[]; label?: (m: M) => string }) {
  return materials.map((m) => (
    <option key={m.slug} value={m.slug}>
      {label(m)}
    </option>
  ));
}
