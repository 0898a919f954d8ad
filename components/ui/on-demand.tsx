"use client";

import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/routing";

/** How far ahead of the viewport a card starts loading: about a screen, so it is drawn before the reader gets there. */
export const ON_DEMAND_MARGIN = "800px 0px";

/**
 * The namespaces only the on-demand cards read: not in the page, loaded with the card (one small
 * static chunk per language and namespace, cached like the card's code).
 */
const CARD_MESSAGES = {
  analysis: { en: () => import("@/lib/i18n/messages/en/analysis.json"), ja: () => import("@/lib/i18n/messages/ja/analysis.json") },
  peers: { en: () => import("@/lib/i18n/messages/en/peers.json"), ja: () => import("@/lib/i18n/messages/ja/peers.json") },
  monthly: { en: () => import("@/lib/i18n/messages/en/monthly.json"), ja: () => import("@/lib/i18n/messages/ja/monthly.json") },
} satisfies Record<string, Record<Locale, () => Promise<{ default: unknown }>>>;

export type CardNamespace = keyof typeof CARD_MESSAGES;

function useNearViewport(ref: React.RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: ON_DEMAND_MARGIN },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [near, ref]);
  return near;
}

/** The card's namespaces once loaded (null before); none asked for is loaded at once. */
function useCardMessages(load: boolean, namespaces: readonly CardNamespace[]): Record<string, unknown> | null {
  const locale = useLocale();
  const [loaded, setLoaded] = useState<Record<string, unknown> | null>(namespaces.length ? null : {});
  const key = namespaces.join();
  useEffect(() => {
    if (!load || !key) return;
    let live = true;
    const names = key.split(",") as CardNamespace[];
    void Promise.all(names.map((n) => CARD_MESSAGES[n][locale]())).then((modules) => {
      if (live) setLoaded(Object.fromEntries(names.map((n, i) => [n, modules[i].default])));
    });
    return () => {
      live = false;
    };
  }, [load, key, locale]);
  return loaded;
}

/**
 * A card below the first screen, mounted (and so its query run) only when it comes within
 * ON_DEMAND_MARGIN of the viewport: neither its data nor its words (`messages`) are in the page's
 * HTML. Until then it holds the card's height (`reserve`, Tailwind min-height classes), so nothing
 * below jumps, and, with JavaScript off, says so and links the card's data (`fallback`, in a <noscript>).
 * `className` stays on the slot once the card is in ("print:hidden" for a card not printed).
 */
export function OnDemand({
  name,
  reserve,
  fallback,
  messages = [],
  className = "",
  children,
}: {
  name: string;
  reserve: string;
  fallback: React.ReactNode;
  messages?: readonly CardNamespace[];
  className?: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const loaded = useCardMessages(near, messages);
  const page = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const shown = near && loaded !== null;
  return (
    <div ref={ref} data-on-demand={name} data-shown={shown} className={`min-w-0 ${shown ? "" : reserve} ${className}`}>
      {shown ? (
        messages.length ? (
          <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={{ ...page, ...loaded }}>
            {children}
          </NextIntlClientProvider>
        ) : (
          children
        )
      ) : (
        <div className={`rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5 ${reserve}`} data-testid="on-demand-placeholder">
          <noscript>{fallback}</noscript>
        </div>
      )}
    </div>
  );
}
