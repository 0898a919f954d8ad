"use client";

import { useQuery } from "@tanstack/react-query";
import type { ImportAuditDto } from "@/lib/imports";
import { ImportLog } from "./import-log";
import { fetchAdminLog } from "./import-api";
import { useAdminToken } from "./use-admin-token";

/**
 * The audit log: the public view the server rendered, replaced by the administrator's view (file
 * names, senders, errors) once signed in. It refetches whenever the server's list changes (after a
 * dry run or an import the page refreshes it).
 */
export function AuditLog({ publicEntries }: { publicEntries: ImportAuditDto[] }) {
  const { token } = useAdminToken();
  const newest = publicEntries[0]?.id ?? 0;
  const admin = useQuery({
    queryKey: ["import-log", "admin", newest, publicEntries.length],
    queryFn: () => fetchAdminLog(token!),
    enabled: token !== null,
    staleTime: 0,
  });
  return <ImportLog entries={token && admin.data ? admin.data : publicEntries} />;
}
