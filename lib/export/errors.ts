// Why an export failed, as a code the menu turns into words of the page's language (the export
// catalogue's `errors`); the message stays technical, for the console.

export type ExportErrorCode = "notDrawn" | "emptyChart" | "canvasTooLarge" | "fontUnavailable";

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  /** What the words may name (a font file, an HTTP status); empty when there is nothing to add. */
  readonly detail: string;

  constructor(code: ExportErrorCode, detail = "") {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "ExportError";
    this.code = code;
    this.detail = detail;
  }
}
