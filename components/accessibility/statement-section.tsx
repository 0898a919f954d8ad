/** One numbered part of the accessibility statement: a heading and what it says. */
export function StatementSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-panel p-4 shadow-sm sm:p-5" data-testid={id}>
      <h2 id={id} className="text-base font-semibold text-ink">
        {title}
      </h2>
      <div className="mt-2 flex flex-col gap-2 text-sm leading-relaxed text-ink">{children}</div>
    </section>
  );
}

/** A bulleted list of a catalogue group's texts, in the catalogue's order. */
export function StatementList({ items, testId }: { items: Record<string, string>; testId?: string }) {
  return (
    <ul className="list-disc space-y-1 pl-5" data-testid={testId}>
      {Object.entries(items).map(([key, text]) => (
        <li key={key}>{text}</li>
      ))}
    </ul>
  );
}
