"use client";

import { createContext, useContext } from "react";

const InsideEmbed = createContext(false);

/** Marks everything inside an embed (`/embed/<chart>`), so the export menu does not offer to embed the embed again. */
export function InsideEmbedProvider({ children }: { children: React.ReactNode }) {
  return <InsideEmbed.Provider value>{children}</InsideEmbed.Provider>;
}

export function useInsideEmbed(): boolean {
  return useContext(InsideEmbed);
}
