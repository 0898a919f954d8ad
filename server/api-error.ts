import "server-only";
export type ApiErrorCode =
  | "bad_request"
  | "unauthorized"
  | "not_found"
  | "payload_too_large"
  | "unprocessable"
  | "disabled"
  | "too_many_requests"
  | "internal";

/** The one error type of the API; it becomes `{"error":{"code","message"}}` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
    /** Response headers beyond the defaults (e.g. Retry-After of a 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toResponse(): Response {
    const body: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.details !== undefined) Object.assign(body, this.details);
    return Response.json({ error: body }, { status: this.status, headers: { "cache-control": "no-store", ...this.headers } });
  }
}

/** Wraps a route handler: known errors keep their status, anything else is a plain 500 without a stack. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response> | Response) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (err) {
      if (err instanceof ApiError) return err.toResponse();
      console.error(err);
      return new ApiError(500, "internal", "Internal error; the request was not applied.").toResponse();
    }
  };
}
