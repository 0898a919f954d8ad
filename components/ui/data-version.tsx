"use client";

import { createContext, useContext } from "react";
import type { DataVersionInfo } from "@/lib/versions";

const DataVersionContext = createContext<DataVersionInfo>({ version: 0, at: null });

/** The data version the page was rendered at (the layout reads it from the store), for footers, exports and citations. */
export function DataVersionProvider({ value, children }: { value: DataVersionInfo; children: React.ReactNode }) {
  return <DataVersionContext.Provider value={value}>{children}</DataVersionContext.Provider>;
}

export function useDataVersion(): DataVersionInfo {
  return useContext(DataVersionContext);
}
