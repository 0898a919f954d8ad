import { useState } from "react";
import { inputClass, labelClass } from "./field-classes";
import { ImportMessage } from "./import-message";

/** Asks for the admin token; `message` says why when the server refused the last one. */
export function SignInForm({ onSignIn, message }: { onSignIn: (token: string) => void; message: string }) {
  const [tokenInput, setTokenInput] = useState("");
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-panel p-4 shadow-sm"
      aria-label="Sign in to import"
      onSubmit={(e) => {
        e.preventDefault();
        const t = tokenInput.trim();
        if (!t) return;
        onSignIn(t);
        setTokenInput("");
      }}
    >
      <label className={labelClass}>
        Admin token
        <input type="password" autoComplete="current-password" className={`${inputClass} w-72`} value={tokenInput} onChange={(e) => setTokenInput(e.target.value)} data-testid="admin-token" />
      </label>
      <button type="submit" className="h-9 rounded-md bg-accent px-3 text-sm font-medium text-white" data-testid="sign-in">
        Sign in
      </button>
      <p className="basis-full text-xs text-muted">Kept in this browser tab only (session storage) and sent with each import; a wrong token is refused at the first import.</p>
      <ImportMessage message={message} className="basis-full" />
    </form>
  );
}
