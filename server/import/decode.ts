import "server-only";
import { webcrypto } from "node:crypto";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis" | "windows-1252";

/** The file's SHA-256, hex; computed on libuv's thread pool, so a 20 MB file does not hold up requests. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest("SHA-256", bytes)).toString("hex");
}

function strict(encoding: Encoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function byBom(bytes: Uint8Array): { encoding: Encoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/**
 * Decodes an uploaded file. A BOM decides; otherwise strict UTF-8, then the legacy encoding the
 * source is known to use: Shift-JIS for Japan Customs files and spreadsheet-saved CSVs in Japan,
 * Latin-1 (Windows-1252) for old Comtrade downloads. Null when none of them decodes cleanly.
 */
export function decodeText(bytes: Uint8Array, fallbacks: Encoding[]): { text: string; encoding: Encoding } | null {
  const bom = byBom(bytes);
  if (bom) {
    const text = strict(bom.encoding, bytes.subarray(bom.skip));
    return text === null ? null : { text, encoding: bom.encoding };
  }
  for (const encoding of ["utf-8", ...fallbacks] as Encoding[]) {
    const text = strict(encoding, bytes);
    if (text !== null) return { text, encoding };
  }
  return null;
}
