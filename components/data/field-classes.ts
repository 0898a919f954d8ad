// Shared by the sign-in and import forms, so the two read as one panel.
export const labelClass = "flex max-w-full flex-col gap-1 text-xs font-medium text-muted";
export const inputClass = "h-9 max-w-full rounded-md border border-line bg-white px-2 text-sm text-ink";
