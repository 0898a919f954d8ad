import "server-only";
// Values from the file, as messages and warnings repeat them: each clipped (lib/imports), lists cut.
import { clip } from "@/lib/imports";
import { MAX_ECHOED_CHARS } from "@/lib/limits";

export { clip };

/**
 * At most `max` items, then "… (N in all)": a message never grows with the file. Callers clip the
 * file's values (`clip`); each item is cut at twice that as a backstop.
 */
export function listed(items: readonly string[], max = 8, separator = ", "): string {
  const shown = items.slice(0, max).map((x) => clip(x, 2 * MAX_ECHOED_CHARS));
  return items.length > max ? `${shown.join(separator)}${separator}… (${items.length} in all)` : shown.join(separator);
}
