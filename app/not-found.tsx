import Link from "next/link";
import { MainUnlessInside } from "@/components/ui/main-landmark";

export default function NotFound() {
  return (
    <MainUnlessInside className="mx-auto max-w-xl p-8">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-muted">There is no page at this address.</p>
      <Link href="/" className="mt-3 inline-block text-sm text-accent underline">
        Back to the overview
      </Link>
    </MainUnlessInside>
  );
}
