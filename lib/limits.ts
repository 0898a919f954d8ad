// Limits, one home each.

/** The largest import file accepted, by the API and by the /data page before it uploads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The longest text the /sources search accepts (the input's maxLength and the URL parser). */
export const MAX_SOURCE_QUERY_LENGTH = 100;
