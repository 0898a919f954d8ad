import "server-only";
import { cache } from "react";
import { currentDataVersion } from "@/db/queries/versions";

/** The data version a page is rendered at: read once per request, shared by the layouts, the footer and the v= notice. */
export const pageDataVersion = cache(() => currentDataVersion());
