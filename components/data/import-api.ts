// The import API as the /data page uses it (besides the upload itself, in use-import).
import type { Translator } from "@/lib/i18n/translator";
import type { ImportAuditDto } from "@/lib/imports";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Checks a token before it is kept: null when the server accepts it, else why not (in the page's language where the answer is ours). */
export async function checkToken(token: string, t: Translator<"data">): Promise<string | null> {
  const res = await fetch("/api/v1/imports/whoami", { headers: bearer(token), cache: "no-store" }).catch(() => null);
  if (!res) return t("signIn.unreachable");
  if (res.ok) return null;
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (res.status === 403) return body?.error?.message ?? t("signIn.disabled");
  return res.status === 401 ? t("signIn.wrongToken") : (body?.error?.message ?? t("signIn.status", { status: String(res.status) }));
}

/** The administrator's view of the audit log. */
export async function fetchAdminLog(token: string): Promise<ImportAuditDto[]> {
  const res = await fetch("/api/v1/imports?limit=100", { headers: bearer(token), cache: "no-store" });
  if (!res.ok) throw new Error(`The audit log could not be read (${res.status}).`);
  return ((await res.json()) as { data: ImportAuditDto[] }).data;
}
