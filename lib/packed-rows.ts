// Query data in the page's hydration payload, packed: a list of records that all have the same
// keys in the same order (a series' points, its events, its sources …) is sent as its keys once
// and one array of values per record, instead of every key on every record. About a third fewer
// bytes in the page; the browser unpacks it as it hydrates (deserializeData), so the cache holds
// exactly what the API returns.

const KEYS = "~keys";
const ROWS = "~rows";

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function sameKeys(list: unknown[]): string[] | null {
  if (list.length < 2 || !list.every(isPlain)) return null;
  const keys = Object.keys(list[0] as Plain);
  if (keys.includes(KEYS) || keys.includes(ROWS)) return null;
  const joined = keys.join("\u0000");
  return (list as Plain[]).every((r) => Object.keys(r).join("\u0000") === joined) ? keys : null;
}

/** The data with its uniform lists of records packed (anything else as it is). */
export function pack(value: unknown): unknown {
  if (Array.isArray(value)) {
    const keys = sameKeys(value);
    if (keys) return { [KEYS]: keys, [ROWS]: (value as Plain[]).map((r) => keys.map((k) => pack(r[k]))) };
    return value.map(pack);
  }
  if (!isPlain(value)) return value;
  const out: Plain = {};
  for (const [k, v] of Object.entries(value)) out[k] = pack(v);
  return out;
}

/** The data `pack` was given, back. */
export function unpack(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpack);
  if (!isPlain(value)) return value;
  const keys = value[KEYS];
  const rows = value[ROWS];
  if (Array.isArray(keys) && Array.isArray(rows) && Object.keys(value).length === 2) {
    return (rows as unknown[][]).map((row) => Object.fromEntries(keys.map((k: string, i) => [k, unpack(row[i])])));
  }
  const out: Plain = {};
  for (const [k, v] of Object.entries(value)) out[k] = unpack(v);
  return out;
}
