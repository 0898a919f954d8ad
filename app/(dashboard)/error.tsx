"use client";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">This view could not be shown.</p>
      <p className="mt-1">The data store did not answer as expected. Nothing was changed.</p>
      <button type="button" onClick={reset} className="mt-2 rounded border border-red-300 bg-white px-3 py-1">
        Try again
      </button>
    </div>
  );
}
