/** A path or query id: a positive integer of sane length, else null (the caller answers not found). */
export function parseId(raw: string | undefined): number | null {
  return raw !== undefined && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}
