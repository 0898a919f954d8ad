import { notFound } from "next/navigation";

// Any path under a language that no page takes: that language's 404 (app/[locale]/not-found.tsx).
export default function UnknownPath() {
  notFound();
}
