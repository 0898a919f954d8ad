/**
 * A box that scrolls its content (a wide or long table) instead of the page: focusable, so the
 * keyboard can scroll it, and named as a region that says it scrolls.
 */
export function ScrollRegion({ label, className = "", children, ...rest }: { label: string; className?: string; children: React.ReactNode } & React.HTMLAttributes<HTMLDivElement>) {
  return (
    <div role="region" tabIndex={0} aria-label={`${label} (scrolls)`} className={`overflow-auto ${className}`} {...rest}>
      {children}
    </div>
  );
}
