import { getEnglishFeed } from "@/server/feed";

export const dynamic = "force-dynamic";
export const GET = getEnglishFeed;
