"use client";

/** Opens the browser's print dialog; the print stylesheet turns the overview into a one-page A4 briefing. */
export function PrintBriefingButton() {
  return (
    <button
      type="button"
      data-testid="print-briefing"
      onClick={() => window.print()}
      className="h-9 rounded-md border border-line bg-white px-3 text-sm text-ink shadow-sm hover:border-accent print:hidden"
    >
      Print briefing
    </button>
  );
}
