"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useFilterState } from "@/components/filters/filters-provider";
import { groupShareChanges, MAX_NOTICE_LINES, noticeParams, recordChanges, shareLineText } from "@/lib/changes";
import { Link } from "@/lib/i18n/navigation";
import { localizedString, materialName } from "@/lib/i18n/localized";
import { resourceQuery } from "@/lib/queries";
import { versionsResource } from "@/lib/resources";

const box = "rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-950";

/**
 * The notice of a permalink that carries `v=N` when the data changed since N (`role="status"`,
 * `data-testid="version-notice"`): the values drawn in the current view that changed (the view's
 * materials and years; the filters may change after the page loads), or that none did; it says
 * plainly that the old view is not reconstructed, and links to /changes?since=N.
 */
export function VersionNoticeView({ since, current }: { since: number; current: number }) {
  const t = useTranslations("versions");
  const mark = useTranslations("common")("untranslated");
  const locale = useLocale();
  const { filters, materials } = useFilterState();
  const { data } = useQuery({ ...resourceQuery(versionsResource, noticeParams(since, filters)), placeholderData: keepPreviousData });
  const names = new Map(materials.map((m) => [m.slug, materialName(m, locale, mark)]));
  const changes = data?.versions.flatMap((v) => v.changes) ?? [];
  const ctx = { locale, materialName: (slug: string) => names.get(slug) ?? slug, sourceTitle: () => null };
  const shares = groupShareChanges(changes, filters.materials).flatMap((g) => g.years.flatMap((y) => y.lines.map((l) => ({ key: l.id, text: shareLineText(t, l, ctx) }))));
  const events = recordChanges(changes).map((r) => ({ key: r.id, text: localizedString(locale, r.title, r.titleJa, mark), action: r.action }));
  const list = (lines: { key: number; text: string }[], testId: string) => (
    <ul className="mt-1 list-disc pl-5">
      {lines.slice(0, MAX_NOTICE_LINES).map((l) => (
        <li key={l.key} data-testid={testId} className="tabular-nums">
          {l.text}
        </li>
      ))}
      {lines.length > MAX_NOTICE_LINES && <li>{t("notice.more", { count: lines.length - MAX_NOTICE_LINES })}</li>}
    </ul>
  );
  return (
    <div role="status" data-testid="version-notice" data-since={since} data-current={current} className={box}>
      {!data ? (
        <p>{t("notice.loading", { since })}</p>
      ) : shares.length || events.length ? (
        <>
          <p className="font-medium">{t("notice.changed", { since, current })}</p>
          {shares.length > 0 && list(shares, "version-notice-value")}
          {events.length > 0 && (
            <>
              <p className="mt-1">{t("notice.events")}</p>
              {list(events, "version-notice-event")}
            </>
          )}
        </>
      ) : (
        <p className="font-medium">{t("notice.none", { since, current })}</p>
      )}
      <p className="mt-1">
        {t("notice.notReconstructed", { since })}{" "}
        <Link href={{ pathname: "/changes", query: { since } }} className="text-accent underline" data-testid="version-notice-link">
          {t("notice.link", { since })}
        </Link>
      </p>
    </div>
  );
}

/** A link whose version is ahead of the store's (another copy of the data, or a reset): say so, show today's data. */
export function VersionAheadNotice({ since, current }: { since: number; current: number }) {
  const t = useTranslations("versions");
  return (
    <div role="status" data-testid="version-notice" data-since={since} data-current={current} className={box}>
      {t("notice.ahead", { since, current })}
    </div>
  );
}
