// Saving and copying export results in the browser.

/** Saves a blob under `fileName` through a temporary <a download>. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether this browser can put a PNG on the clipboard (secure context, async Clipboard API). */
export function canCopyPng(): boolean {
  if (typeof window === "undefined" || !window.isSecureContext) return false;
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) return false;
  const supports = (ClipboardItem as unknown as { supports?: (type: string) => boolean }).supports;
  return supports ? supports("image/png") : true;
}

/**
 * Copies a PNG. The promise goes into the ClipboardItem unresolved, so Safari still counts the
 * write as part of the click that started it.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
}
