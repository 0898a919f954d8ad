import { getHealth } from "@/server/health";

export const dynamic = "force-dynamic";
export const GET = getHealth;
