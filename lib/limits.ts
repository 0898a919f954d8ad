// Limits, one home each.

/** The largest import file accepted, by the API and by the /data page before it uploads. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
