// A resource of the read API, defined once: its path, how its parameters become the query string,
// and whether the JSON body wraps the data in `{ data }`. The client's query key and URL, the
// server's route and the pages' prefetch all derive from this (the server adds the loader and the
// CSV in server/resources/).

export type SearchValue = string | number | readonly string[] | null | undefined;

export type ResourceDef<P, T> = {
  /** First element of the query key. */
  name: string;
  path: `/api/${string}`;
  /** The API query string of these parameters (undefined, null and empty lists are left out). */
  search: (params: P) => Record<string, SearchValue>;
  /** `data`: the body is `{ "data": T }`; `none`: the body is T. */
  envelope: "data" | "none";
  /** Phantom: carries the data type. */
  readonly _data?: T;
};

export function defineResource<P, T>(def: Omit<ResourceDef<P, T>, "_data">): ResourceDef<P, T> {
  return def;
}

/** The canonical query string: values in a fixed order, lists sorted where order means nothing. */
export function resourceSearch<P>(r: ResourceDef<P, unknown>, params: P): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(r.search(params))) {
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    sp.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return sp.toString();
}

export function resourceUrl<P>(r: ResourceDef<P, unknown>, params: P): string {
  const q = resourceSearch(r, params);
  return q ? `${r.path}?${q}` : r.path;
}

/** The query key: the resource's name and its canonical query string, on the server and in the browser alike. */
export function resourceKey<P>(r: ResourceDef<P, unknown>, params: P): readonly [string, string] {
  return [r.name, resourceSearch(r, params)];
}
