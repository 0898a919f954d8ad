export function ChartCard({
  title,
  subtitle,
  actions,
  children,
  className = "",
  ...rest
}: {
  title: string;
  subtitle?: React.ReactNode;
  actions?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  ref?: React.Ref<HTMLElement>;
} & React.HTMLAttributes<HTMLElement>) {
  return (
    <section data-testid="chart-card" className={`rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5 ${className}`} {...rest}>
      <header className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-ink print:text-[10.5pt] print:leading-tight">{title}</h2>
          {subtitle && <p className="mt-0.5 text-sm text-muted print:hidden">{subtitle}</p>}
        </div>
        {actions && <div className="flex min-w-0 max-w-full flex-wrap gap-2 print:hidden">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
