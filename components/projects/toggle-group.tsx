/** Pressed-state buttons choosing one of a few values (what the chart draws, what it stacks by). */
export function ToggleGroup<T extends string>({
  label,
  value,
  options,
  onChange,
  testIdPrefix,
}: {
  /** The group's name, shown before it and read by screen readers. */
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** Each button's test id is the prefix and its value, e.g. "stack-type". */
  testIdPrefix: string;
}) {
  return (
    <span className="inline-flex items-center gap-1.5 text-xs">
      <span className="text-muted" aria-hidden>
        {label}
      </span>
      <span className="inline-flex" role="group" aria-label={label}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={value === o.value}
            data-testid={`${testIdPrefix}-${o.value}`}
            onClick={() => onChange(o.value)}
            className={`border border-line px-2 py-1 text-xs first:rounded-l-md last:-ml-px last:rounded-r-md ${value === o.value ? "bg-ink text-white" : "bg-white text-ink"}`}
          >
            {o.label}
          </button>
        ))}
      </span>
    </span>
  );
}
