// Locale-aware Link, redirect, usePathname and useRouter: a link written as "/incidents/3" goes to
// "/ja/incidents/3" on a Japanese page. Components use these, never next/link directly.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
