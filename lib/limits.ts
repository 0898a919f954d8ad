// Limits, one home each.

/** The largest import file accepted, by the API and by the /data page before it uploads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

// Reading an import file (server/import). Generous for real files: a UN Comtrade Plus CSV has 47
// columns and a Japan Customs file 46; a real yearly file has fewer than 100,000 rows; the longest
// seeded summary is about 300 characters.

/** The most fields a row (the header included) may have. */
export const MAX_IMPORT_COLUMNS = 200;
/** The most data rows a file may have (blank lines do not count). */
export const MAX_IMPORT_ROWS = 200_000;
/** The longest cell, in characters. */
export const MAX_IMPORT_CELL_CHARS = 10_000;
/** How long reading and validating one file may take before it is refused, in milliseconds. */
export const IMPORT_READ_TIMEOUT_MS = 30_000;
/** The heap of the worker thread that reads import files, in MB (a 20 MB file needs well under half of it). */
export const IMPORT_WORKER_HEAP_MB = 512;
/** Files waiting for the reader while it reads another; one more is refused with 503. */
export const MAX_QUEUED_IMPORTS = 4;
/** How much of a value from the file an error message repeats, in characters (then "…"). */
export const MAX_ECHOED_CHARS = 60;
/** The longest file name an import may carry (the fileName parameter or a multipart file name). */
export const MAX_IMPORT_FILE_NAME_CHARS = 200;
/** What a multipart body may carry beyond the file itself (boundaries, part headers). */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** The longest text the /sources search accepts (the input's maxLength and the URL parser). */
export const MAX_SOURCE_QUERY_LENGTH = 100;

/** /sources lists at most this many trade shares under one source (a dataset cites thousands); the count says how many more. */
export const MAX_CITED_SHARES = 40;

/** The most rows of Japan a BACI import's preview lists (a full year derives about 3,000; all are counted). */
export const MAX_BACI_PREVIEW_ROWS = 500;

/** The most entries an Atom feed carries (data versions and the escalation events they added, newest first). */
export const MAX_FEED_ENTRIES = 50;

// Failed admin-token attempts (server/auth-limiter.ts), per client address.

/** Wrong tokens a client may send within the window; past that it is answered 429 until the window ends. */
export const ADMIN_MAX_FAILURES = 20;
/** The window of failed attempts, in milliseconds: it starts at a client's first failure. */
export const ADMIN_FAILURE_WINDOW_MS = 10 * 60_000;
/** The most clients the limiter remembers (bounded memory); past that, the oldest entry is dropped. */
export const ADMIN_FAILURE_CLIENTS = 10_000;
