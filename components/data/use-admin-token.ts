"use client";

import { useSyncExternalStore } from "react";

const TOKEN_KEY = "ree-admin-token";
// sessionStorage fires no event in the tab that writes it, so writes announce themselves.
const TOKEN_EVENT = "ree-admin-token-change";

const subscribe = (notify: () => void) => {
  window.addEventListener(TOKEN_EVENT, notify);
  return () => window.removeEventListener(TOKEN_EVENT, notify);
};

function storeToken(token: string | null) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
  window.dispatchEvent(new Event(TOKEN_EVENT));
}

const signIn = (token: string) => storeToken(token);
const signOut = () => storeToken(null);

/**
 * The admin token, kept in session storage (this tab only). Read as an external store so the
 * server render (no token) and the first client render agree.
 */
export function useAdminToken() {
  const token = useSyncExternalStore(subscribe, () => sessionStorage.getItem(TOKEN_KEY), () => null);
  return { token, signIn, signOut };
}
