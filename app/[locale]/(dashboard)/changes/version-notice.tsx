import { pageDataVersion } from "@/server/data-version";
import { VersionAheadNotice, VersionNoticeView } from "@/components/changes/version-notice";
import { noticeParams } from "@/lib/changes";
import { PrefetchBoundary } from "@/components/ui/prefetch-boundary";
import type { Filters, RawParams } from "@/lib/validation/filter-params";
import { parseVersionParam, VERSION_PARAM } from "@/lib/versions";
import { prefetchResource, versions } from "@/server/resources";

/**
 * The v=N notice of a view (overview, and any page under FiltersProvider): nothing without `v` or
 * when `v` is the current version; else what changed since, prefetched with the key the notice
 * queries so it paints with the page. A bad `v` is ignored.
 */
export async function VersionNotice({ params, filters }: { params: RawParams; filters: Pick<Filters, "materials" | "from" | "to"> }) {
  const since = parseVersionParam(params[VERSION_PARAM]);
  if (since === null) return null;
  const { version: current } = pageDataVersion();
  if (since === current) return null;
  if (since > current) return <VersionAheadNotice since={since} current={current} />;
  return (
    <PrefetchBoundary prefetch={(qc) => prefetchResource(qc, versions, noticeParams(since, filters))}>
      <VersionNoticeView since={since} current={current} />
    </PrefetchBoundary>
  );
}
