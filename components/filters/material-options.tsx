/** One <option> per material, in the store's order (server and client selects alike). */
export function MaterialOptions({ materials }: { materials: readonly { slug: string; name: string }[] }) {
  return materials.map((m) => (
    <option key={m.slug} value={m.slug}>
      {m.name}
    </option>
  ));
}
