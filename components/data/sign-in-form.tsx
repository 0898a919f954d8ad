import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass, labelClass } from "./field-classes";
import { checkToken } from "./import-api";
import { ImportMessage } from "./import-message";

/**
 * Asks for the admin token and checks it with the server at once (whoami): a wrong token is said
 * here, not at the first import. `message` says why the server refused the last one.
 */
export function SignInForm({ onSignIn, message }: { onSignIn: (token: string) => void; message: string }) {
  const t = useTranslations("data");
  const [tokenInput, setTokenInput] = useState("");
  const [checking, setChecking] = useState(false);
  const [refused, setRefused] = useState("");
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm"
      aria-label={t("signIn.label")}
      onSubmit={async (e) => {
        e.preventDefault();
        const token = tokenInput.trim();
        if (!token || checking) return;
        setChecking(true);
        const problem = await checkToken(token, t);
        setChecking(false);
        setRefused(problem ?? "");
        if (problem) return;
        onSignIn(token);
        setTokenInput("");
      }}
    >
      <label className={labelClass}>
        {t("signIn.token")}
        <input type="password" autoComplete="current-password" className={`${inputClass} w-72`} value={tokenInput} onChange={(e) => setTokenInput(e.target.value)} data-testid="admin-token" />
      </label>
      <button type="submit" disabled={checking} className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white disabled:opacity-60" data-testid="sign-in">
        {checking ? t("signIn.checking") : t("signIn.submit")}
      </button>
      <p className="basis-full text-xs text-muted">{t("signIn.note")}</p>
      <ImportMessage message={refused || message} className="basis-full" />
    </form>
  );
}
